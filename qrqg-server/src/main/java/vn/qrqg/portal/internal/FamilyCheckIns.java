package vn.qrqg.portal.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import vn.qrqg.checkins.CheckInView;
import vn.qrqg.checkins.Direction;
import vn.qrqg.checkins.HolderCheckIns;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemLanguage;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.venues.Venues;

/**
 * Several of the account's people check in at one venue at once (a family at the door). Each is
 * checked in with their own holder through {@link HolderCheckIns}, exactly as the single check-in
 * is, so the row, the scope check and the audit stay the person's; each gets their own answer. A
 * QID that is not the account's is refused for that item as a QID of nobody is.
 */
@Service
class FamilyCheckIns {
    /**
     * The most people one request names. An account has no limit of its own on its people (SELF
     * and the dependants the registry records in their household); this bounds one request's work.
     */
    static final int MAX_PEOPLE = 20;

    private final People people;
    private final HolderCheckIns checkIns;

    FamilyCheckIns(People people, HolderCheckIns checkIns) {
        this.people = people;
        this.checkIns = checkIns;
    }

    /** {@code {venueCode, direction, qids}}: the venue as its poster or the citizen gave it, IN or OUT, who. */
    record Request(String venueCode, String direction, List<String> qids) {
    }

    /** What became of one person: checked in, or refused with the problem their own check-in would answer. */
    enum Status {
        CHECKED_IN, REFUSED
    }

    /** One person's answer, in the order the request named them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String qid, Status status, CheckInView checkIn, ProblemDetail error) {
    }

    record Answer(List<Item> items) {
    }

    /**
     * Checks each named person in, in the order named, each with their own answer.
     *
     * @throws InvalidFieldException naming {@code venueCode}, {@code direction} and {@code qids}
     *         (none, more than {@value #MAX_PEOPLE}, a blank one, one named twice), before anyone is checked in
     * @throws vn.qrqg.venues.VenueNotFoundException when there is no such venue, before anyone is
     * @throws vn.qrqg.checkins.VenueSuspendedException when it is suspended, before anyone is
     */
    Answer checkIn(PhoneNumber phone, Request request) {
        FieldErrors errors = new FieldErrors();
        VenueCode code = null;
        try {
            code = Venues.parseCode("venueCode", request.venueCode());
        } catch (InvalidFieldException e) {
            e.errors().forEach(error -> errors.reject(error.field(), error.message()));
        }
        if (Direction.parse(request.direction()).isEmpty()) {
            errors.reject("direction", "must be IN or OUT");
        }
        check(request.qids(), errors);
        errors.throwIfAny();
        checkIns.requireOpen(code);
        return new Answer(request.qids().stream()
                .map(qid -> one(phone, qid.strip(), request.venueCode(), request.direction())).toList());
    }

    private static void check(List<String> qids, FieldErrors errors) {
        if (qids == null || qids.isEmpty() || qids.size() > MAX_PEOPLE) {
            errors.reject("qids", "must name 1 to " + MAX_PEOPLE + " of this account's people");
            return;
        }
        Set<String> named = new HashSet<>();
        boolean twice = false;
        for (int i = 0; i < qids.size(); i++) {
            String qid = qids.get(i);
            if (qid == null || qid.isBlank()) {
                errors.reject("qids[" + i + "]", "is required");
            } else {
                twice |= !named.add(qid.strip());
            }
        }
        if (twice) {
            errors.reject("qids", "must name each person once");
        }
    }

    private Item one(PhoneNumber phone, String qid, String venueCode, String direction) {
        try {
            Holder holder = people.holder(phone, qid); // nobody's and another account's alike: not-your-person
            return new Item(qid, Status.CHECKED_IN, checkIns.checkIn(holder, venueCode, direction), null);
        } catch (ProblemException e) {
            if (e.worthAWarning()) {
                throw e; // an outage (the portal's app suspended) is the whole request's, not this person's
            }
            // e.g. not the account's, or their holder token revoked through another app
            return new Item(qid, Status.REFUSED, null, ProblemLanguage.inRequestLanguage(e.getBody()));
        }
    }
}
