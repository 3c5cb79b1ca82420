// The camera as a QR reader, for any page: getUserMedia shows the camera in a <video>, and a
// few times a second a frame is decoded by the browser's BarcodeDetector where it reads QR,
// else by jsQR (/vendor/jsQR.js, from npm, loaded on first use).
const INTERVAL_MS = 250;
const MAX_SIDE = 1024;

/** Why the camera did not start: 'insecure', 'unsupported', 'denied', 'missing' or 'failed'. */
export class CameraError extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

let jsQrLoading = null;
function jsQr() {
  if (window.jsQR) return Promise.resolve(window.jsQR);
  jsQrLoading ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/vendor/jsQR.js' });
    script.onload = () => resolve(window.jsQR);
    script.onerror = () => reject(new Error('jsQR did not load'));
    document.head.append(script);
  });
  return jsQrLoading;
}

let detector;
async function nativeDetector() {
  if (detector === undefined) {
    detector = null;
    try {
      if ('BarcodeDetector' in window && (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
        detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      }
    } catch { /* jsQR then */ }
  }
  return detector;
}

/** The text of the QR in the video's current frame, or null. */
async function decodeFrame(video) {
  const native = await nativeDetector();
  if (native) {
    const found = await native.detect(video);
    return found.length ? found[0].rawValue : null;
  }
  const decode = await jsQr();
  const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const code = decode(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
  return code ? code.data : null;
}

/**
 * Starts the camera in video and calls onText(text) for the first QR it reads, then stops.
 * Answers a function that stops it earlier. Throws CameraError when it cannot start.
 */
export async function scanOnce(video, onText) {
  if (!window.isSecureContext) throw new CameraError('insecure');
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  } catch (e) {
    throw new CameraError(e.name === 'NotAllowedError' || e.name === 'SecurityError' ? 'denied'
      : e.name === 'NotFoundError' || e.name === 'OverconstrainedError' ? 'missing' : 'failed');
  }
  let timer = null;
  const stop = () => {
    clearTimeout(timer);
    stream.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };
  video.srcObject = stream;
  await video.play();
  const tick = async () => {
    let text = null;
    if (video.videoWidth) {
      try { text = await decodeFrame(video); } catch { /* an unreadable frame: the next one */ }
    }
    if (text) {
      stop();
      onText(text);
    } else if (video.srcObject) {
      timer = setTimeout(tick, INTERVAL_MS);
    }
  };
  timer = setTimeout(tick, INTERVAL_MS);
  return stop;
}
