package vn.qrqg.feedback.internal;

import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.qrqg.feedback.FeedbackAnswered;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.sms.SmsGateway;

/**
 * Tells a person by SMS, at the phone the registry holds for them, that their report was
 * answered: its tracking number only, never the answer (a phone's lock screen shows it). From the
 * outbox, after the answer's commit: a failed send is tried again with the event.
 */
@Component
class AnswerNotices {
    private final FeedbackRepository repository;
    private final FeedbackKeys keys;
    private final PopulationRegistry registry;
    private final SmsGateway sms;

    AnswerNotices(FeedbackRepository repository, FeedbackKeys keys, PopulationRegistry registry, SmsGateway sms) {
        this.repository = repository;
        this.keys = keys;
        this.registry = registry;
        this.sms = sms;
    }

    @ApplicationModuleListener
    void on(FeedbackAnswered answered) {
        repository.byTrackingNumber(answered.trackingNumber())
                .map(report -> keys.openReporter(report.reportId(), report.personSealed()).documentNumber())
                .flatMap(number -> number == null ? Optional.empty() : registry.findByDocumentNumber(number))
                .map(RegisteredPerson::phone).flatMap(PhoneNumber::parse)
                .ifPresent(phone -> sms.send(phone, message(answered.trackingNumber())));
    }

    static String message(String trackingNumber) {
        return "QRQG: phan anh " + trackingNumber + " cua ban da co tra loi. Xem trong ung dung hoac tai cong QRQG.";
    }
}
