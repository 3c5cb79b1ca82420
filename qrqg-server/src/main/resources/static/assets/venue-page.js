// The venue's page /v/{code} (rendered by the server with the venue's name): a signed-in citizen
// checks in or out with one tap for the chosen person; anyone else is offered sign-in, which
// brings them back here (/?next=/v/{code}).
import { onSubmit } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn, show, startPage } from '/assets/page.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';
import { describe, nameOf } from '/assets/citizen/people.js';
import { checkIn, checkedIn } from '/assets/citizen/visits.js';

const CHOSEN = 'qrqg.person';
const code = document.body.dataset.venueCode;

function chosenQid() {
  try { return localStorage.getItem(CHOSEN); } catch { return null; }
}

async function offerCheckIn() {
  const message = document.getElementById('message');
  let people;
  try {
    await portal('/portal/api/session');
    people = await portal('/portal/api/people');
  } catch (e) {
    if (e.status === 401) show(document.getElementById('sign-in-offer'), true);
    else notify(message, explain(e));
    return;
  }
  if (!people.length) {
    show(document.getElementById('no-people'), true);
    return;
  }
  const select = document.getElementById('checkin-person');
  const draw = () => {
    const chosen = select.value || chosenQid();
    select.replaceChildren(...people.map((person) => Object.assign(document.createElement('option'),
      { value: person.qid, textContent: `${nameOf(person)} — ${describe(person)}` })));
    if (people.some((person) => person.qid === chosen)) select.value = chosen;
  };
  draw();
  document.querySelectorAll('[data-lang-choice]').forEach((b) => b.addEventListener('click', draw));
  const form = document.getElementById('venue-checkin');
  show(form, true);
  onSubmit(form, async (event) => {
    event.preventDefault();
    const result = document.getElementById('checkin-result');
    try {
      try { localStorage.setItem(CHOSEN, select.value); } catch { /* this page only */ }
      notify(result, checkedIn(await checkIn(select.value, code, event.submitter?.value || 'IN')), 'ok');
    } catch (e) {
      notify(result, explain(e));
    }
    focusOn(result.firstChild || result);
  });
}

await startPage('citizen');
document.title = `${document.getElementById('venue-name').textContent} — ${t('venuePage.pageName')} — QRQG`;
if (code) await offerCheckIn();
