package vn.qrqg.clients;

import java.util.List;

/** Scopes that are not scopes of the platform ({@link Scopes}). */
public class UnknownScopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> unknown;

    public UnknownScopeException(List<String> unknown) {
        super("unknown scope" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                + "; the scopes are " + String.join(", ", Scopes.ALL.stream().sorted().toList()));
        this.unknown = List.copyOf(unknown);
    }

    public List<String> unknown() {
        return unknown;
    }
}
