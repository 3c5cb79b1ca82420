package vn.qrqg.codec;

/**
 * The codec's one error for text it cannot accept. It names the field (by the name the
 * format gives it, e.g. {@code NgaySinh}), the problem, and the 0-based position in the
 * scanned text counted in Unicode code points ({@code -1} when the text was not scanned but
 * built from separate values).
 */
public final class QrFormatException extends RuntimeException {
    private final String field;
    private final FormatProblem problem;
    private final int position;

    public QrFormatException(String field, FormatProblem problem, int position, String detail) {
        super(field + ": " + problem + (position >= 0 ? " at position " + position : "") + " — " + detail);
        this.field = field;
        this.problem = problem;
        this.position = position;
    }

    public QrFormatException(String field, FormatProblem problem, String detail) {
        this(field, problem, -1, detail);
    }

    public String field() {
        return field;
    }

    public FormatProblem problem() {
        return problem;
    }

    /** 0-based code-point position in the scanned text, or -1 when unknown. */
    public int position() {
        return position;
    }

    /** The human-readable part of the message, without field, problem and position. */
    public String detail() {
        String message = getMessage();
        return message.substring(message.indexOf(" — ") + 3);
    }

    /** The same error, moved by {@code offset} code points: for a field parsed out of a longer text. */
    public QrFormatException shiftedBy(int offset) {
        if (position < 0) {
            return this;
        }
        return new QrFormatException(field, problem, position + offset, detail());
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an expected outcome of bad input, thrown often by scanners: no stack walk
    }
}
