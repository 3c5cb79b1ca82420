// The citizen pages' calls to /portal/api/** (the session cookie travels by itself; a call that
// changes something carries X-QRQG-Portal: 1), and what to tell the citizen when one fails.
import { api, ApiError } from '/assets/api.js';
import { t } from '/assets/i18n.js';

export function portal(path, options = {}) {
  const method = options.method || 'GET';
  const guard = method === 'GET' ? {} : { 'X-QRQG-Portal': '1' };
  return api(path, { ...options, headers: { ...guard, ...(options.headers || {}) } });
}

/** A field's name in the citizen's language (field.<name>), or the name itself. */
function fieldName(name) {
  const base = String(name).replace(/\[\d+\]/g, '').split('.').pop();
  const key = `field.${base}`;
  return t(key) === key ? name : t(key);
}

/** One sentence for a failed call: what went wrong and what to do next. */
export function explain(error) {
  if (!(error instanceof ApiError)) return t('common.error.generic', { status: '?', detail: error.message });
  const p = error.problem;
  switch (error.status === 0 ? 'network' : error.code) {
    case 'network': return t('common.error.network');
    case 'not-signed-in': return t('common.error.signInAgain');
    case 'idempotency-key-in-use': return t('common.error.inProgress');
    case 'declaration-mismatch':
      return t('declare.error.mismatch', { fields: (p.mismatchedFields || []).map(fieldName).join(', ') });
    case 'self-declared': return t('declare.error.selfDeclared');
    case 'proof-required': return t('declare.error.proofRequired');
    case 'not-in-household': return t('declare.error.notInHousehold');
    case 'too-many-declarations':
      return t('declare.error.tooMany', { minutes: Math.ceil((p.retryAfterSeconds || 3600) / 60) });
    case 'wrong-code': return t('challenge.error.wrongCode', { attempts: p.attemptsLeft });
    case 'code-expired': case 'too-many-attempts': case 'challenge-not-found': return t('challenge.error.again');
    case 'invalid-code':
      return p.reason === 'WRONG_CODE' ? t('signIn.error.wrongCode', { attempts: p.attemptsLeft })
        : t('signIn.error.voidCode');
    case 'too-many-codes':
      return t('signIn.error.tooMany', { minutes: Math.ceil((p.retryAfterSeconds || 3600) / 60) });
    case 'venue-not-found': return t('checkin.error.notFound');
    case 'venue-suspended': return t('checkin.error.suspended');
    default:
      if (Array.isArray(p.errors) && p.errors.length && p.errors.every((e) => e.field === 'venueCode')) {
        return t('checkin.error.code'); // the page's words, not the codec's English detail
      }
      if (Array.isArray(p.errors) && p.errors.length) {
        const fields = p.errors.map((e) => `${fieldName(e.field)} (${e.message})`).join('; ');
        return `${t('common.error.fixFields')} ${fields}`;
      }
      if (error.status >= 500) return `${t('common.error.tryAgain')} (${p.detail || error.status})`;
      return t('common.error.generic', { status: error.status, detail: p.detail || p.title || '' });
  }
}

/** Shows text in container as a notice ('error' is announced at once, 'ok' politely). */
export function notify(container, text, kind = 'error') {
  container.replaceChildren();
  if (!text) return;
  const p = document.createElement('p');
  p.className = `notice ${kind}`;
  p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  p.textContent = text;
  container.append(p);
}

/** Dates and times as the citizen reads them, in Vietnam's time zone. */
export function when(iso, withTime = true) {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso);
  // dd/mm/yyyy (and hh:mm) whatever the browser's locale, as Vietnamese write dates
  const options = { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}) };
  return new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN', options).format(date);
}
