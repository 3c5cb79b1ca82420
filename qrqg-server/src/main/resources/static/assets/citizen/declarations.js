// The chosen person's health and travel declarations: the two forms and what was sent.
import { onSubmit, sendOnce } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn } from '/assets/page.js';
import { clearFieldErrors, showFieldErrors } from '/assets/forms.js';
import { parseDateTime } from '/assets/dates.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';

let person = null;
const path = (rest) => `/portal/api/people/${encodeURIComponent(person.qid)}/${rest}`;

/** A typed "dd/mm/yyyy hh:mm" read as Vietnam's time (the forms' times are local to Vietnam). */
function vietnamTime(text) {
  const value = parseDateTime(text);
  return value ? `${value}:00+07:00` : undefined;
}

/** The travel form's times that are typed but are no "dd/mm/yyyy hh:mm", as field errors. */
function badTimes(form) {
  return ['departureAt', 'arrivalAt'].filter((name) => {
    const text = form.elements[name].value.trim();
    return text && !parseDateTime(text);
  }).map((field) => ({ field, message: t('common.dateTime.invalid') }));
}

function healthBody(form) {
  const data = new FormData(form);
  const contact = data.get('contact');
  const place = data.get('placeProvinceCode') ? [{
    provinceCode: data.get('placeProvinceCode'),
    communeCode: data.get('placeCommuneCode') || undefined,
    description: String(data.get('placeDescription') || '').trim() || undefined,
  }] : [];
  return {
    symptoms: data.getAll('symptoms'),
    contactWithConfirmedCase: contact === null ? null : contact === 'true',
    contactDetails: contact === 'true' ? (String(data.get('contactDetails') || '').trim() || undefined) : undefined,
    placesVisited: place,
  };
}

function travelBody(form) {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) || '').trim() || undefined;
  return {
    fromProvinceCode: text('fromProvinceCode'), fromCommuneCode: text('fromCommuneCode'),
    toProvinceCode: text('toProvinceCode'), toCommuneCode: text('toCommuneCode'),
    transport: text('transport'), vehicleNumber: text('vehicleNumber'), seat: text('seat'),
    departureAt: vietnamTime(text('departureAt')), arrivalAt: vietnamTime(text('arrivalAt')),
  };
}

/** The form's input for an API field: placesVisited[0].provinceCode is placeProvinceCode. */
function inputName(field) {
  return field === 'contactWithConfirmedCase' ? 'contact' : field
    .replace(/^placesVisited\[0\]\.provinceCode$/, 'placeProvinceCode')
    .replace(/^placesVisited\[0\]\.communeCode$/, 'placeCommuneCode')
    .replace(/^placesVisited\[0\]\.description$/, 'placeDescription');
}

async function send(form, result, kind, body) {
  clearFieldErrors(form);
  try {
    const declared = await sendOnce(`${kind}:${person.qid}`, body,
      (headers) => portal(path(`declarations/${kind}`), { method: 'POST', body, headers }));
    notify(result, t(`${kind}.done`, { time: when(declared.declaredAt) }), 'ok');
    form.reset();
    await listDeclarations();
  } catch (e) {
    const errors = (e.problem?.errors || []).map((error) => ({ ...error, field: inputName(error.field) }));
    notify(result, explain(e));
    // each error beside its field (the ones with a label of their own), the rest marked and listed below
    const beside = errors.filter((error) => form.querySelector(`[name="${CSS.escape(error.field)}"]`)?.id);
    const focused = showFieldErrors(form, { errors: beside });
    errors.forEach((error) => form.querySelector(`[name="${CSS.escape(error.field)}"]`)?.setAttribute('aria-invalid', 'true'));
    if (focused) return;
  }
  focusOn(result.firstChild || result);
}

export function startDeclarations() {
  const health = document.getElementById('health-form');
  const healthResult = document.getElementById('health-result');
  onSubmit(health, (event) => {
    event.preventDefault();
    const body = healthBody(health);
    if (body.contactWithConfirmedCase === null) {
      notify(healthResult, t('health.error.contact'));
      focusOn(health.querySelector('input[name=contact]'));
      return undefined;
    }
    return send(health, healthResult, 'health', body);
  });
  const travel = document.getElementById('travel-form');
  onSubmit(travel, (event) => {
    event.preventDefault();
    const bad = badTimes(travel);
    if (bad.length) {
      clearFieldErrors(travel);
      showFieldErrors(travel, { errors: bad });
      return undefined;
    }
    return send(travel, document.getElementById('travel-result'), 'travel', travelBody(travel));
  });
}

export async function listDeclarations() {
  const box = document.getElementById('declarations');
  try {
    const page = await portal(path('declarations?size=10'));
    if (!page.items.length) {
      box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: t('declarations.none') }));
      return;
    }
    const list = document.createElement('ul');
    list.className = 'plain-list';
    page.items.forEach((item) => {
      const li = document.createElement('li');
      li.textContent = `${when(item.declaredAt)} — ${t(`declarations.${item.kind}`)}`;
      list.append(li);
    });
    box.replaceChildren(list);
  } catch (e) {
    notify(box, explain(e));
  }
}

export function showDeclarations(chosen) {
  person = chosen;
  ['health-result', 'travel-result'].forEach((id) => notify(document.getElementById(id), ''));
  return listDeclarations();
}
