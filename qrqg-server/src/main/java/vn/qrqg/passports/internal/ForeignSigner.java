package vn.qrqg.passports.internal;

import java.security.cert.X509Certificate;

/** A foreign document signer certificate of the imported trust list, and the country that listed it. */
record ForeignSigner(String country, X509Certificate certificate) {
}
