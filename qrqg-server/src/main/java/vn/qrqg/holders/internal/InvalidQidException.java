package vn.qrqg.holders.internal;

/** A path's {@code qid} is not 18 digits with a valid check digit. */
final class InvalidQidException extends RuntimeException {

    InvalidQidException() {
        super("qid: 18 digits, the last a Luhn check digit");
    }
}
