// The chosen person's QR: large and sharp (the screen PNG, sized to the viewport), one tap
// between masked and full (a toggle button with aria-pressed), the PNG and the printable card.
// Without network the worker answers the form last seen (said beside it, with its time); a form
// never seen on this device is said in words, never a broken image. "I lost my phone" revokes the
// QR and shows the new one.
import { onClick } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { keptNotice } from '/assets/citizen/offline.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';

let current = null;
let kept = null;

function draw() {
  if (!current) return;
  const { person, name, full } = current;
  const form = full ? 'full' : 'masked';
  const base = `/portal/api/people/${encodeURIComponent(person.qid)}`;
  const image = document.getElementById('qr-image');
  image.hidden = false;
  image.src = `${base}/qr.png?form=${form}&medium=screen`;
  kept?.showing(image.src);
  image.dataset.form = form;
  label();
  document.getElementById('qr-toggle').setAttribute('aria-pressed', String(full));
  const png = document.getElementById('qr-png');
  const card = document.getElementById('qr-card');
  png.href = `${base}/qr.png?form=${form}&medium=print`;
  card.href = `${base}/card.pdf?form=${form}`;
  // the names the server's Content-Disposition gives them (portal.internal.DownloadNames)
  const file = `qrqg-${slug(person.shortName)}-${form}`;
  png.download = `${file}.png`;
  card.download = `${file}-card.pdf`;
}

/** "NGUYỄN T. M." → "nguyen-t-m", as DownloadNames.slug does on the server. */
export function slug(name) {
  const plain = (name || '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  return plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'person';
}

function label() {
  const form = current.full ? 'full' : 'masked';
  document.getElementById('qr-image').alt = t(`qr.alt.${form}`, { name: current.name });
  document.getElementById('qr-form').textContent = t(`qr.showing.${form}`);
}

/** Wires the toggle once; onError() when an image does not load. */
export function startQrPanel(onError) {
  document.getElementById('qr-toggle').addEventListener('click', () => {
    if (!current) return;
    current.full = !current.full;
    draw();
  });
  onClick(document.getElementById('qr-revoke'), revoke);
  const image = document.getElementById('qr-image');
  kept = keptNotice(document.getElementById('qr-offline'), (url) => /\/qr\.png\?/.test(url), 'offline.qrNotKept');
  image.addEventListener('load', () => onError(''));
  image.addEventListener('error', () => {
    if (!image.getAttribute('src')) return;
    const failed = image.src;
    setTimeout(() => { // the worker's word on it comes as a message, maybe after this event
      if (image.src !== failed) return;
      if (kept.notKept(failed)) {
        image.hidden = true;
        kept.showing(failed);
      } else {
        onError(t('qr.error'));
      }
    }, 150);
  });
}

/**
 * "I lost my phone": after the citizen confirms, the QR shown until now is revoked (every scanner
 * refuses it, offline ones once they synced) and the new one, signed at once, is shown.
 */
async function revoke() {
  if (!current) return;
  const result = document.getElementById('qr-revoke-result');
  notify(result, '');
  if (!window.confirm(t('qr.revoke.confirm', { name: current.name }))) return;
  const shown = current;
  try {
    const answer = await portal(`/portal/api/people/${encodeURIComponent(shown.person.qid)}/qr/revocation`,
      { method: 'POST', body: { reason: 'LOST_DEVICE' } });
    if (current !== shown) return;
    document.getElementById('qr-image').removeAttribute('src'); // the same address now answers the new QR
    draw();
    notify(result, t('qr.revoke.done', { version: answer.current.version }), 'ok');
  } catch (e) {
    notify(result, e.code === 'too-many-revocations'
      ? t('qr.revoke.tooMany', { hours: Math.ceil((e.problem.retryAfterSeconds || 86400) / 3600) }) : explain(e));
  }
}

/** Shows this person's QR, masked first. */
export function showQr(person, name) {
  current = { person, name, full: false };
  draw();
}

/** Re-labels after a language switch. */
export function relabelQr() {
  if (current) label();
  kept?.relabel();
}
