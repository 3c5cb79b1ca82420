package vn.qrqg.holders.internal;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.qrqg.holders.HolderTokenRequiredException;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.InvalidHolderTokenException;
import vn.qrqg.holders.NotTheHolderException;
import vn.qrqg.platform.web.Problems;

/**
 * The holders' refusals as RFC 9457 problem details, for every controller (any capability's
 * controller may take a {@link vn.qrqg.holders.Holder}). 403, not 401: the app is authenticated,
 * it is not authorised to act for this person; a 401 would tell OAuth clients to renew their
 * access token, which would not help. No detail says whether a QID exists.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HoldersProblems {
    static final URI HOLDER_TOKEN_REQUIRED = URI.create("https://qrqg.vn/problems/holder-token-required");
    static final URI INVALID_HOLDER_TOKEN = URI.create("https://qrqg.vn/problems/invalid-holder-token");
    static final URI NOT_THE_HOLDER = URI.create("https://qrqg.vn/problems/not-the-holder");
    static final URI HOLDER_NOT_FOUND = URI.create("https://qrqg.vn/problems/holder-not-found");

    @ExceptionHandler
    ProblemDetail holderTokenRequired(HolderTokenRequiredException e) {
        return Problems.of(HttpStatus.FORBIDDEN, HOLDER_TOKEN_REQUIRED, "Holder token required",
                "This call acts for a person: send the holder token the app got when it issued the person's QR, "
                        + "in the " + HolderTokens.HEADER + " header.");
    }

    @ExceptionHandler
    ProblemDetail invalidHolderToken(InvalidHolderTokenException e) {
        return Problems.of(HttpStatus.FORBIDDEN, INVALID_HOLDER_TOKEN, "Invalid holder token",
                "The holder token is unknown, revoked or held by another app. Issue the person's QR again "
                        + "(POST /api/v1/citizens/qr) to get a new one.");
    }

    @ExceptionHandler
    ProblemDetail notTheHolder(NotTheHolderException e) {
        return Problems.of(HttpStatus.FORBIDDEN, NOT_THE_HOLDER, "Not the holder",
                "The holder token does not act for the person this path names; an app reads only the data of "
                        + "the people whose tokens it holds.");
    }

    @ExceptionHandler
    ProblemDetail holderNotFound(HolderNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, HOLDER_NOT_FOUND, "No such app acting for the person",
                "The person has no valid holder token with this id; list them with GET /api/v1/citizens/{qid}/holders.");
    }
}
