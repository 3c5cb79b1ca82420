package vn.qrqg.scanning;

import java.security.cert.X509Certificate;
import java.time.Instant;
import vn.qrqg.dcc.DccResult;
import vn.qrqg.dcc.Step;
import vn.qrqg.passports.DccVerified;

/**
 * Why a scanned EU DCC is not valid, in the request's language: one sentence per failed step (and
 * for a revocation), from what the step found rather than the library's English, so that nothing
 * of the text itself is echoed.
 */
final class DccReasons {
    static final String REVOCATION = "revocation";

    private DccReasons() {
    }

    /** The step that failed ({@link Step#jsonName()}, or {@link #REVOCATION}); {@code null} when valid. */
    static String failedStep(DccVerified verified) {
        DccResult result = verified.result();
        return result.failedStep() != null ? result.failedStep().jsonName()
                : verified.revokedAt() != null ? REVOCATION : null;
    }

    /** Why, in Vietnamese when {@code vietnamese}, else English; {@code null} when valid. */
    static String of(DccVerified verified, boolean vietnamese) {
        DccResult result = verified.result();
        if (result.failedStep() == null) {
            return verified.revokedAt() == null ? null
                    : say(vietnamese, "đã bị nơi cấp thu hồi lúc " + verified.revokedAt(),
                            "revoked by its issuer at " + verified.revokedAt());
        }
        return switch (result.failedStep()) {
            case PREFIX -> say(vietnamese, "không phải chứng nhận EU DCC: phải bắt đầu bằng HC1: và dài tối đa 4.500 ký tự",
                    "not an EU DCC: it must start with HC1: and hold at most 4,500 characters");
            case BASE45 -> say(vietnamese, "phần sau HC1: không phải mã Base45: văn bản bị sửa hoặc quét thiếu",
                    "what follows HC1: is not Base45: the text was altered or read incompletely");
            case ZLIB -> say(vietnamese, "nội dung không giải nén được", "the content does not decompress");
            case COSE -> say(vietnamese, "không phải thông điệp ký COSE có thuật toán và mã khóa hợp lệ",
                    "not a COSE signed message with a known algorithm and a key id");
            case CBOR -> say(vietnamese, "nội dung đã ký không phải các trường của một chứng nhận",
                    "the signed content is not a certificate's claims");
            case SIGNATURE -> unknownSigner(result)
                    ? say(vietnamese, "bên ký không có trong danh sách tin cậy nào của nền tảng",
                            "signed by a signer that no trust list of the platform holds")
                    : say(vietnamese, "chữ ký không khớp: văn bản đã bị sửa hoặc giả mạo",
                            "the signature does not match: the text was altered or forged");
            case EXPIRY -> expiry(verified, vietnamese);
            case SCHEMA -> say(vietnamese, "nội dung không theo lược đồ EU DCC 1.3.0",
                    "its content does not follow the EU DCC schema 1.3.0");
            case KEY_USAGE -> say(vietnamese, "bên ký không được phép ký loại chứng nhận này",
                    "its signer may not sign this type of certificate");
        };
    }

    /**
     * Whether the signature step failed for want of a trusted signer with the key id, rather than on
     * the signature itself: {@code qrqg-dcc} words that case "unknown signer" (docs/dcc.md).
     */
    static boolean unknownSigner(DccResult result) {
        return result.failedStep() == Step.SIGNATURE && result.reason() != null
                && result.reason().startsWith("unknown signer");
    }

    private static String expiry(DccVerified verified, boolean vietnamese) {
        Instant at = verified.at();
        Instant issuedAt = verified.result().certificate().claims().issuedAt();
        Instant expiresAt = verified.result().certificate().claims().expiresAt();
        if (at.isBefore(issuedAt)) {
            return say(vietnamese, "chưa có hiệu lực: cấp lúc " + issuedAt, "not valid yet: issued at " + issuedAt);
        }
        if (!at.isBefore(expiresAt)) {
            return say(vietnamese, "đã hết hạn lúc " + expiresAt, "expired at " + expiresAt);
        }
        X509Certificate signer = verified.result().signer();
        String from = signer.getNotBefore().toInstant().toString();
        String to = signer.getNotAfter().toInstant().toString();
        return say(vietnamese, "chứng thư của bên ký chỉ có hiệu lực từ " + from + " đến " + to,
                "its signer's certificate is valid only from " + from + " to " + to);
    }

    private static String say(boolean vietnamese, String vi, String en) {
        return vietnamese ? vi : en;
    }
}
