// The venue's staff scanners: the list (phones masked), add one (its credentials shown once),
// remove one (its scanner is revoked at once).
import { onClick, onSubmit } from '/assets/actions.js';
import { api } from '/assets/api.js';
import { clearFieldErrors, formValues, showFieldErrors } from '/assets/forms.js';
import { t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { problemMessage } from '/assets/problems.js';

const $ = (id) => document.getElementById(id);
let owner;
let say;

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
    remove.textContent = t('venue.staff.remove');
    remove.setAttribute('aria-label', t('venue.staff.removeWho', { name: member.name }));
    onClick(remove, () => removeStaff(member));
    const actions = cell('');
    actions.append(remove);
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

async function onAdd(event) {
  event.preventDefault();
  const form = event.target;
  clearFieldErrors(form);
  say('');
  try {
    const added = await api(`/api/v1/venues/${encodeURIComponent(owner.venueCode)}/staff`,
      { method: 'POST', body: formValues(form), token: owner.ownerToken });
    form.reset();
    $('new-client-id').textContent = added.clientId;
    $('new-client-secret').textContent = added.clientSecret;
    show($('new-credentials'));
    focusOn($('new-credentials'));
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
    form.dataset.wired = 'true';
  }
  try {
    await load();
  } catch (e) {
    say(problemMessage(e));
  }
}
