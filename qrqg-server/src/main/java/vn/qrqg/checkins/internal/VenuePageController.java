package vn.qrqg.checkins.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.venues.Venue;
import vn.qrqg.venues.Venues;

/**
 * {@code GET /v/{venueCode}}: what a phone camera opens from a venue's poster (FORMATS.md §2). A
 * tiny page in Vietnamese and English naming the venue and saying how to check in with an app;
 * apps recognise the URL and check in without opening it. The web portal will do this properly.
 */
@RestController
class VenuePageController {
    private final Venues venues;

    VenuePageController(Venues venues) {
        this.venues = venues;
    }

    @GetMapping("/v/{venueCode}")
    ResponseEntity<String> page(@PathVariable("venueCode") String venueCode) {
        Optional<Venue> venue;
        try {
            venue = venues.find(VenueCode.parse(venueCode.strip()));
        } catch (QrFormatException e) {
            venue = Optional.empty();
        }
        if (venue.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, "Không tìm thấy địa điểm · Venue not found",
                    "<p>Mã địa điểm này không tồn tại. · There is no venue with this code.</p>");
        }
        Venue found = venue.get();
        String name = HtmlUtils.htmlEscape(found.name(), "UTF-8");
        String body = "<p class=\"code\">" + found.code().value() + "</p>"
                + "<p>Để khai báo vào/ra, mở ứng dụng đã được cấp phép (ví dụ PC-COVID) và quét mã QR trên áp phích. "
                + "Nhân viên cũng có thể quét mã QR cá nhân hoặc thẻ CCCD của bạn.</p>"
                + "<p lang=\"en\">To check in or out, open a certified app (such as PC-COVID) and scan the QR code on the "
                + "poster. Staff may also scan your personal QR or your CCCD card.</p>";
        return html(HttpStatus.OK, name, body);
    }

    private static ResponseEntity<String> html(HttpStatus status, String title, String body) {
        String page = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + title + "</title>"
                + "<style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
                + ".code{font-family:monospace;color:#555}</style></head><body><h1>" + title + "</h1>" + body
                + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()).body(page);
    }
}
