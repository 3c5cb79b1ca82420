// The venue's staff scanners: the list (phones masked), add one (its one-time sign-in link and
// its QR, and the credentials, shown once), a new link for one (its secret changes), remove one
// (its scanner is revoked at once).
import { onClick, onSubmit } from '/assets/actions.js';
import { api } from '/assets/api.js';
import { clearFieldErrors, formValues, showFieldErrors } from '/assets/forms.js';
import { currentLanguage, onLanguageChange, t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';

const $ = (id) => document.getElementById(id);
let owner;
let say;
let shownLink = null; // {name, enrolmentUrl, enrolmentExpiresAt}, re-drawn after a language switch
let qrUrl = null;

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

async function load() {
  const staff = await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}/staff`, { token: owner.ownerToken });
  const rows = staff.map((member) => {
    const row = document.createElement('tr');
    row.dataset.staffId = member.staffId;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button secondary';
    remove.dataset.action = 'remove';
    remove.textContent = t('venue.staff.remove');
    remove.setAttribute('aria-label', t('venue.staff.removeWho', { name: member.name }));
    onClick(remove, () => removeStaff(member));
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'button secondary';
    link.dataset.action = 'new-link';
    link.textContent = t('venue.staff.newLink');
    link.setAttribute('aria-label', t('venue.staff.newLinkWho', { name: member.name }));
    onClick(link, () => newLink(member));
    const actions = cell('');
    actions.append(link, ' ', remove);
    row.append(cell(member.name), cell(member.phone), cell(member.clientId), actions);
    return row;
  });
  $('staff-table').tBodies[0].replaceChildren(...rows);
  show($('staff-table'), staff.length > 0);
  show($('staff-empty'), staff.length === 0);
}

async function removeStaff(member) {
  if (!window.confirm(t('venue.staff.removeConfirm', { name: member.name }))) return;
  try {
    await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}/staff/${encodeURIComponent(member.staffId)}`,
      { method: 'DELETE', token: owner.ownerToken });
    show($('new-credentials'), false);
    say(t('venue.staff.removed', { name: member.name }), 'ok');
    await load();
  } catch (e) {
    say(problemMessage(e));
  }
}

function drawLink() {
  if (!shownLink) return;
  const time = new Date(shownLink.enrolmentExpiresAt)
    .toLocaleTimeString(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  $('enrol-title').textContent = t('venue.staff.enrolTitle', { name: shownLink.name });
  $('enrol-hint').textContent = t('venue.staff.enrolHint', { time });
}

/** The one-time link as a QR (the server's SVG, from an object URL) and as text to copy; the secret when there is one. */
function showLink(name, answer) {
  shownLink = { name, ...answer };
  drawLink();
  if (qrUrl) URL.revokeObjectURL(qrUrl);
  qrUrl = URL.createObjectURL(new Blob([answer.enrolmentQrSvg], { type: 'image/svg+xml' }));
  $('enrol-qr').src = qrUrl;
  $('enrol-link').value = answer.enrolmentUrl;
  $('enrol-copied').textContent = '';
  show($('new-secret'), Boolean(answer.clientSecret));
  $('new-client-id').textContent = answer.clientId || '';
  $('new-client-secret').textContent = answer.clientSecret || '';
  show($('new-credentials'));
  focusOn($('new-credentials'));
}

async function copyLink() {
  try {
    await navigator.clipboard.writeText($('enrol-link').value);
    $('enrol-copied').textContent = t('venue.staff.enrolCopied');
  } catch {
    $('enrol-link').select();
    $('enrol-copied').textContent = t('venue.staff.enrolCopyFailed');
  }
}

async function newLink(member) {
  if (!window.confirm(t('venue.staff.newLinkConfirm', { name: member.name }))) return;
  say('');
  try {
    const answer = await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}/staff/${encodeURIComponent(member.staffId)}/enrolment`,
      { method: 'POST', token: owner.ownerToken });
    showLink(member.name, answer);
  } catch (e) {
    say(problemMessage(e));
  }
}

async function onAdd(event) {
  event.preventDefault();
  const form = event.target;
  clearFieldErrors(form);
  say('');
  try {
    const added = await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}/staff`,
      { method: 'POST', body: formValues(form), token: owner.ownerToken });
    const name = form.elements.name.value.trim();
    form.reset();
    showLink(name, added);
    await load();
  } catch (e) {
    say(problemMessage(e, { 'too-many-staff': 'venue.staff.tooMany' }));
    showFieldErrors(form, e.problem);
  }
}

/** Shows the staff of the signed-in owner's venue; say(message, tone) reports to the page. */
export async function showStaff(signedIn, report) {
  owner = signedIn;
  say = report;
  show($('new-credentials'), false);
  const form = $('staff-form');
  if (!form.dataset.wired) {
    onSubmit(form, onAdd);
    onClick($('enrol-copy'), copyLink);
    onLanguageChange(drawLink);
    form.dataset.wired = 'true';
  }
  try {
    await load();
  } catch (e) {
    say(problemMessage(e));
  }
}
