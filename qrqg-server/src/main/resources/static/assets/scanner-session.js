// A scanner's sign-in: its client id and secret give an access token at /oauth2/token. The
// token (never the secret) is kept in sessionStorage; the secret stays in memory only, to get
// a new token when this one runs out while the page is open.
import { ApiError, clientToken } from '/assets/api.js';

const STORAGE_KEY = 'qrqg.scanner';
const MARGIN_MS = 30_000;
// tried in this order: a venue's staff scanner checks people in; officials scan with the
// broadest view their app holds (police, then health, then venue)
const SCOPES = ['checkin:venue', 'scan:police', 'scan:health', 'scan:venue'];
let secret = null;

export class NoScanScope extends Error {}
export class SessionExpired extends Error {}

export function currentSession() {
  try {
    const session = JSON.parse(sessionStorage.getItem(STORAGE_KEY));
    return session && session.token && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

/** Signs in: the first scope of SCOPES the client holds. Throws ApiError, or NoScanScope. */
export async function signIn(clientId, clientSecret) {
  for (const scope of SCOPES) {
    try {
      const answer = await clientToken(clientId, clientSecret, scope);
      secret = clientSecret;
      return save(clientId, scope, answer);
    } catch (e) {
      if (e instanceof ApiError && e.problem.error === 'invalid_scope') continue;
      throw e;
    }
  }
  throw new NoScanScope();
}

function save(clientId, scope, answer) {
  const session = { clientId, scope, token: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000 };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  return session;
}

/** A token good for the next call: renewed with the secret in memory, or SessionExpired. */
export async function freshToken() {
  const session = currentSession();
  if (session && session.expiresAt - Date.now() > MARGIN_MS) return session.token;
  const stored = session || JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
  if (!stored || !secret) throw new SessionExpired();
  return save(stored.clientId, stored.scope, await clientToken(stored.clientId, secret, stored.scope)).token;
}

export function signOut() {
  secret = null;
  sessionStorage.removeItem(STORAGE_KEY);
}
