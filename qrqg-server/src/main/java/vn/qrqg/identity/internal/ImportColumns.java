package vn.qrqg.identity.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.qrqg.identity.RegistryImportException;

/** Where each column of an import file is, from its header (any order, optional columns may be absent). */
final class ImportColumns {

    enum Column {
        DOCUMENT_NUMBER(true), FULL_NAME(true), DATE_OF_BIRTH(true), GENDER(true),
        OLD_DOCUMENT_NUMBER(false), PHONE(false), INSURANCE_NUMBER(false), COMMUNE_CODE(false), ADDRESS(false),
        HOUSEHOLD_ID(false);

        final boolean mandatory;

        Column(boolean mandatory) {
            this.mandatory = mandatory;
        }

        /** The name in an import file's header. */
        String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The column of {@code identity_person}. */
        String tableColumn() {
            return this == DATE_OF_BIRTH ? "birth_date" : header();
        }
    }

    private final Map<Column, Integer> positions;
    private final int width;

    private ImportColumns(Map<Column, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * @throws RegistryImportException when a mandatory column is missing, or a column is unknown or repeated
     */
    static ImportColumns fromHeader(List<String> header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            Column column = find(name);
            if (column == null) {
                throw new RegistryImportException("the header has an unknown column \"" + name + "\"; the columns are "
                        + String.join(",", names(false)) + " and optionally " + String.join(",", names(true)));
            }
            if (positions.put(column, i) != null) {
                throw new RegistryImportException("the header names the column " + name + " twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.mandatory && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new RegistryImportException("the header lacks the mandatory column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return new ImportColumns(positions, header.size());
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The columns present, in the order of {@link Column}. */
    List<Column> present() {
        return List.copyOf(positions.keySet());
    }

    int width() {
        return width;
    }

    /** The stripped value of {@code column} in {@code fields}, {@code null} when absent or empty. */
    String value(List<String> fields, Column column) {
        Integer position = positions.get(column);
        if (position == null) {
            return null;
        }
        String value = fields.get(position).strip();
        return value.isEmpty() ? null : value;
    }

    private static Column find(String name) {
        for (Column column : Column.values()) {
            if (column.header().equals(name)) {
                return column;
            }
        }
        return null;
    }

    private static List<String> names(boolean optional) {
        List<String> names = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.mandatory != optional) {
                names.add(column.header());
            }
        }
        return names;
    }
}
