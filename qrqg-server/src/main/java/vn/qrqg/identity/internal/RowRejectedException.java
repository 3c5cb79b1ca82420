package vn.qrqg.identity.internal;

/** One import row that cannot be loaded; the reason names the column and never stops the import. */
final class RowRejectedException extends RuntimeException {

    RowRejectedException(String reason) {
        super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an expected outcome of bad input: no stack walk
    }
}
