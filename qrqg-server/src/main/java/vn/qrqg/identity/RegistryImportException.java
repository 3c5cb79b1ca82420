package vn.qrqg.identity;

import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** A file the registry import cannot read at all: a missing or bad header, or a read error. */
public final class RegistryImportException extends ProblemException {

    public RegistryImportException(String message) {
        super(ProblemType.REGISTRY_IMPORT_REJECTED, message, message);
    }

    public RegistryImportException(String message, Throwable cause) {
        super(ProblemType.REGISTRY_IMPORT_REJECTED, message, message, cause);
    }
}
