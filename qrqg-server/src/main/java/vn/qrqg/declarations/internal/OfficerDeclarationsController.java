package vn.qrqg.declarations.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.declarations.DeclarationPage;
import vn.qrqg.platform.web.FieldErrors;

/**
 * Health officers' queries (scope {@code health:read}): the travellers of one vehicle on one day,
 * the input of co-travel tracing, and one person's declarations. Paged: {@code page} from 0,
 * {@code size} 20 unless given, at most 100.
 */
@RestController
@RequiresScope(Scopes.HEALTH_READ)
class OfficerDeclarationsController {
    private final DeclarationReads reads;

    OfficerDeclarationsController(DeclarationReads reads) {
        this.reads = reads;
    }

    /**
     * {@code ?vehicleNumber=VN 123&day=2021-09-11}: the travels on board that vehicle at any time
     * of that day in Vietnam (00:00 to 24:00, UTC+7); the number matches however it was spelled.
     */
    @GetMapping("/api/v1/declarations/travel")
    ResponseEntity<DeclarationPage> onVehicle(@RequestParam(name = "vehicleNumber", required = false) String vehicle,
            @RequestParam(name = "day", required = false) String day,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        FieldErrors fields = new FieldErrors();
        String vehicleKey = VehicleNumbers.normalize(vehicle).orElse(null);
        if (vehicleKey == null) {
            fields.reject("vehicleNumber", vehicle == null || vehicle.isBlank()
                    ? "is required: the flight, train, coach or plate number" : VehicleNumbers.expected());
        }
        LocalDate date = day(day, fields);
        Paging paging = Paging.of(page, size, fields);
        fields.throwIfAny();
        return ResponseEntity.ok().cacheControl(HolderDeclarationsController.NO_STORE)
                .body(reads.onVehicle(vehicleKey, date, paging));
    }

    /** {@code ?qid=…}: the person's health and travel declarations, newest first. */
    @GetMapping("/api/v1/declarations")
    ResponseEntity<DeclarationPage> ofPerson(@RequestParam(name = "qid", required = false) String qid,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        FieldErrors fields = new FieldErrors();
        if (qid == null || !Qid.isValid(qid.strip())) {
            fields.reject("qid", qid == null || qid.isBlank() ? "is required"
                    : "is not a QID (18 digits, the last a Luhn check digit)");
        }
        Paging paging = Paging.of(page, size, fields);
        fields.throwIfAny();
        return ResponseEntity.ok().cacheControl(HolderDeclarationsController.NO_STORE)
                .body(reads.ofPerson(new Qid(qid.strip()), paging));
    }

    private static LocalDate day(String day, FieldErrors fields) {
        if (day == null || day.isBlank()) {
            fields.reject("day", "is required: a day as YYYY-MM-DD, in Vietnam time");
            return null;
        }
        try {
            return LocalDate.parse(day.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            fields.reject("day", "must be a day as YYYY-MM-DD, in Vietnam time");
            return null;
        }
    }
}
