package vn.qrqg.venues;

/** The venue holds as many scanner credentials as it may; remove one first. */
public class TooManyStaffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int max;

    public TooManyStaffException(int max) {
        super("a venue holds at most " + max + " staff scanners");
        this.max = max;
    }

    public int max() {
        return max;
    }
}
