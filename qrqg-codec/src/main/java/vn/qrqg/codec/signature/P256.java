package vn.qrqg.codec.signature;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.InvalidKeySpecException;

/** The one curve the format allows (NIST P-256 / secp256r1): its parameters and checks on keys. */
final class P256 {
    /** Bytes in a field element or scalar, and in each half of a raw {@code r‖s} signature. */
    static final int SIZE = 32;

    static final ECParameterSpec PARAMS = loadParams();
    /** The group order n: r and s of a valid signature lie in [1, n-1]. */
    static final BigInteger ORDER = PARAMS.getOrder();
    private static final BigInteger PRIME = ((ECFieldFp) PARAMS.getCurve().getField()).getP();

    private P256() {
    }

    private static ECParameterSpec loadParams() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK does not know the P-256 curve", e);
        }
    }

    /** True when {@code spec} is P-256, whichever provider built it (providers return different objects). */
    static boolean is(ECParameterSpec spec) {
        if (spec == null) {
            return false;
        }
        EllipticCurve curve = spec.getCurve();
        return curve.getField() instanceof ECFieldFp field
                && field.getP().equals(PRIME)
                && curve.getA().equals(PARAMS.getCurve().getA())
                && curve.getB().equals(PARAMS.getCurve().getB())
                && spec.getGenerator().equals(PARAMS.getGenerator())
                && spec.getOrder().equals(ORDER)
                && spec.getCofactor() == PARAMS.getCofactor();
    }

    /** Throws {@link IllegalArgumentException} naming {@code what} unless {@code key} is a P-256 key. */
    static void require(ECKey key, String what) {
        if (!is(key.getParams())) {
            throw new IllegalArgumentException(what + " is not on P-256 (the only curve the format allows): "
                    + describe(key.getParams()));
        }
    }

    private static String describe(ECParameterSpec spec) {
        if (spec == null) {
            return "it has no curve parameters";
        }
        return "it is on a " + spec.getCurve().getField().getFieldSize() + "-bit curve";
    }

    /** y² = x³ + ax + b (mod p) with both coordinates in [0, p-1]: rejects invalid-curve points. */
    static boolean isOnCurve(BigInteger x, BigInteger y) {
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(PRIME) >= 0 || y.compareTo(PRIME) >= 0) {
            return false;
        }
        EllipticCurve curve = PARAMS.getCurve();
        BigInteger left = y.multiply(y).mod(PRIME);
        BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(PRIME);
        return left.equals(right);
    }

    /** The public key at affine point (x, y), which the caller has checked is on the curve. */
    static ECPublicKey publicKey(BigInteger x, BigInteger y) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), PARAMS));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not a valid P-256 public key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot build EC keys", e);
        }
    }

    /** {@code value} as exactly 32 unsigned big-endian bytes (JWK coordinates, signature halves). */
    static byte[] toFixedBytes(BigInteger value) {
        byte[] bytes = value.toByteArray(); // may carry a sign byte, or be shorter than 32
        byte[] fixed = new byte[SIZE];
        int copy = Math.min(bytes.length, SIZE);
        System.arraycopy(bytes, bytes.length - copy, fixed, SIZE - copy, copy);
        return fixed;
    }
}
