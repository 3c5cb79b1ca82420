// What a page says when a call fails: the API's own detail, then what to do next.
import { t } from '/assets/i18n.js';

/**
 * The message for error e (an ApiError or any Error): its detail and a next step, the one
 * nextSteps names for the problem's code (e.g. {'wrong-code': 'venue.confirm.wrong'}) or a
 * general one by status.
 */
export function problemMessage(e, nextSteps = {}) {
  if (e.status === 0) return t('common.error.network');
  const key = nextSteps[e.code] || (e.code === 'idempotency-key-in-use' ? 'common.error.inProgress'
    : e.status === 401 ? 'common.error.signInAgain'
    : e.status === 403 ? 'common.error.notAllowed'
    : e.status === 400 ? 'common.error.fixFields'
    : e.status === 429 || e.status >= 500 ? 'common.error.tryAgain' : null);
  const detail = e.message || t('common.error.generic', { status: e.status, detail: '' });
  return key ? `${detail} ${t(key)}` : detail;
}
