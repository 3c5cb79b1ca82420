package vn.qrqg.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.portal.PortalProperties;
import vn.qrqg.sms.PhoneNumber;

/** Signing in with a mobile number and the code sent to it, the session, signing out. */
@RestController
class SignInController {
    private final SignIns signIns;
    private final Sessions sessions;
    private final PortalProperties properties;

    SignInController(SignIns signIns, Sessions sessions, PortalProperties properties) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.properties = properties;
    }

    record SignInRequest(String phone, String code) {
    }

    record CodeSent(String phone, long codeValidSeconds) {
    }

    record SignedIn(String phone) {
    }

    /** {@code {phone}}: 202, a code is on its way by SMS. */
    @PostMapping("/portal/api/sign-in")
    ResponseEntity<CodeSent> signIn(@RequestBody(required = false) SignInRequest request) {
        PhoneNumber phone = signIns.start(request == null ? null : request.phone());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new CodeSent(phone.value(), properties.codeValidity().toSeconds()));
    }

    /** {@code {phone, code}}: 200 and the session cookie. */
    @PostMapping("/portal/api/sign-in/confirm")
    ResponseEntity<SignedIn> confirm(@RequestBody(required = false) SignInRequest request, HttpServletRequest http) {
        if (request == null) {
            throw new InvalidFieldException("phone", "and code are required");
        }
        Sessions.Opened opened = signIns.confirm(request.phone(), request.code());
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE,
                        cookie(opened.cookieValue(), properties.sessionDuration(), http).toString())
                .body(new SignedIn(opened.phone().value()));
    }

    @GetMapping("/portal/api/session")
    ResponseEntity<?> session(@AuthenticationPrincipal PortalUser user) {
        if (user == null) {
            ProblemDetail problem = PortalSecurity.notSignedIn();
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        return ResponseEntity.ok(new SignedIn(user.phone().value()));
    }

    /** 204 whether signed in or not: the session's row is deleted and the cookie cleared. */
    @PostMapping("/portal/api/sign-out")
    ResponseEntity<Void> signOut(HttpServletRequest http) {
        sessions.close(PortalRequestFilter.cookie(http));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, http).toString())
                .build();
    }

    /**
     * HttpOnly, SameSite=Strict, the whole site; Secure when the request came over HTTPS, which
     * behind a TLS proxy the servlet container knows only when told to trust the proxy's
     * {@code X-Forwarded-Proto} ({@code QRQG_TRUST_PROXY_HEADERS=native}).
     */
    static ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest http) {
        return ResponseCookie.from(PortalRequestFilter.COOKIE, value).httpOnly(true).sameSite("Strict")
                .secure(http.isSecure()).path("/").maxAge(maxAge).build();
    }
}
