package vn.qrqg.portal.internal;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.Pages;

/**
 * The portal's pages, from {@code templates/portal/} in the platform's one layout, at the
 * addresses they have always had (bookmarks and printed links name the {@code .html} ones). They
 * hold no data: what they show comes from the API, with the caller's own credentials. No cache
 * policy of their own, so Spring Security's {@code no-store} applies, as it did to the files.
 * Pages for people, not calls for apps: left out of the OpenAPI document, as the files were.
 */
@Hidden
@RestController
class PortalPageController {
    private final Pages pages;

    PortalPageController(Pages pages) {
        this.pages = pages;
    }

    @GetMapping({"/", "/index.html"})
    ResponseEntity<String> citizens() {
        return page("portal/index");
    }

    @GetMapping("/venue.html")
    ResponseEntity<String> venueOwners() {
        return page("portal/venue");
    }

    @GetMapping("/scanner.html")
    ResponseEntity<String> scanner() {
        return page("portal/scanner");
    }

    @GetMapping("/admin.html")
    ResponseEntity<String> operators() {
        return page("portal/admin");
    }

    /** The public risk map: levels of the provinces and communes, no sign-in. */
    @GetMapping("/risk.html")
    ResponseEntity<String> riskMap() {
        return page("portal/risk");
    }

    /** Province officials (scope risk:write): treatment capacity and declared levels, over their app's API. */
    @GetMapping("/officials.html")
    ResponseEntity<String> provinceOfficials() {
        return page("portal/officials");
    }

    /** Officials who handle citizens' feedback (scope feedback:handle): the queue, a report, its answer. */
    @GetMapping("/feedback.html")
    ResponseEntity<String> feedbackOfficials() {
        return page("portal/feedback");
    }

    private ResponseEntity<String> page(String template) {
        return Pages.html(HttpStatus.OK).body(pages.render(template, Map.of()));
    }
}
