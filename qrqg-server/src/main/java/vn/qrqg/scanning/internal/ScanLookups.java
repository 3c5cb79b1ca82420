package vn.qrqg.scanning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.health.HealthRecords;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.platform.batching.Batcher;

/**
 * The look-ups of concurrent scans, made together ({@link Batcher}): a scan waits while those
 * that arrived with it are looked up in one go, in three queries for the whole batch (the issued
 * QRs, the registry, the health records) instead of three for each scan, and one question to
 * social insurance for the batch's health-insurance cards when a view shows them. Every answer comes from
 * the database at the time of its scan: nothing is cached, so a new COVID card colour or a
 * superseded QR shows at once on every instance. Thread-safe.
 *
 * @throws vn.qrqg.platform.batching.BatchUnavailableException from every method when the look-up
 *         failed or did not finish in time
 */
public final class ScanLookups implements AutoCloseable {

    /** A personal QR of a trusted key or a CCCD card; with the health records, the insurance card, when the scan shows them. */
    private record Lookup(PersonalQr qr, CccdCard card, boolean withRecords, boolean withInsurance) {
    }

    /**
     * What a scan found.
     *
     * @param records the person's health records, or {@code null} when not asked for or nobody was found
     * @param insuranceCard what social insurance says today of their card, or {@code null} when not asked
     *        for, nobody was found, or they have no insurance number
     */
    public record Found(Resolution resolution, PersonHealthRecords records, InsuranceChecks.CardStatus insuranceCard) {
    }

    private final PeopleInBulk people;
    private final HealthRecords healthRecords;
    private final InsuranceChecks insurance;
    private final Batcher<Lookup, Found> batcher;

    public ScanLookups(PeopleInBulk people, HealthRecords healthRecords, InsuranceChecks insurance,
            Batcher.Settings settings) {
        this.people = people;
        this.healthRecords = healthRecords;
        this.insurance = insurance;
        this.batcher = new Batcher<>("scan-lookups", this::lookUp, settings);
    }

    /** The person behind a personal QR of a trusted key, as {@link PeopleInBulk#byQrs} finds them. */
    public Found byQr(PersonalQr qr, boolean withRecords, boolean withInsurance) {
        return batcher.submit(new Lookup(Objects.requireNonNull(qr, "qr"), null, withRecords, withInsurance));
    }

    /** The person holding a CCCD card's number, as {@link PeopleInBulk#byCards} finds them. */
    public Found byCard(CccdCard card, boolean withRecords, boolean withInsurance) {
        return batcher.submit(new Lookup(null, Objects.requireNonNull(card, "card"), withRecords, withInsurance));
    }

    /** Stops taking look-ups, answers those queued, and waits for the workers to finish. */
    @Override
    public void close() throws InterruptedException {
        batcher.close();
    }

    private List<Found> lookUp(List<Lookup> batch) {
        List<PersonalQr> qrs = new ArrayList<>();
        List<CccdCard> cards = new ArrayList<>();
        for (Lookup lookup : batch) {
            if (lookup.qr() != null) {
                qrs.add(lookup.qr());
            } else {
                cards.add(lookup.card());
            }
        }
        List<Resolution> byQr = qrs.isEmpty() ? List.of() : people.byQrs(qrs);
        List<Resolution> byCard = cards.isEmpty() ? List.of() : people.byCards(cards);
        List<Resolution> resolutions = new ArrayList<>(batch.size());
        List<RegisteredPerson> wantRecords = new ArrayList<>();
        List<String> wantCards = new ArrayList<>();
        int nextQr = 0;
        int nextCard = 0;
        for (Lookup lookup : batch) {
            Resolution resolution = lookup.qr() != null ? byQr.get(nextQr++) : byCard.get(nextCard++);
            resolutions.add(resolution);
            if (lookup.withRecords() && resolution.person() != null) {
                wantRecords.add(resolution.person().registered());
            }
            if (lookup.withInsurance() && resolution.person() != null && resolution.person().insuranceNumber() != null) {
                wantCards.add(resolution.person().insuranceNumber());
            }
        }
        Map<String, InsuranceChecks.CardStatus> insuranceCards = insurance.statusOf(wantCards.stream().distinct().toList());
        Map<String, PersonHealthRecords> records = wantRecords.isEmpty() ? Map.of()
                : healthRecords.ofAll(wantRecords);
        List<Found> found = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Resolution resolution = resolutions.get(i);
            boolean someone = resolution.person() != null;
            found.add(new Found(resolution, batch.get(i).withRecords() && someone
                    ? records.get(resolution.person().registered().documentNumber()) : null,
                    batch.get(i).withInsurance() && someone && resolution.person().insuranceNumber() != null
                            ? insuranceCards.get(resolution.person().insuranceNumber()) : null));
        }
        return found;
    }
}
