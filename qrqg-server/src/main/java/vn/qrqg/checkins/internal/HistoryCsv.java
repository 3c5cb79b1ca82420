package vn.qrqg.checkins.internal;

import java.time.Instant;
import vn.qrqg.platform.csv.CsvFields;
import vn.qrqg.scanning.VenueScanView;

/**
 * A venue's history as CSV (RFC 4180, UTF-8, CRLF): one check-in a line, times in Vietnam time,
 * each field as {@link CsvFields} writes it. Pure.
 */
final class HistoryCsv {
    static final String HEADER = "occurredAt,direction,source,shortName,birthYear,enteredAt,exitedAt,visitEnd\r\n";

    private HistoryCsv() {
    }

    static void append(StringBuilder csv, VenueHistory.Item item) {
        VenueScanView person = item.person();
        Visits.Visit visit = item.visit();
        csv.append(time(item.occurredAt())).append(',').append(item.direction().name()).append(',')
                .append(item.source()).append(',')
                .append(CsvFields.field(person == null ? null : person.shortName())).append(',')
                .append(CsvFields.field(person == null ? null : person.birthYear())).append(',')
                .append(time(visit == null ? null : visit.enteredAt())).append(',')
                .append(time(visit == null ? null : visit.exitedAt())).append(',')
                .append(visit == null ? "" : visit.end().name()).append("\r\n");
    }

    private static String time(Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(CheckInController.local(at));
    }
}
