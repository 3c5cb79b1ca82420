package vn.qrqg.feedback;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Citizens' feedback settings ({@code qrqg.feedback}, docs/feedback.md).
 *
 * @param perPersonPerDay how many reports a person may send in a Vietnam day
 * @param answerWithinWorkingDays a report is due at the end of this working day after the day it came
 * @param holidays dates that are no working days, besides Saturdays and Sundays (Tết and the
 *        other lunar holidays move each year: an operator lists them)
 * @param maxPhotoSize the largest photo a report may carry, as sent
 * @param maxPhotoPixels the longest side of a photo as kept; a larger one is scaled down
 * @param closeAnsweredAfter an answered report closes itself this long after its answer
 * @param retention a closed report is dropped with its photo this long after it closed
 * @param correctionCheckEvery how often forwarded reports are checked for a corrected record
 */
@ConfigurationProperties("qrqg.feedback")
public record FeedbackProperties(@DefaultValue("5") int perPersonPerDay, @DefaultValue("3") int answerWithinWorkingDays,
        @DefaultValue List<LocalDate> holidays, @DefaultValue("5MB") DataSize maxPhotoSize,
        @DefaultValue("2560") int maxPhotoPixels, @DefaultValue("14d") Duration closeAnsweredAfter,
        @DefaultValue("30d") Duration retention, @DefaultValue("1m") Duration correctionCheckEvery) {

    public FeedbackProperties {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        if (perPersonPerDay < 1) {
            throw new IllegalArgumentException("qrqg.feedback.per-person-per-day must be 1 or more, not " + perPersonPerDay);
        }
        if (answerWithinWorkingDays < 1) {
            throw new IllegalArgumentException("qrqg.feedback.answer-within-working-days must be 1 or more, not "
                    + answerWithinWorkingDays);
        }
        if (maxPhotoPixels < 256) {
            throw new IllegalArgumentException("qrqg.feedback.max-photo-pixels must be 256 or more, not " + maxPhotoPixels);
        }
        for (Duration d : List.of(closeAnsweredAfter, retention, correctionCheckEvery)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("qrqg.feedback durations must be positive, not " + d);
            }
        }
    }
}
