// Signing in a page as an OAuth2 client: its id and secret give an access token at
// /oauth2/token. The token (never the secret) is kept in sessionStorage; the secret stays in
// memory only, to get a new token when this one runs out while the page is open, unless the
// page asks to remember the credential on this device (a venue's staff phone enrolled by its
// one-time link: localStorage, until signing out; docs/portal.md says why).
import { ApiError, clientToken } from '/assets/api.js';

const MARGIN_MS = 30_000;

export class NoScope extends Error {}
export class SessionExpired extends Error {}

/**
 * A sign-in kept under storageKey that asks for the first of scopes the client holds (one
 * scope per token: the page acts in one role).
 */
export function clientSession(storageKey, scopes) {
  const credentialKey = `${storageKey}.credential`;
  let secret = null;

  function save(clientId, scope, answer, label) {
    const session = { clientId, scope, label, token: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000 };
    sessionStorage.setItem(storageKey, JSON.stringify(session));
    return session;
  }

  function read(storage, key) {
    try { return JSON.parse(storage.getItem(key)); } catch { return null; }
  }

  const stored = () => read(sessionStorage, storageKey);
  const remembered = () => read(localStorage, credentialKey);

  return {
    /** The session while its token is good, else null. */
    current() {
      const session = stored();
      return session && session.token && session.expiresAt > Date.now() ? session : null;
    },

    /**
     * Signs in with the first scope the client holds. Throws ApiError, or NoScope. With
     * remember, the credential (and label, what the page shows of whose it is) stays on this
     * device until signOut.
     */
    async signIn(clientId, clientSecret, { remember = false, label = null } = {}) {
      for (const scope of scopes) {
        try {
          const answer = await clientToken(clientId, clientSecret, scope);
          secret = clientSecret;
          if (remember) localStorage.setItem(credentialKey, JSON.stringify({ clientId, clientSecret, label }));
          return save(clientId, scope, answer, label);
        } catch (e) {
          if (e instanceof ApiError && e.problem.error === 'invalid_scope') continue;
          throw e;
        }
      }
      throw new NoScope();
    },

    /** Whether a credential is remembered on this device. */
    remembers() {
      return Boolean(remembered()?.clientSecret);
    },

    /**
     * Signs in again with the credential remembered on this device: the session, or null when
     * none is. A refused credential (a new link was made, the staff member removed) is forgotten.
     */
    async resume() {
      const credential = remembered();
      if (!credential?.clientSecret) return null;
      try {
        return await this.signIn(credential.clientId, credential.clientSecret, { remember: true, label: credential.label });
      } catch (e) {
        if (e instanceof NoScope || (e instanceof ApiError && e.problem.error === 'invalid_client')) {
          localStorage.removeItem(credentialKey);
        }
        throw e;
      }
    },

    /** A token good for the next call: renewed with the secret in memory (or remembered), or SessionExpired. */
    async freshToken() {
      const session = stored();
      if (session && session.expiresAt - Date.now() > MARGIN_MS) return session.token;
      const credential = remembered();
      const known = secret ?? (credential?.clientId === session?.clientId ? credential?.clientSecret : null);
      if (!session || !known) throw new SessionExpired();
      return save(session.clientId, session.scope, await clientToken(session.clientId, known, session.scope), session.label).token;
    },

    /** Keeps what the page shows of whose the client is with the session (and the remembered credential). */
    setLabel(label) {
      const session = stored();
      if (!session) return null;
      session.label = label;
      sessionStorage.setItem(storageKey, JSON.stringify(session));
      const credential = remembered();
      if (credential?.clientId === session.clientId) {
        localStorage.setItem(credentialKey, JSON.stringify({ ...credential, label }));
      }
      return session;
    },

    signOut() {
      secret = null;
      sessionStorage.removeItem(storageKey);
      localStorage.removeItem(credentialKey);
    },
  };
}
