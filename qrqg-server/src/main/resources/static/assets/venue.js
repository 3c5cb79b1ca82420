// The venue owner's page: register a venue (an SMS code confirms the phone) or sign in with an
// owner token; then the poster, the staff scanners and the day's entries and exits. The owner
// token is kept in this browser's localStorage until "sign out".
import { onSubmit } from '/assets/actions.js';
import { api } from '/assets/api.js';
import { clearFieldErrors, formValues, notify, showFieldErrors } from '/assets/forms.js';
import { onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show, startPage } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';
import { relabelPickers, startPickers } from '/assets/citizen/areas.js';
import { showHistory } from '/assets/venue-history.js';
import { showStaff } from '/assets/venue-staff.js';

const OWNER_KEY = 'qrqg.venueOwner';
const PENDING_KEY = 'qrqg.venueRegistration';
const $ = (id) => document.getElementById(id);
const notice = $('notice');

function read(storage, key) {
  try { return JSON.parse(storage.getItem(key)); } catch { return null; }
}

function message(text, tone = 'error') {
  notify(notice, text, tone);
  if (text) focusOn(notice);
}

/** What a section says of its own actions, in its own notice (beside what caused it). */
function sayIn(element) {
  return (text, tone = 'error') => {
    notify(element, text, tone);
    if (text) focusOn(element);
  };
}

function showPending(pending) {
  show($('register'), !pending);
  show($('confirm'), Boolean(pending));
  if (pending) $('confirm-hint').textContent = t('venue.confirm.hint', { phone: pending.phone });
}

async function onRegister(event) {
  event.preventDefault();
  const form = event.target;
  clearFieldErrors(form);
  const values = formValues(form);
  try {
    const answer = await api('/api/v1/venues/registrations', { method: 'POST', body: values });
    const pending = { registrationId: answer.registrationId, phone: values.ownerPhone };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    message('');
    showPending(pending);
    $('c-code').focus();
  } catch (e) {
    message(problemMessage(e, { 'too-many-registrations': 'venue.register.tooMany', 'sms-unavailable': 'common.error.tryAgain' }));
    showFieldErrors(form, e.problem);
  }
}

async function onConfirm(event) {
  event.preventDefault();
  const pending = read(sessionStorage, PENDING_KEY);
  const { code } = formValues(event.target);
  if (!/^\d{6}$/.test(code)) return message(t('venue.confirm.format'));
  try {
    const venue = await api(`/api/v1/venues/registrations/${encodeURIComponent(pending.registrationId)}/confirm`,
      { method: 'POST', body: { code } });
    sessionStorage.removeItem(PENDING_KEY);
    localStorage.setItem(OWNER_KEY, JSON.stringify({ venueCode: venue.venueCode, ownerToken: venue.ownerToken }));
    event.target.reset();
    await showOwner(true);
  } catch (e) {
    const restart = ['too-many-attempts', 'code-expired', 'registration-not-found', 'registration-confirmed'].includes(e.code);
    message(problemMessage(e, { 'wrong-code': 'venue.confirm.wrong', 'too-many-attempts': 'venue.confirm.again',
      'code-expired': 'venue.confirm.again', 'registration-not-found': 'venue.confirm.again' }));
    if (restart) restartRegistration(false);
  }
}

function restartRegistration(focus = true) {
  sessionStorage.removeItem(PENDING_KEY);
  showPending(null);
  if (focus) $('r-name').focus();
}

async function onToken(event) {
  event.preventDefault();
  const { venueCode, ownerToken } = formValues(event.target);
  if (!venueCode || !ownerToken) return message(t('venue.token.missing'));
  try {
    await api(`/api/v1/venues/${encodeURIComponent(venueCode)}/staff`, { token: ownerToken });
    localStorage.setItem(OWNER_KEY, JSON.stringify({ venueCode: venueCode.toUpperCase(), ownerToken }));
    event.target.reset();
    await showOwner(false);
  } catch (e) {
    message(problemMessage(e, { 'invalid-owner-token': 'venue.token.wrong', 'not-venue-owner': 'venue.token.wrong',
      'venue-not-found': 'venue.token.wrong' }));
  }
}

/** The signed-in owner's view; justRegistered opens the owner token so that it gets saved. */
async function showOwner(justRegistered) {
  const owner = read(localStorage, OWNER_KEY);
  show($('signed-out'), !owner);
  show($('owner'), Boolean(owner));
  if (!owner) return;
  try {
    const venue = await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}`);
    $('venue-name').textContent = venue.name;
    $('venue-address').textContent = [venue.address, venue.communeName, venue.provinceName].filter(Boolean).join(', ');
    $('venue-code').textContent = venue.venueCode;
    $('poster-link').href = new URL(venue.posterUrl, location.href).pathname;
    $('page-link').href = new URL(venue.url, location.href).pathname;
    $('owner-token').textContent = owner.ownerToken;
    $('owner-token-details').open = justRegistered;
    message(justRegistered ? t('venue.registered') : '', 'ok');
    if (!justRegistered) focusOn($('venue-name'));
  } catch (e) {
    message(problemMessage(e));
  }
  showStaff(owner, sayIn($('staff-notice')));
  showHistory(owner, sayIn($('history-notice')));
}

function onSignOut() {
  if (!window.confirm(t('venue.signOut.confirm'))) return;
  localStorage.removeItem(OWNER_KEY);
  message('');
  showOwner(false);
  $('r-name').focus();
}

await startPage('venue');
showPending(read(sessionStorage, PENDING_KEY));
await showOwner(false);
// the citizen page's province and commune pickers (GET /portal/areas), not codes to type
startPickers($('register-form')).catch((e) => message(problemMessage(e)));
onLanguageChange(() => {
  showPending(read(sessionStorage, PENDING_KEY));
  relabelPickers($('register-form'));
});
onSubmit($('register-form'), onRegister);
onSubmit($('confirm-form'), onConfirm);
$('confirm-restart').addEventListener('click', () => restartRegistration());
onSubmit($('token-form'), onToken);
$('sign-out').addEventListener('click', onSignOut);
