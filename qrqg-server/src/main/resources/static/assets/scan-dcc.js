// The result panel of a scanned EU Digital COVID Certificate (format DCC): the verdict in words
// (valid until when, expired when, revoked, unknown signer, wrong signature, unreadable) with the
// reason the API gave, then what the scanner's scope sees of the certificate (its `dcc` member).
// A DCC is text anyone can make: every value of it is set as text (textContent), never as HTML.
import { currentLanguage, t } from '/assets/i18n.js';
import { element, endPanel, formatTime, startPanel, word } from '/assets/scan-result.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
// only the certificate's type's entry is set; the verdict says the validity
const NOT_LISTED = new Set(['validity']);
const ENTRIES = new Set(['vaccination', 'test', 'recovery']);

/** A day as the certificate writes it (YYYY-MM-DD, YYYY-MM or YYYY) as the page writes days; else as it is. */
function day(value) {
  const text = String(value);
  const full = DAY.exec(text);
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  const month = MONTH.exec(text);
  return month ? `${month[2]}/${month[1]}` : text;
}

/** An instant in Vietnam time with its date; a text that is no instant, as it is. */
function moment(value) {
  return Number.isNaN(Date.parse(value)) ? String(value) : formatTime(value, true);
}

/** A country code by its name in the page's language, with the code: "Đức (DE)". */
function country(code) {
  try {
    const name = new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : String(code);
  } catch {
    return String(code); // not a region code: said as written
  }
}

/** Each of these, or "unknown" when the certificate does not say. */
function known(values) {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name,
    value === null || value === undefined || value === '' ? t('scan.unknown') : value]));
}

/** value formatted, or null when the certificate does not say. */
const formatted = (value, format) => (value === null || value === undefined ? null : format(value));

function vaccinationText(v) {
  return t('scan.dcc.vaccination', known({ product: v.product, dose: v.dose, total: v.totalDoses,
    date: formatted(v.date, day), country: formatted(v.country, country) }));
}

function testText(test) {
  const type = test.name ? `${test.type || t('scan.unknown')} (${test.name})` : test.type;
  return t('scan.dcc.test', known({ type, result: test.result, date: formatted(test.sampledAt, moment),
    centre: test.centre, country: formatted(test.country, country) }));
}

function recoveryText(r) {
  return t('scan.dcc.recovery', known({ first: formatted(r.firstPositive, day), from: formatted(r.validFrom, day),
    until: formatted(r.validUntil, day), country: formatted(r.country, country) }));
}

const FORMAT = {
  dateOfBirth: day,
  issuingCountry: country,
  issuedAt: moment,
  type: (type) => word('scan.dcc.type', type),
  trust: (trust) => t(`scan.dcc.trust.${trust.source === 'OWN' ? 'OWN' : 'FOREIGN'}`,
    { country: trust.country ? country(trust.country) : t('scan.unknown') }),
  vaccination: vaccinationText,
  test: testText,
  recovery: recoveryText,
};

function fieldList(dcc) {
  const list = element('dl', 'dcc-fields');
  Object.entries(dcc).filter(([field, value]) => !NOT_LISTED.has(field) && !(ENTRIES.has(field) && value === null))
    .forEach(([field, value]) => {
      list.append(element('dt', null, word('scan.field', field)));
      const shown = value === null || value === undefined || value === '' ? t('scan.unknown')
        : (FORMAT[field] || String)(value);
      const dd = element('dd', null, shown);
      dd.dataset.field = field;
      list.append(dd);
    });
  return list;
}

/** When it stopped or stops being valid, as far as the answer says: valid until, expired at, revoked at. */
function whenText(scan) {
  const validity = scan.dcc?.validity;
  if (!validity) return null;
  if (scan.outcome === 'VALID' && validity.expiresAt) return t('scan.validUntil', { date: moment(validity.expiresAt) });
  if (scan.outcome === 'REVOKED' && validity.revokedAt) return t('scan.dcc.revokedAt', { date: moment(validity.revokedAt) });
  // an expiry step failed also before it was issued, or outside its signer's validity: the reason says which
  const expired = scan.outcome === 'EXPIRED' && validity.expiresAt && Date.parse(validity.expiresAt) <= Date.now();
  return expired ? t('scan.dcc.expiredAt', { date: moment(validity.expiresAt) }) : null;
}

/**
 * Fills panel with a DCC scan answer ({outcome, format, field, reason, dcc}); reasonLanguage is
 * the language the answer's reason was asked in (it stays in it after a language switch).
 */
export function showDcc(panel, scan, reasonLanguage) {
  startPanel(panel, scan);
  const when = whenText(scan);
  if (when) panel.append(element('p', 'result-when', when));
  if (scan.reason) {
    const reason = element('p', 'result-reason', scan.reason);
    if (reasonLanguage) reason.lang = reasonLanguage;
    panel.append(reason);
  }
  if (scan.dcc) panel.append(fieldList(scan.dcc));
  endPanel(panel, scan);
}
