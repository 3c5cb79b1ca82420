package vn.qrqg.holders;

/** A call that acts for a person came without the {@value HolderTokens#HEADER} header. */
public final class HolderTokenRequiredException extends RuntimeException {

    public HolderTokenRequiredException() {
        super("this call acts for a person and needs the " + HolderTokens.HEADER + " header");
    }
}
