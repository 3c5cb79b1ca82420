// The scanner page: staff and officials sign in with their scanner's credentials, then read QR
// codes by camera, photo or text. A venue's staff scanner (checkin:venue) records check-ins;
// an official's (scan:*) scans. The answer fills the big result panel. A staff phone opened at
// the venue owner's one-time link (/scanner.html#enrol=…) redeems it instead of a typed secret.
import { onClick, onSubmit, sendOnce } from '/assets/actions.js';
import { api, ApiError } from '/assets/api.js';
import { currentLanguage, onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { CameraReader, readImageFile } from '/assets/qr-reader.js';
import { showDcc } from '/assets/scan-dcc.js';
import { recordedText, showError, showScan } from '/assets/scan-result.js';
import { clientSession, NoScope, SessionExpired } from '/assets/client-session.js';

const $ = (id) => document.getElementById(id);
const panel = $('result');
// a venue's staff scanner checks people in; officials scan with the broadest view their app
// holds (police, then health, then venue)
const scanner = clientSession('qrqg.scanner', ['checkin:venue', 'scan:police', 'scan:health', 'scan:venue']);
let camera;
let lastRender = null; // re-drawn in the new language after a switch
let busy = false;

function render(draw) {
  lastRender = draw;
  draw();
  show(panel);
  focusOn(panel);
}

function showSignedIn(session) {
  show($('sign-in'), !session);
  show($('scanning'), Boolean(session));
  if (!session) return;
  const label = session.label;
  $('who').textContent = label?.staffName ? t('scanner.who.staff', label)
    : label?.appName ? t(`scanner.whoApp.${session.scope}`, { name: label.appName })
    : t(`scanner.who.${session.scope}`, { clientId: session.clientId });
  show($('direction'), session.scope === 'checkin:venue');
}

/**
 * The session with whose it is, for the header: a staff scanner's staff member and venue, an
 * official's app's name. Without them (an older platform, a network error) the client id stays.
 */
async function describe(session) {
  if (!session || session.label) return session;
  try {
    const token = await scanner.freshToken();
    if (session.scope === 'checkin:venue') {
      const me = await api('/api/v1/venues/staff/me', { token });
      return scanner.setLabel({ staffName: me.staffName, venueName: me.venueName }) || session;
    }
    const app = await api('/api/v1/apps/me', { token });
    return scanner.setLabel({ appName: app.name }) || session;
  } catch {
    return session;
  }
}

function signInError(message) {
  $('sign-in-error').textContent = message;
  show($('sign-in-error'), Boolean(message));
  if (message) focusOn($('sign-in-error'));
}

async function onSignIn(event) {
  event.preventDefault();
  const clientId = $('client-id').value.trim();
  const clientSecret = $('client-secret').value;
  if (!clientId || !clientSecret) return signInError(t('scanner.signIn.missing'));
  signInError('');
  try {
    const signedIn = await scanner.signIn(clientId, clientSecret);
    $('client-secret').value = '';
    showSignedIn(await describe(signedIn));
    focusOn($('who'));
  } catch (e) {
    if (e instanceof NoScope) return signInError(t('scanner.signIn.noScope'));
    if (e instanceof ApiError && e.problem.error === 'invalid_client') return signInError(t('scanner.signIn.wrong'));
    signInError(e.status === 0 ? t('common.error.network') : t('common.error.generic', { status: e.status, detail: e.message }));
  }
}

function onSignOut() {
  camera?.stop();
  scanner.signOut();
  panel.hidden = true;
  lastRender = null;
  showSignedIn(null);
  focusOn($('client-id'));
}

function explain(e) {
  if (e instanceof SessionExpired || e.status === 401) {
    onSignOut();
    signInError(t('scanner.error.expired'));
    return;
  }
  if (e instanceof ApiError && e.code === 'qr-not-accepted') {
    const { outcome, format, venue, field, problem } = e.problem; // the reason in words is the page's own
    const scan = { outcome, format, venue, field, problem };
    return render(() => showScan(panel, scan, t('scanner.notRecorded')));
  }
  const next = e.status === 0 ? t('common.error.network')
    : e.status === 403 ? t('common.error.notAllowed')
    : e.status === 409 ? t('scanner.error.suspended')
    : e.status >= 500 ? t('common.error.tryAgain') : t('scanner.error.checkText');
  render(() => showError(panel, t('scanner.error.title'), e.message, next));
}

/** Sends one read text: a check-in for a venue's staff, else a scan. */
async function submit(text) {
  if (busy || !text) return;
  busy = true;
  try {
    const token = await scanner.freshToken();
    if (scanner.current()?.scope === 'checkin:venue') {
      const direction = document.querySelector('input[name=direction]:checked').value;
      const body = { text, direction };
      const answer = await sendOnce('checkin', body,
        (headers) => api('/api/v1/checkins', { method: 'POST', body, token, headers }));
      render(() => showScan(panel, answer.scan || { outcome: 'VALID' }, recordedText(answer)));
    } else {
      const asked = currentLanguage(); // the language of an EU DCC's reason
      const answer = await api('/api/v1/scans', { method: 'POST', body: { text }, token });
      render(() => (answer.format === 'DCC' ? showDcc(panel, answer, asked) : showScan(panel, answer)));
    }
  } catch (e) {
    explain(e);
  } finally {
    busy = false;
  }
}

function cameraError(reason) {
  $('camera-error').textContent = reason ? t(`scanner.camera.error.${reason}`) : '';
  show($('camera-error'), Boolean(reason));
}

async function startCamera() {
  cameraError(null);
  camera ??= new CameraReader($('video'), submit);
  show($('camera'));
  try {
    await camera.start();
    show($('camera-start'), false);
    show($('camera-stop'));
    $('camera-status').textContent = t('scanner.camera.running');
    $('camera-stop').focus();
  } catch (e) {
    show($('camera'), false);
    cameraError(e.reason || 'failed');
    focusOn($('camera-error'));
  }
}

function stopCamera() {
  camera?.stop();
  show($('camera'), false);
  show($('camera-stop'), false);
  show($('camera-start'));
  $('camera-status').textContent = t('scanner.camera.stopped');
  $('camera-start').focus();
}

async function onPhoto() {
  const file = $('photo').files[0];
  if (!file) return;
  try {
    const text = await readImageFile(file);
    if (text) return submit(text);
    render(() => showError(panel, t('scanner.photo.none'), null, t('scanner.photo.next')));
  } catch {
    render(() => showError(panel, t('scanner.photo.unreadable'), null, t('scanner.photo.next')));
  } finally {
    $('photo').value = '';
  }
}

// said in the page's language, with what to do: ask the owner for a new link
const ENROLMENT_REFUSED = {
  'enrolment-used': 'scanner.enrol.used',
  'enrolment-expired': 'scanner.enrol.expired',
  'enrolment-not-found': 'scanner.enrol.notFound',
};

/**
 * The code of the link this page was opened at, taken out of the address at once: the fragment
 * never reaches a server, and once gone it is neither in the history nor bookmarked.
 */
function enrolmentCode() {
  const match = /^#enrol=([A-Za-z0-9_-]+)$/.exec(location.hash);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  return match ? match[1] : null;
}

/** Redeems the link and signs in with the credential it hands over, remembered on this phone. */
async function enrol(code) {
  $('sign-in-status').textContent = t('scanner.enrol.running');
  try {
    const enrolled = await api('/api/v1/venues/staff/enrolment', { method: 'POST', body: { code } });
    const label = { staffName: enrolled.staffName, venueName: enrolled.venueName };
    const signedIn = await scanner.signIn(enrolled.clientId, enrolled.clientSecret, { remember: true, label });
    showSignedIn(signedIn);
    focusOn($('who'));
  } catch (e) {
    const refused = ENROLMENT_REFUSED[e.code];
    const message = refused ? t(refused) : problemMessage(e);
    // signed in already (this phone enrolled before): said where it is seen, the panel
    if (scanner.current()) render(() => showError(panel, t('scanner.enrol.title'), null, message));
    else signInError(message);
  } finally {
    $('sign-in-status').textContent = '';
  }
}

/** The credential remembered on this phone signs in again after the tab was closed. */
async function resume() {
  try {
    showSignedIn(await describe(await scanner.resume()));
  } catch (e) {
    signInError(e instanceof ApiError && e.problem.error === 'invalid_client' ? t('scanner.enrol.forgotten')
      : e.status === 0 ? t('common.error.network') : t('scanner.signIn.wrong'));
  }
}

await startPage('scanner', 'scan');
showSignedIn(scanner.current());
onLanguageChange(() => {
  showSignedIn(scanner.current());
  lastRender?.();
});
onSubmit($('sign-in-form'), onSignIn);
$('sign-out').addEventListener('click', onSignOut);
onClick($('camera-start'), startCamera);
$('camera-stop').addEventListener('click', stopCamera);
$('photo').addEventListener('change', onPhoto);
onSubmit($('text-form'), (event) => {
  event.preventDefault();
  return submit($('qr-text').value.trim());
});
// a link opened while the page is open changes only its fragment: no new page load
window.addEventListener('hashchange', () => {
  const next = enrolmentCode();
  if (next) enrol(next);
});
// last, once the page works by hand: a slow network leaves the sign-in form usable meanwhile
const code = enrolmentCode();
if (code) await enrol(code);
else if (!scanner.current() && scanner.remembers()) await resume();
