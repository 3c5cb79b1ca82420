/**
 * The EU Digital COVID Certificate of FORMATS.md §5 (docs/dcc.md): {@link vn.qrqg.dcc.DccDecoder}
 * reads an {@code HC1:} text step by step, {@link vn.qrqg.dcc.DccVerifier} verifies it against
 * {@link vn.qrqg.dcc.SignerCertificates} at a clock, {@link vn.qrqg.dcc.DccIssuer} signs a payload
 * built by {@link vn.qrqg.dcc.DccPayload}, {@link vn.qrqg.dcc.Uvci} makes and checks certificate
 * identifiers, {@link vn.qrqg.dcc.DccValueSets} names the codes. Public types are the API;
 * package-private ones (Base45, Zlib, Cbor, Cose, the schema) are internals.
 */
package vn.qrqg.dcc;
