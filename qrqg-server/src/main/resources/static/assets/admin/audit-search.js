// The admin page's audit lookup (GET /api/v1/admin/audit): by person or client, app, venue code,
// scope, purpose and time, every condition given narrowing the rest; a page at a time, newest
// first. Times are typed and shown in Vietnam time, as everywhere on the page; the time range is
// the last 24 hours unless changed (without a person, client, app or venue the platform asks for
// one of at most 7 days).
import { onClick, onSubmit } from '/assets/actions.js';
import { formValues, notify } from '/assets/forms.js';
import { t } from '/assets/i18n.js';
import { show } from '/assets/page.js';
import { formatTime } from '/assets/scan-result.js';

const $ = (id) => document.getElementById(id);
const SIZE = 50;
const HOUR_MS = 60 * 60 * 1000;
const VIETNAM_OFFSET_MS = 7 * HOUR_MS; // UTC+7 all year, no summer time

let query = null; // the last search's parameters, without the page
let page = 0;

/** A datetime-local value, in Vietnam time, as an ISO instant; '' when empty. */
export function instantOf(local) {
  if (!local) return '';
  return new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`).toISOString();
}

/** The datetime-local value (Vietnam time, to the minute) of hours ago. */
export function hoursAgo(hours) {
  return new Date(Date.now() + VIETNAM_OFFSET_MS - hours * HOUR_MS).toISOString().slice(0, 16);
}

function row(texts) {
  const tr = document.createElement('tr');
  texts.forEach((text) => {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  });
  return tr;
}

/** The search's parameters from the form: only those given. */
function parameters(form) {
  const { by, value, appId, venueCode, scope, purpose, from, to } = formValues(form);
  const given = { [by]: value, appId, venueCode, scope, purpose, from: instantOf(from), to: instantOf(to) };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v));
}

async function load(call, failed) {
  try {
    const found = await call(`/api/v1/admin/audit?${new URLSearchParams({ ...query, page, size: SIZE })}`);
    $('audit-total').textContent = t('admin.audit.total', { total: found.total });
    $('audit-table').tBodies[0].replaceChildren(...found.items.map((item) => row([formatTime(item.at, true),
      `${item.clientId}${item.scope ? ` (${item.scope})` : ''}`, item.qid || item.documentNumber || '—',
      (item.fields || []).join(', '), item.purpose, item.outcome])));
    show($('audit-prev'), found.page > 0);
    show($('audit-next'), (found.page + 1) * found.size < found.total);
    notify($('audit-notice'), '');
  } catch (e) {
    failed(e, $('audit-notice'));
  }
}

/** Fills the choices: the apps, the scopes, the purposes seen lately (suggested, any may be typed). */
export async function fillAuditChoices(call) {
  const [apps, choices] = await Promise.all([call('/api/v1/admin/apps'), call('/api/v1/admin/audit/purposes')]);
  const keep = (select, options) => {
    const chosen = select.value;
    select.replaceChildren(select.options[0], ...options);
    select.value = chosen;
  };
  keep($('audit-app'), apps.map((app) => new Option(`${app.name} (${app.clientId})`, app.appId)));
  keep($('audit-scope'), choices.scopes.map((scope) => new Option(scope, scope)));
  $('audit-purposes').replaceChildren(...choices.purposes.map((purpose) => new Option(purpose)));
}

/** Wires the form and its paging; call is the operator's authorised api, failed says an error where it belongs. */
export function setUpAuditSearch(call, failed) {
  if (!$('audit-from').value) $('audit-from').value = hoursAgo(24);
  onSubmit($('audit-form'), (event) => {
    event.preventDefault();
    query = parameters(event.target);
    page = 0;
    return load(call, failed);
  });
  onClick($('audit-prev'), () => { page -= 1; return load(call, failed); });
  onClick($('audit-next'), () => { page += 1; return load(call, failed); });
}
