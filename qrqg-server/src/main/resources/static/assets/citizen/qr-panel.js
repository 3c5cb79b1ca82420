// The chosen person's QR: large and sharp (the screen PNG, sized to the viewport), one tap
// between masked and full (a toggle button with aria-pressed), the PNG and the printable card.
import { t } from '/assets/i18n.js';

let current = null;

function draw() {
  if (!current) return;
  const { person, name, full } = current;
  const form = full ? 'full' : 'masked';
  const base = `/portal/api/people/${encodeURIComponent(person.qid)}`;
  const image = document.getElementById('qr-image');
  image.hidden = false;
  image.src = `${base}/qr.png?form=${form}&medium=screen`;
  image.dataset.form = form;
  label();
  document.getElementById('qr-toggle').setAttribute('aria-pressed', String(full));
  document.getElementById('qr-png').href = `${base}/qr.png?form=${form}&medium=print`;
  document.getElementById('qr-card').href = `${base}/card.pdf?form=${form}`;
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
  const image = document.getElementById('qr-image');
  image.addEventListener('error', () => { if (image.getAttribute('src')) onError(t('qr.error')); });
}

/** Shows this person's QR, masked first. */
export function showQr(person, name) {
  current = { person, name, full: false };
  draw();
}

/** Re-labels after a language switch. */
export function relabelQr() {
  if (current) label();
}
