package vn.qrqg.tracing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.qrqg.tracing.ExposureReason;

/**
 * Who was near whom (DOMAIN.md, "Exposure alerts and tracing"): a presence of the source (the
 * case, or an F1) at a site, a venue or a vehicle, stretched by the site's margins, against every
 * other presence there; a contact is the other person's presence inside the stretched one. Pure:
 * the presences come in, the contacts go out.
 */
final class Exposures {

    /** Where people met: a venue (its code) or a vehicle (its normalised number). */
    record Site(ExposureReason reason, String key) {
    }

    /**
     * Someone's presence at a site, {@code [from, to)}; {@code label} is what they call it (a
     * vehicle's number as they declared it), null for a venue.
     */
    record Visit(String person, Site site, String label, Instant from, Instant to) {
    }

    /** Someone's presence near the source at a site, {@code [from, to)}, rounded outward. */
    record Contact(String person, Site site, String label, Instant from, Instant to) {
    }

    /** How far before and after the source's presence a site keeps the risk. */
    record Margins(Duration before, Duration after) {
    }

    /** Everyone's presences at {@code site} that overlap {@code [from, to)}. */
    @FunctionalInterface
    interface VisitsAt {
        List<Visit> overlapping(Site site, Instant from, Instant to);

        /** The same for several sites and intervals, in their order; a reader that can answers in one go. */
        default List<List<Visit>> overlapping(List<Risk> windows) {
            return windows.stream().map(window -> overlapping(window.site(), window.from(), window.to())).toList();
        }
    }

    private Exposures() {
    }

    /**
     * What {@code source} has at the sites and times of {@code risks}, read once for them all (each
     * {@link #spans span} in one go) and answered from memory after: the cases traced together
     * share their reads, where their risks meet at a venue.
     */
    static VisitsAt prefetched(List<Risk> risks, VisitsAt source) {
        List<Risk> windows = spans(risks).stream().map(Exposures::window).toList();
        List<List<Visit>> read = source.overlapping(windows);
        Map<Site, Set<Visit>> bySite = new HashMap<>(); // a long visit may overlap two spans at its site
        for (int i = 0; i < windows.size(); i++) {
            bySite.computeIfAbsent(windows.get(i).site(), site -> new LinkedHashSet<>()).addAll(read.get(i));
        }
        return (site, from, to) -> bySite.getOrDefault(site, Set.of()).stream()
                .filter(visit -> visit.from().isBefore(to) && from.isBefore(visit.to())).toList();
    }

    /** Where and when a source's presence put others at risk: its visit, stretched by the site's margins. */
    record Risk(Site site, Instant from, Instant to) {
    }

    /**
     * The risks of the source's {@code visits} clipped to {@code [windowFrom, windowTo)}: each
     * visit stretched by its site's margins, none before {@code notBefore} (when not null: an F1's
     * contacts count only from the F1's own exposure on).
     */
    static List<Risk> risks(List<Visit> visits, Instant windowFrom, Instant windowTo, Map<ExposureReason, Margins> margins,
            Instant notBefore) {
        List<Risk> risks = new ArrayList<>();
        for (Visit visit : visits) {
            Instant from = max(visit.from(), windowFrom);
            Instant to = min(visit.to(), windowTo);
            if (!from.isBefore(to)) {
                continue; // outside the window
            }
            Margins margin = margins.get(visit.site().reason());
            Instant riskFrom = notBefore == null ? from.minus(margin.before()) : max(from.minus(margin.before()), notBefore);
            risks.add(new Risk(visit.site(), riskFrom, to.plus(margin.after())));
        }
        return risks;
    }

    /**
     * The contacts of {@code risks}: every other presence at a risk's site that overlaps it (by
     * more than an instant) is a contact for the overlap. A person's contacts at one site that
     * meet after rounding are one. Each presence is matched once against its span's window, not
     * once per risk in it: a span's risks overlap or meet, so their union is its window, and a
     * presence's overlaps with them, merged, are its overlap with the window (at a busy venue
     * where a hundred F1s went later, a hundred times less work).
     *
     * @param excluded people who are no contact of this source (the source itself, those alerted higher)
     */
    static List<Contact> near(List<Risk> risks, Duration rounding, Set<String> excluded, VisitsAt others) {
        List<Risk> windows = spans(risks).stream().map(Exposures::window).toList();
        List<List<Visit>> there = others.overlapping(windows);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            contacts.addAll(inside(windows.get(i), there.get(i), rounding, excluded));
        }
        return merged(contacts);
    }

    /**
     * The risks grouped so that each group is read once: by site, those that overlap or meet, in
     * order. A busy venue where many F1s went later is read once for them all, not once each.
     */
    static List<List<Risk>> spans(List<Risk> risks) {
        Map<Site, List<Risk>> bySite = new LinkedHashMap<>();
        for (Risk risk : risks) {
            bySite.computeIfAbsent(risk.site(), site -> new ArrayList<>()).add(risk);
        }
        List<List<Risk>> spans = new ArrayList<>();
        for (List<Risk> atSite : bySite.values()) {
            atSite.sort(Comparator.comparing(Risk::from));
            List<Risk> span = new ArrayList<>();
            Instant spanTo = null;
            for (Risk risk : atSite) {
                if (spanTo != null && risk.from().isAfter(spanTo)) {
                    spans.add(span);
                    span = new ArrayList<>();
                    spanTo = null;
                }
                span.add(risk);
                spanTo = spanTo == null ? risk.to() : max(spanTo, risk.to());
            }
            spans.add(span);
        }
        return spans;
    }

    /** The interval a span covers: from its first risk's start to the latest end. */
    private static Risk window(List<Risk> span) {
        return new Risk(span.getFirst().site(), span.getFirst().from(),
                span.stream().map(Risk::to).max(Instant::compareTo).orElseThrow());
    }

    /** The presences among {@code visits} (at the risk's site) that overlap it, as contacts, rounded outward. */
    static List<Contact> inside(Risk risk, List<Visit> visits, Duration rounding, Set<String> excluded) {
        List<Contact> contacts = new ArrayList<>();
        for (Visit other : visits) {
            Instant overlapFrom = max(other.from(), risk.from());
            Instant overlapTo = min(other.to(), risk.to());
            if (other.site().equals(risk.site()) && overlapFrom.isBefore(overlapTo) && !excluded.contains(other.person())) {
                contacts.add(new Contact(other.person(), other.site(), other.label(), floor(overlapFrom, rounding),
                        ceil(overlapTo, rounding)));
            }
        }
        return contacts;
    }

    /** A person's contacts at one site that overlap or meet, as one from the first start to the last end. */
    static List<Contact> merged(List<Contact> contacts) {
        Map<List<Object>, List<Contact>> byPersonAndSite = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            byPersonAndSite.computeIfAbsent(List.of(contact.person(), contact.site()), key -> new ArrayList<>()).add(contact);
        }
        List<Contact> merged = new ArrayList<>();
        for (List<Contact> ofOne : byPersonAndSite.values()) {
            ofOne.sort(Comparator.comparing(Contact::from));
            Contact current = null;
            for (Contact next : ofOne) {
                if (current != null && !next.from().isAfter(current.to())) {
                    current = new Contact(current.person(), current.site(), current.label(), current.from(),
                            max(current.to(), next.to()));
                } else {
                    if (current != null) {
                        merged.add(current);
                    }
                    current = next;
                }
            }
            merged.add(current);
        }
        return merged;
    }

    static Instant floor(Instant at, Duration step) {
        long seconds = step.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    static Instant ceil(Instant at, Duration step) {
        Instant floor = floor(at, step);
        return floor.equals(at) ? at : floor.plus(step);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
