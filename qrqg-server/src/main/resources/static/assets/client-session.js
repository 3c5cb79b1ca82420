// Signing in a page as an OAuth2 client: its id and secret give an access token at
// /oauth2/token. The token (never the secret) is kept in sessionStorage; the secret stays in
// memory only, to get a new token when this one runs out while the page is open.
import { ApiError, clientToken } from '/assets/api.js';

const MARGIN_MS = 30_000;

export class NoScope extends Error {}
export class SessionExpired extends Error {}

/**
 * A sign-in kept under storageKey that asks for the first of scopes the client holds (one
 * scope per token: the page acts in one role).
 */
export function clientSession(storageKey, scopes) {
  let secret = null;

  function save(clientId, scope, answer) {
    const session = { clientId, scope, token: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000 };
    sessionStorage.setItem(storageKey, JSON.stringify(session));
    return session;
  }

  function stored() {
    try { return JSON.parse(sessionStorage.getItem(storageKey)); } catch { return null; }
  }

  return {
    /** The session while its token is good, else null. */
    current() {
      const session = stored();
      return session && session.token && session.expiresAt > Date.now() ? session : null;
    },

    /** Signs in with the first scope the client holds. Throws ApiError, or NoScope. */
    async signIn(clientId, clientSecret) {
      for (const scope of scopes) {
        try {
          const answer = await clientToken(clientId, clientSecret, scope);
          secret = clientSecret;
          return save(clientId, scope, answer);
        } catch (e) {
          if (e instanceof ApiError && e.problem.error === 'invalid_scope') continue;
          throw e;
        }
      }
      throw new NoScope();
    },

    /** A token good for the next call: renewed with the secret in memory, or SessionExpired. */
    async freshToken() {
      const session = stored();
      if (session && session.expiresAt - Date.now() > MARGIN_MS) return session.token;
      if (!session || !secret) throw new SessionExpired();
      return save(session.clientId, session.scope, await clientToken(session.clientId, secret, session.scope)).token;
    },

    signOut() {
      secret = null;
      sessionStorage.removeItem(storageKey);
    },
  };
}
