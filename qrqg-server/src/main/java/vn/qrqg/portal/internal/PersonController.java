package vn.qrqg.portal.internal;

import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.portal.internal.PersonRepository.Person;

/**
 * One of the signed-in citizen's people: each call goes to the API as the portal app with the
 * person's holder token, and its answer comes back unchanged. A QID that is not this account's
 * gets 404 {@code not-your-person} before anything is asked of the API.
 */
@RestController
@RequestMapping("/portal/api/people/{qid}")
class PersonController {
    private final People people;
    private final LoopbackApi api;
    private final CardPdf cards;

    PersonController(People people, LoopbackApi api, CardPdf cards) {
        this.people = people;
        this.api = api;
        this.cards = cards;
    }

    @GetMapping("/qr")
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid) {
        return get(user, qid, People.OWN_QR);
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> png(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "medium", required = false) String medium) {
        return get(user, qid, image(qid, ".png", form, medium));
    }

    @GetMapping("/qr.svg")
    ResponseEntity<byte[]> svg(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "medium", required = false) String medium) {
        return get(user, qid, image(qid, ".svg", form, medium));
    }

    /** The printable card: the QR 5 × 5 cm, the name and the masked identity under it. */
    @GetMapping("/card.pdf")
    ResponseEntity<byte[]> card(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestParam(name = "form", required = false) String form) {
        boolean full = switch (form == null ? "masked" : form) {
            case "masked" -> false;
            case "full" -> true;
            default -> throw new InvalidFieldException("form", "must be masked or full");
        };
        Person person = people.require(user.phone(), qid);
        LoopbackApi.Answer answer = api.call(HttpMethod.GET, People.OWN_QR, person.holderToken(), (byte[]) null);
        if (!answer.ok()) {
            return Forwarded.of(answer);
        }
        JsonNode qr = answer.json().path("qr");
        byte[] pdf = cards.render(qr.path(full ? "full" : "masked").asString(), qr.path("masked").asString());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename("qrqg-card.pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/covid-card")
    ResponseEntity<byte[]> covidCard(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid) {
        return get(user, qid, "/api/v1/citizens/" + qid + "/covid-card");
    }

    @GetMapping("/health-records")
    ResponseEntity<byte[]> healthRecords(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid) {
        return get(user, qid, "/api/v1/citizens/" + qid + "/health-records");
    }

    @PostMapping("/declarations/health")
    ResponseEntity<byte[]> declareHealth(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestBody(required = false) byte[] body) {
        return post(user, qid, "/api/v1/declarations/health", body);
    }

    @PostMapping("/declarations/travel")
    ResponseEntity<byte[]> declareTravel(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestBody(required = false) byte[] body) {
        return post(user, qid, "/api/v1/declarations/travel", body);
    }

    @GetMapping("/declarations")
    ResponseEntity<byte[]> declarations(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        return get(user, qid, paged("/api/v1/declarations/mine", page, size));
    }

    /** {@code {venueCode, direction}}: the API's self check-in. */
    @PostMapping("/checkins")
    ResponseEntity<byte[]> checkIn(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestBody(required = false) byte[] body) {
        return post(user, qid, "/api/v1/checkins", body);
    }

    @GetMapping("/checkins")
    ResponseEntity<byte[]> checkIns(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        return get(user, qid, paged("/api/v1/checkins/mine", page, size));
    }

    /** The apps that act for the person (the API's list), and revoking one of them. */
    @GetMapping("/holders")
    ResponseEntity<byte[]> holders(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid) {
        return get(user, qid, "/api/v1/citizens/" + qid + "/holders");
    }

    @DeleteMapping("/holders/{holderId}")
    ResponseEntity<byte[]> revokeHolder(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @PathVariable("holderId") String holderId) {
        Person person = people.require(user.phone(), qid);
        String path = UriComponentsBuilder.fromPath("/api/v1/citizens/{qid}/holders/{holderId}")
                .buildAndExpand(qid, holderId).encode().toUriString();
        return Forwarded.of(api.call(HttpMethod.DELETE, path, person.holderToken(), (byte[]) null));
    }

    private ResponseEntity<byte[]> get(PortalUser user, String qid, String path) {
        Person person = people.require(user.phone(), qid);
        return Forwarded.of(api.call(HttpMethod.GET, path, person.holderToken(), (byte[]) null));
    }

    private ResponseEntity<byte[]> post(PortalUser user, String qid, String path, byte[] body) {
        Person person = people.require(user.phone(), qid);
        return Forwarded.of(api.call(HttpMethod.POST, path, person.holderToken(), body));
    }

    private static String image(String qid, String extension, String form, String medium) {
        return UriComponentsBuilder.fromPath("/api/v1/qr/" + qid + extension).queryParamIfPresent("form",
                Optional.ofNullable(form)).queryParamIfPresent("medium", Optional.ofNullable(medium))
                .build().encode().toUriString();
    }

    private static String paged(String path, String page, String size) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("page", Optional.ofNullable(page))
                .queryParamIfPresent("size", Optional.ofNullable(size)).build().encode().toUriString();
    }
}
