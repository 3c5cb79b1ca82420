#!/usr/bin/env node
// qrqg-ref.mjs: an independent reference implementation of the signature profile of
// FORMATS.md (§1 "Signature"), written from FORMATS.md alone, with nothing but node's
// built-in node:crypto and node:fs. It exists for the interop tests (interop/run.sh) and as
// a worked example for app teams; it is not derived from the Java codec.
//
//   node qrqg-ref.mjs keygen DIR                 writes DIR/key.pem (PKCS#8) and DIR/jwks.json
//   node qrqg-ref.mjs sign DIR UNSIGNED_TEXT     prints UNSIGNED_TEXT + KID "." SIG
//   node qrqg-ref.mjs verify JWKS_FILE QR_TEXT   prints VALID, INVALID_SIGNATURE, UNKNOWN_KEY,
//                                                REVOKED_KEY or MALFORMED; exit 0 only for VALID
//
// The profile: ChuKy = KID "." SIG is the last '<'-separated sub-field. KID is base64url (no
// padding) of the first 6 bytes of SHA-256 over the key's DER SubjectPublicKeyInfo; SIG is the
// ECDSA P-256/SHA-256 signature as raw r||s (64 bytes), base64url without padding. The signed
// bytes are the UTF-8 bytes of everything before ChuKy, the '<' in front of it included.
import crypto from 'node:crypto';
import fs from 'node:fs';

const b64url = (bytes) => Buffer.from(bytes).toString('base64url'); // node omits the padding

function keyId(publicKey) {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return b64url(crypto.createHash('sha256').update(spki).digest().subarray(0, 6));
}

function keygen(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x, y } = publicKey.export({ format: 'jwk' });
  const jwks = { keys: [{ kty: 'EC', crv: 'P-256', kid: keyId(publicKey), x, y, status: 'active' }] };
  fs.writeFileSync(`${dir}/key.pem`, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  fs.writeFileSync(`${dir}/jwks.json`, JSON.stringify(jwks, null, 2) + '\n');
  console.log(jwks.keys[0].kid);
  return 0;
}

function sign(dir, unsigned) {
  if (!unsigned.endsWith('<')) {
    console.error("qrqg-ref: the unsigned text must end with the '<' in front of ChuKy");
    return 2;
  }
  const privateKey = crypto.createPrivateKey(fs.readFileSync(`${dir}/key.pem`));
  const publicKey = crypto.createPublicKey(privateKey);
  const sig = crypto.sign('sha256', Buffer.from(unsigned, 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  console.log(unsigned + keyId(publicKey) + '.' + b64url(sig));
  return 0;
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function verifyText(jwks, text) {
  const cut = text.lastIndexOf('<');
  if (cut < 0 || !text.includes('|')) return 'MALFORMED';
  const signed = text.slice(0, cut + 1);
  const [kid, sig, ...rest] = text.slice(cut + 1).split('.');
  if (rest.length || kid?.length !== 8 || sig?.length !== 86 || !B64URL.test(kid) || !B64URL.test(sig)) {
    return 'MALFORMED';
  }
  const jwk = (jwks.keys ?? []).find((k) => k.kid === kid);
  if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256') return 'UNKNOWN_KEY';
  if (jwk.status === 'revoked') return 'REVOKED_KEY'; // 'retired' (or absent) still verifies
  const key = crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, format: 'jwk' });
  if (keyId(key) !== kid) return 'UNKNOWN_KEY'; // the published kid must match the key
  const ok = crypto.verify('sha256', Buffer.from(signed, 'utf8'),
    { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig, 'base64url'));
  return ok ? 'VALID' : 'INVALID_SIGNATURE';
}

function verify(jwksFile, text) {
  const outcome = verifyText(JSON.parse(fs.readFileSync(jwksFile, 'utf8')), text);
  console.log(outcome);
  return outcome === 'VALID' ? 0 : 1;
}

const [command, a, b] = process.argv.slice(2);
const usage = 'usage: qrqg-ref.mjs keygen DIR | sign DIR UNSIGNED_TEXT | verify JWKS_FILE QR_TEXT';
let code;
if (command === 'keygen' && a) code = keygen(a);
else if (command === 'sign' && a && b !== undefined) code = sign(a, b);
else if (command === 'verify' && a && b !== undefined) code = verify(a, b);
else { console.error(usage); code = 2; }
process.exit(code);
