// Check-in for the chosen person (the venue poster scanned with the camera, or its code typed)
// and their recent visits.
import { onClick, onSubmit, sendOnce } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { CameraError, CameraReader } from '/assets/qr-reader.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';
import { checkInFamily, offerPeople, tickedPeople } from '/assets/citizen/family-checkin.js';

let person = null;
let reader = null;

/** The venue code in a poster's text (its URL …/v/{code}, FORMATS.md §2) or a typed code; null if none. */
export function venueCodeFrom(text) {
  const value = String(text || '').trim();
  const url = value.match(/^https?:\/\/[^/\s]+\/v\/([0-9A-Za-z-]{9,12})\/?$/);
  if (url) return url[1];
  return /^[0-9A-Za-z -]{9,12}$/.test(value) && !value.includes('://') ? value.replace(/[\s-]/g, '') : null;
}

/** Checks person in or out at venueCode; answers the API's check-in. */
export function checkIn(qid, venueCode, direction) {
  const body = { venueCode, direction };
  return sendOnce(`checkin:${qid}`, body, (headers) =>
    portal(`/portal/api/people/${encodeURIComponent(qid)}/checkins`, { method: 'POST', body, headers }));
}

/** The sentence saying a check-in is done. */
export function checkedIn(answer) {
  return t(`checkin.done.${answer.direction}`, { venue: answer.venue?.name || answer.venue?.venueCode, time: when(answer.occurredAt) });
}

async function submit(code, direction) {
  const result = document.getElementById('checkin-result');
  const input = document.getElementById('venue-code');
  if (!code) {
    input.setAttribute('aria-invalid', 'true');
    notify(result, t('checkin.error.code'));
    focusOn(input);
    return;
  }
  input.removeAttribute('aria-invalid');
  const qids = tickedPeople(); // null: the account has one person only
  if (qids && !qids.length) {
    notify(result, t('checkin.family.none'));
    focusOn(document.querySelector('#checkin-people input[name=qids]'));
    return;
  }
  try {
    if (qids && !(qids.length === 1 && qids[0] === person.qid)) {
      if (await checkInFamily(result, qids, code, direction, checkedIn)) input.value = '';
    } else {
      notify(result, checkedIn(await checkIn(person.qid, code, direction)), 'ok');
      input.value = '';
    }
    focusOn(result.firstChild);
    await listVisits();
  } catch (e) {
    notify(result, explain(e));
    focusOn(result.firstChild || result); // what went wrong, as /v/{code} does: not left unsaid behind the field
  }
}

/**
 * A poster the camera read: says which venue it is and offers to check in there, with the form's
 * own In and Out buttons (the person may be leaving), or that no venue has its code.
 */
async function offer(code) {
  const result = document.getElementById('checkin-result');
  document.getElementById('venue-code').value = code;
  try {
    const venue = await portal(`/portal/api/venues/${encodeURIComponent(code)}`);
    notify(result, t('checkin.offer', { venue: venue.name, address: venue.address }), 'ok');
    focusOn(document.querySelector('#checkin-form button[value=IN]'));
  } catch (e) {
    notify(result, explain(e));
  }
}

function cameraOff() {
  reader?.stop();
  reader = null;
  show(document.getElementById('camera'), false);
  show(document.getElementById('camera-stop'), false);
  show(document.getElementById('camera-start'), true);
}

export function startCheckIns() {
  const form = document.getElementById('checkin-form');
  onSubmit(form, (event) => {
    event.preventDefault();
    return submit(venueCodeFrom(document.getElementById('venue-code').value), event.submitter?.value || 'IN');
  });
  onClick(document.getElementById('camera-start'), async () => {
    const result = document.getElementById('checkin-result');
    notify(result, '');
    show(document.getElementById('camera'), true);
    try {
      reader = new CameraReader(document.getElementById('camera-video'), (text) => {
        cameraOff();
        const code = venueCodeFrom(text);
        if (code) return offer(code);
        return notify(result, t('checkin.error.notVenue'));
      });
      await reader.start();
      show(document.getElementById('camera-start'), false);
      show(document.getElementById('camera-stop'), true);
      focusOn(document.getElementById('camera-stop'));
    } catch (e) {
      cameraOff();
      notify(result, e instanceof CameraError ? t(`checkin.error.${e.reason}`) : explain(e));
    }
  });
  document.getElementById('camera-stop').addEventListener('click', cameraOff);
  onClick(document.getElementById('visits-refresh'), () => listVisits());
}

export async function listVisits() {
  const box = document.getElementById('visits');
  try {
    const page = await portal(`/portal/api/people/${encodeURIComponent(person.qid)}/checkins?size=20`);
    if (!page.items.length) {
      box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: t('visits.none') }));
      return;
    }
    const table = document.createElement('table');
    table.id = 'visits-table';
    const head = table.createTHead().insertRow();
    ['visits.when', 'visits.where', 'visits.direction'].forEach((key) => {
      head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: t(key) }));
    });
    const body = table.createTBody();
    page.items.forEach((visit) => {
      const row = body.insertRow();
      [when(visit.occurredAt), visit.venueName || visit.venueCode, t(`visits.${visit.direction}`)]
        .forEach((text) => { row.insertCell().textContent = text; });
    });
    const wrap = Object.assign(document.createElement('div'), { className: 'table-scroll' });
    wrap.append(table);
    box.replaceChildren(wrap);
  } catch (e) {
    notify(box, explain(e));
  }
}

/** The chosen person's check-ins and visits; people, the account's, to tick for a check-in of several at once. */
export function showVisits(chosen, people = []) {
  cameraOff();
  person = chosen;
  offerPeople(people, chosen);
  notify(document.getElementById('checkin-result'), '');
  return listVisits();
}
