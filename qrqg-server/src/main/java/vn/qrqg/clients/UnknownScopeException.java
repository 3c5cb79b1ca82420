package vn.qrqg.clients;

import java.util.List;
import vn.qrqg.platform.web.InvalidRequest;
import vn.qrqg.platform.web.ProblemException;
import vn.qrqg.platform.web.ProblemType;

/** Scopes that are not scopes of the platform ({@link Scopes}). */
public class UnknownScopeException extends ProblemException {
    private static final long serialVersionUID = 1L;

    private final List<String> unknown;

    public UnknownScopeException(List<String> unknown) {
        super(ProblemType.UNKNOWN_SCOPE, "Unknown scope" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                        + "; the scopes are " + String.join(", ", Scopes.ALL.stream().sorted().toList()) + ".",
                "unknown scope" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                        + "; the scopes are " + String.join(", ", Scopes.ALL.stream().sorted().toList()));
        this.unknown = List.copyOf(unknown);
        property("unknownScopes", this.unknown);
        property("errors", List.of(new InvalidRequest.FieldError("scopes", "unknown: " + String.join(", ", unknown))));
    }

    public List<String> unknown() {
        return unknown;
    }
}
