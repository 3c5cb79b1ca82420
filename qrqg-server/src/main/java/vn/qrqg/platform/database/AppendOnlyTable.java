package vn.qrqg.platform.database;

/**
 * A table the platform's runtime role may only read and add rows to: a bean of this type, from
 * the capability that owns the table, makes {@link RuntimePrivileges} grant SELECT and INSERT on
 * it and nothing else.
 *
 * @param name the table's plain lower-case name
 */
public record AppendOnlyTable(String name) {
}
