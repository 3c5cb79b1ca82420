package vn.qrqg.identity;

/** A file the registry import cannot read at all: a missing or bad header, or a read error. */
public final class RegistryImportException extends RuntimeException {

    public RegistryImportException(String message) {
        super(message);
    }

    public RegistryImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
