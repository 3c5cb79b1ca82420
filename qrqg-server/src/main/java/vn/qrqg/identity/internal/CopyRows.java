package vn.qrqg.identity.internal;

import vn.qrqg.identity.RegisteredPerson;

/** People as rows of PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyRows {
    static final String COLUMNS = "document_number, old_document_number, full_name, birth_date, gender, "
            + "phone, insurance_number, commune_code, address, household_id";

    private CopyRows() {
    }

    static void append(StringBuilder out, RegisteredPerson person) {
        field(out, person.documentNumber()).append('\t');
        field(out, person.oldDocumentNumber()).append('\t');
        field(out, person.fullName()).append('\t');
        out.append(person.birthDate()).append('\t');
        out.append(person.gender().code()).append('\t');
        field(out, person.phone()).append('\t');
        field(out, person.insuranceNumber()).append('\t');
        field(out, person.communeCode()).append('\t');
        field(out, person.address()).append('\t');
        field(out, person.householdId()).append('\n');
    }

    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
