package vn.qrqg.platform.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * {@code Idempotency-Key} on an {@link Idempotent} endpoint, once Spring Security knows the caller:
 * claims the key before the controller runs, then keeps a successful (2xx) answer for repeats; any
 * other answer lets the key go, since nothing was stored, so a retry runs afresh. A repeat gets
 * the first answer; while the first runs, 409; with another request, 422.
 */
class IdempotencyInterceptor implements HandlerInterceptor {
    private static final String CLAIM = IdempotencyInterceptor.class.getName() + ".claim";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyKeys keys;
    private final byte[] callerKey;
    private final Clock clock;

    IdempotencyInterceptor(IdempotencyKeys keys, byte[] callerKey, Clock clock) {
        this.keys = keys;
        this.callerKey = callerKey.clone();
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, ServletException {
        String header = request.getHeader(IdempotencyFilter.HEADER);
        KeptBody body = WebUtils.getNativeRequest(request, KeptBody.class);
        if (header == null || body == null || !(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(Idempotent.class)) {
            return true;
        }
        String key = keyOf(header);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof IdempotentCaller caller)) {
            return true;
        }
        IdempotencyKeys.Claim claim = keys.claim(hmac(caller.idempotencyScope()), sha256(key), fingerprint(request, body),
                clock.instant());
        return switch (claim) {
            case IdempotencyKeys.Claimed claimed -> {
                request.setAttribute(CLAIM, claimed);
                yield true;
            }
            case IdempotencyKeys.Answered answered -> {
                replay(answered.answer(), response);
                yield false;
            }
            case IdempotencyKeys.InProgress inProgress -> throw new IdempotencyKeyInUseException();
            case IdempotencyKeys.OtherRequest other -> throw new IdempotencyKeyReusedException();
        };
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIM) instanceof IdempotencyKeys.Claimed claimed)) {
            return;
        }
        ContentCachingResponseWrapper answer = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        int status = answer == null ? 500 : answer.getStatus();
        if (ex != null || status < 200 || status > 299) {
            keys.release(claimed);
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : StoredAnswer.KEPT_HEADERS) {
            String value = name.equals("Content-Type") ? answer.getContentType() : answer.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        keys.answer(claimed, new StoredAnswer(status, headers, answer.getContentAsByteArray()));
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.getOutputStream().write(answer.body());
    }

    /** The header's value: a token or, as a structured field's string, in double quotes. */
    static String keyOf(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException(IdempotencyFilter.HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a random UUID, new for each request");
        }
        return key;
    }

    /** What makes two requests the same: method, path and query, and the body (a form's parts, not its boundary). */
    private static byte[] fingerprint(HttpServletRequest request, KeptBody body) throws IOException, ServletException {
        MessageDigest digest = sha256();
        update(digest, request.getMethod());
        update(digest, request.getRequestURI());
        update(digest, request.getQueryString() == null ? "" : request.getQueryString());
        String contentType = request.getContentType();
        if (contentType != null && MediaType.MULTIPART_FORM_DATA.includes(MediaType.parseMediaType(contentType))) {
            for (Part part : request.getParts()) {
                update(digest, part.getName());
                update(digest, part.getContentType() == null ? "" : part.getContentType());
                try (InputStream in = part.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    update(digest, Integer.toString(bytes.length));
                    digest.update(bytes);
                }
            }
        } else {
            digest.update(body.bytes());
        }
        return digest.digest();
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private byte[] hmac(String scope) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(callerKey, "HmacSHA256"));
            return mac.doFinal(scope.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute HMAC-SHA-256", e);
        }
    }

    private static byte[] sha256(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
