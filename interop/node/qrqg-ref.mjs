#!/usr/bin/env node
// qrqg-ref.mjs: an independent reference implementation of the signature profile of
// FORMATS.md (§1 "Signature"), written from FORMATS.md alone, with nothing but node's
// built-in node:crypto and node:fs. It exists for the interop tests (interop/run.sh) and as
// a worked example for app teams; it is not derived from the Java codec.
//
//   node qrqg-ref.mjs keygen DIR                 writes DIR/key.pem (PKCS#8) and DIR/jwks.json
//   node qrqg-ref.mjs sign DIR UNSIGNED_TEXT     prints UNSIGNED_TEXT + KID "." SIG
//   node qrqg-ref.mjs verify JWKS_FILE QR_TEXT [LIST_FILE...]
//                                                prints VALID, INVALID_SIGNATURE, UNKNOWN_KEY,
//                                                REVOKED_KEY or MALFORMED, and with revocation
//                                                lists (§4) REVOKED or SUPERSEDED; exit 0 only for VALID
//   node qrqg-ref.mjs revocation-id QR_TEXT      prints the QR's revocation-list id (§4)
//   node qrqg-ref.mjs list DIR OUT_FILE QR_TEXT...  writes DIR's key's list naming the QRs revoked
//   node qrqg-ref.mjs other-spelling QR_TEXT     prints the QR with s replaced by n - s (still valid)
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

// §4 revocation lists: an id is SHA-256 over r || s', s' the lower of s and n - s, first 8 bytes
const N = BigInt('0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551');
const rawSignature = (text) => Buffer.from(text.slice(-86), 'base64url');
const withS = (raw, s) => Buffer.concat([raw.subarray(0, 32), Buffer.from(s.toString(16).padStart(64, '0'), 'hex')]);
const sOf = (raw) => BigInt('0x' + raw.subarray(32).toString('hex'));

function revocationId(text) {
  const raw = rawSignature(text);
  const s = sOf(raw);
  const normalised = s > (N - 1n) / 2n ? withS(raw, N - s) : raw;
  return b64url(crypto.createHash('sha256').update(normalised).digest().subarray(0, 8));
}

function otherSpelling(text) {
  const raw = rawSignature(text);
  return text.slice(0, -86) + b64url(withS(raw, N - sOf(raw)));
}

function list(dir, out, texts) {
  const kid = keyId(crypto.createPublicKey(crypto.createPrivateKey(fs.readFileSync(`${dir}/key.pem`))));
  const body = { format: 'qrqg-revocations/1', kid, crlVersion: 1, revoked: texts.map(revocationId), superseded: [] };
  fs.writeFileSync(out, JSON.stringify(body) + '\n');
  return 0;
}

function verify(jwksFile, text, listFiles) {
  let outcome = verifyText(JSON.parse(fs.readFileSync(jwksFile, 'utf8')), text);
  if (outcome === 'VALID') {
    const kid = text.slice(text.lastIndexOf('<') + 1, text.lastIndexOf('<') + 9);
    const id = revocationId(text);
    for (const file of listFiles) {
      const revocations = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (revocations.kid !== kid) continue;
      if ((revocations.revoked ?? []).includes(id)) outcome = 'REVOKED';
      else if (outcome === 'VALID' && (revocations.superseded ?? []).includes(id)) outcome = 'SUPERSEDED';
    }
  }
  console.log(outcome);
  return outcome === 'VALID' ? 0 : 1;
}

const [command, a, b, ...more] = process.argv.slice(2);
const usage = 'usage: qrqg-ref.mjs keygen DIR | sign DIR UNSIGNED_TEXT | verify JWKS_FILE QR_TEXT [LIST_FILE...]'
  + ' | revocation-id QR_TEXT | list DIR OUT_FILE QR_TEXT... | other-spelling QR_TEXT';
let code;
if (command === 'keygen' && a) code = keygen(a);
else if (command === 'sign' && a && b !== undefined) code = sign(a, b);
else if (command === 'verify' && a && b !== undefined) code = verify(a, b, more);
else if (command === 'revocation-id' && a) { console.log(revocationId(a)); code = 0; }
else if (command === 'other-spelling' && a) { console.log(otherSpelling(a)); code = 0; }
else if (command === 'list' && a && b && more.length) code = list(a, b, more);
else { console.error(usage); code = 2; }
process.exit(code);
