// The account's people (GET /portal/api/people) and the form declaring one more.
import { busyWhile, onClick, onSubmit } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { parseDate } from '/assets/dates.js';
import { clearFieldErrors, showFieldErrors } from '/assets/forms.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';

/**
 * A person as the page names them to their own account: the full name with its diacritics as
 * the registry holds it (two of a family with the same initials do not look alike), else the
 * short name on the QR, else the QID when neither can be read.
 */
export function nameOf(person) {
  return person.fullName || person.shortName || person.qid;
}

export function describe(person) {
  const relation = t(person.relation === 'SELF' ? 'people.self' : 'people.dependant');
  const born = person.birthYear ? t('people.born', { year: person.birthYear }) : t('people.unavailable');
  return `${relation} · ${born}`;
}

/** Fills the list; choose(person) when one is picked. Answers the people. */
export async function listPeople(choose) {
  const people = await portal('/portal/api/people');
  const list = document.getElementById('people-list');
  list.replaceChildren(...people.map((person) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'person-choice';
    button.dataset.qid = person.qid;
    button.setAttribute('aria-label', t('people.choose', { name: nameOf(person) }));
    const name = document.createElement('strong');
    name.textContent = nameOf(person);
    const details = document.createElement('span');
    details.textContent = describe(person);
    button.append(name, details);
    onClick(button, () => choose(person));
    item.append(button);
    return item;
  }));
  show(document.getElementById('people-none'), people.length === 0);
  const self = people.some((person) => person.relation === 'SELF');
  document.querySelector('#declare-form input[name=relation][value=' + (self ? 'DEPENDANT' : 'SELF') + ']').checked = true;
  return people;
}

/** Wires the declaration form; declared(person) after a person is declared. */
export function startDeclareForm(message, declared) {
  const form = document.getElementById('declare-form');
  onSubmit(form, async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const dateText = String(data.get('dateOfBirth') || '').trim();
    const body = {
      relation: data.get('relation'),
      documentNumber: String(data.get('documentNumber') || '').replace(/\s/g, ''),
      fullName: String(data.get('fullName') || '').trim(),
      dateOfBirth: parseDate(dateText) || '', // typed dd/mm/yyyy, sent as the API's yyyy-mm-dd
      gender: data.get('gender') || '',
    };
    clearFieldErrors(form);
    if (dateText && !body.dateOfBirth) {
      showFieldErrors(form, { errors: [{ field: 'dateOfBirth', message: t('common.date.invalid') }] });
      return;
    }
    const missing = ['documentNumber', 'fullName', 'dateOfBirth', 'gender'].filter((field) => !body[field]);
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    if (missing.length) {
      missing.forEach((field) => form.querySelector(`[name=${field}]`).setAttribute('aria-invalid', 'true'));
      notify(message, `${t('common.error.fixFields')} ${missing.map((f) => t(`field.${f}`)).join(', ')}`);
      focusOn(form.querySelector(`[name=${missing[0]}]`));
      return;
    }
    try {
      const answer = await portal('/portal/api/people', { method: 'POST', body });
      if (answer.challengeId) {
        askCode(answer, message, () => form.reset(), declared);
        return;
      }
      form.reset();
      notify(message, t('declare.done', { name: nameOf(answer) }), 'ok');
      declared(answer);
    } catch (e) {
      // a format the platform refused (a 400 names each field): its words beside the field
      if (showFieldErrors(form, e.problem)) {
        notify(message, t('common.error.fixFields'));
        return;
      }
      // fields the registry did not match
      (e.problem?.mismatchedFields || []).forEach((field) => form.querySelector(`[name=${field}]`)?.setAttribute('aria-invalid', 'true'));
      notify(message, explain(e));
      focusOn(message.firstChild || message);
    }
  });
}

/**
 * A code went to the phone the registry holds for the person (202 {challengeId, sentTo}): asks
 * for it, then declared(person) once it is confirmed.
 */
function askCode(challenge, message, done, declared) {
  const form = document.getElementById('challenge-form');
  const code = document.getElementById('challenge-code');
  document.getElementById('challenge-sent-to').textContent = t('challenge.sentTo', { phone: challenge.sentTo });
  notify(message, '');
  code.value = '';
  show(form, true);
  focusOn(code);
  form.onsubmit = (event) => {
    event.preventDefault();
    return busyWhile(form.querySelector('button[type=submit]'),
      () => confirmCode(form, code, challenge, message, done, declared));
  };
}

/** Sends the typed code of challenge; declared(person) once it is confirmed. */
async function confirmCode(form, code, challenge, message, done, declared) {
  try {
    const person = await portal(`/portal/api/people/challenges/${encodeURIComponent(challenge.challengeId)}`,
      { method: 'POST', body: { code: code.value.replace(/\s/g, '') } });
    show(form, false);
    done();
    notify(message, t('declare.done', { name: nameOf(person) }), 'ok');
    declared(person);
  } catch (e) {
    if (['code-expired', 'too-many-attempts', 'challenge-not-found'].includes(e.code)) show(form, false);
    notify(message, explain(e));
    focusOn(message.firstChild || message);
  }
}
