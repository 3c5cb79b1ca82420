package vn.qrqg.declarations.internal;

import vn.qrqg.platform.web.FieldErrors;

/** A page of a list: {@code page} from 0, {@code size} 20 unless given, at most 100. */
record Paging(int page, int size) {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** From the query parameters {@code page} and {@code size}, rejecting bad ones in {@code fields}. */
    static Paging of(String page, String size, FieldErrors fields) {
        return new Paging(fields.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE),
                fields.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    long offset() {
        return (long) page * size;
    }
}
