package vn.qrqg.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.internal.AuditReviewRepository;
import vn.qrqg.clients.Scopes;

/**
 * The choices of the operators' audit filters: every scope (from code), and the purposes seen in
 * the last {@link #SEEN} (from the audit: endpoints come and go with releases, a list in code
 * would drift). Finding them reads a day of records, so the answer is kept {@link #KEPT}.
 */
@Service
public class AuditVocabulary {
    static final Duration SEEN = Duration.ofHours(24);
    static final Duration KEPT = Duration.ofMinutes(10);

    private final AuditReviewRepository repository;
    private final AtomicReference<Choices> kept = new AtomicReference<>();

    AuditVocabulary(AuditReviewRepository repository) {
        this.repository = repository;
    }

    /**
     * @param scopes every scope, sorted
     * @param purposes the purposes of the records of the last 24 hours, sorted, as of {@code seenAt}
     */
    public record Choices(List<String> scopes, List<String> purposes, Instant seenAt) {
    }

    public Choices choices() {
        Instant now = Instant.now();
        Choices choices = kept.get();
        if (choices == null || choices.seenAt().plus(KEPT).isBefore(now)) {
            choices = new Choices(Scopes.ALL.stream().sorted().toList(), repository.purposes(now.minus(SEEN), now), now);
            kept.set(choices);
        }
        return choices;
    }
}
