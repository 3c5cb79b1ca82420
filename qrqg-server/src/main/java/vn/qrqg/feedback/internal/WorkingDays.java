package vn.qrqg.feedback.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * When a report is due: at the end (midnight in {@code zone}) of the {@code days}-th working day
 * after the day it came. Saturdays, Sundays and the holidays are no working days; the day it came
 * never counts, whatever the hour (a report of Friday evening is due on Wednesday night, with 3).
 */
final class WorkingDays {
    private final int days;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    WorkingDays(int days, Collection<LocalDate> holidays, ZoneId zone) {
        if (days < 1) {
            throw new IllegalArgumentException("a report needs one working day or more, not " + days);
        }
        this.days = days;
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    Instant dueAfter(Instant received) {
        LocalDate day = received.atZone(zone).toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
