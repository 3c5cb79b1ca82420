// Reads QR codes from the camera (getUserMedia), a photo, or any image: the browser's
// BarcodeDetector where it has one, else jsQR (/vendor/jsQR.js, loaded here on first use).
import { loadScript } from '/assets/vendor.js';

const MAX_SIDE = 1024; // frames and photos are scaled down to this many pixels before decoding
const SCAN_INTERVAL_MS = 200;

/** Why the camera did not start: 'insecure', 'unsupported', 'denied', 'missing' or 'failed'. */
export class CameraError extends Error {
  constructor(reason, cause) {
    super(reason);
    this.reason = reason;
    this.cause = cause;
  }
}

function loadJsQr() {
  return loadScript('jsQR.js', 'jsQR');
}

let detector;
async function barcodeDetector() {
  if (detector !== undefined) return detector;
  detector = null;
  if ('BarcodeDetector' in window) {
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      if (formats.includes('qr_code')) detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    } catch { /* jsQR then */ }
  }
  return detector;
}

/** The QR's text as UTF-8 (jsQR's own text guesses Latin-1 for some byte segments). */
function textOf(code) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(code.binaryData));
  } catch {
    return code.data;
  }
}

/** The text of the first QR in source (a video, image, bitmap or canvas), or null. */
export async function decode(source, width, height) {
  const native = await barcodeDetector();
  if (native) {
    const found = await native.detect(source);
    if (found.length) return found[0].rawValue;
  }
  const jsQR = await loadJsQr();
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const code = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
  return code ? textOf(code) : null;
}

/** The text of the QR in an image file (a photo), or null when none is found. */
export async function readImageFile(file) {
  const bitmap = await createImageBitmap(file);
  try {
    return await decode(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/**
 * The camera shown in video, read a few times a second; onText(text) gets each QR read
 * (the same text again only after repeatAfterMs).
 */
export class CameraReader {
  constructor(video, onText, { repeatAfterMs = 8000 } = {}) {
    this.video = video;
    this.onText = onText;
    this.repeatAfterMs = repeatAfterMs;
    this.stream = null;
    this.timer = null;
    this.last = { text: null, at: 0 };
  }

  get running() {
    return this.stream !== null;
  }

  async start() {
    if (!window.isSecureContext) throw new CameraError('insecure');
    if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
    } catch (e) {
      const reason = e.name === 'NotAllowedError' || e.name === 'SecurityError' ? 'denied'
        : e.name === 'NotFoundError' || e.name === 'OverconstrainedError' ? 'missing' : 'failed';
      throw new CameraError(reason, e);
    }
    this.video.srcObject = this.stream;
    this.video.setAttribute('playsinline', '');
    this.video.muted = true;
    await this.video.play();
    this.schedule();
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.video.srcObject = null;
  }

  schedule() {
    this.timer = setTimeout(() => this.tick(), SCAN_INTERVAL_MS);
  }

  async tick() {
    if (!this.running) return;
    const { videoWidth: width, videoHeight: height } = this.video;
    if (width && height) {
      try {
        const text = await decode(this.video, width, height);
        const now = Date.now();
        if (text && (text !== this.last.text || now - this.last.at > this.repeatAfterMs)) {
          this.last = { text, at: now };
          await this.onText(text);
        } else if (text) {
          this.last.at = now; // still in front of the camera: not a new scan
        }
      } catch { /* one unreadable frame: the next one */ }
    }
    if (this.running) this.schedule();
  }
}
