// Calls to the platform's API. api(path, {method, body, token, headers}) answers the parsed
// JSON (or null for an empty answer); a failure throws ApiError carrying the RFC 9457 problem
// {type, title, status, detail, ...} so that pages show its detail and what to do next. A body
// is sent as JSON, or as it is when it is URLSearchParams or FormData (the browser sets the
// type). apiBlob(path, {token}) answers the bytes of an image or a file as a Blob.
import { currentLanguage } from '/assets/i18n.js';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
    this.type = problem.type || '';
  }

  /** The last part of the problem type, e.g. 'wrong-code' for https://qrqg.vn/problems/wrong-code. */
  get code() {
    return this.type.split('/').pop();
  }
}

function request(method, body, token, headers) {
  // answers (a card's reason, for one) come in the language the reader chose
  const made = { method, headers: { 'Accept-Language': currentLanguage(), ...headers } };
  if (token) made.headers.Authorization = `Bearer ${token}`;
  if (body instanceof URLSearchParams || body instanceof FormData) {
    made.body = body;
  } else if (body !== undefined) {
    made.headers['Content-Type'] = 'application/json';
    made.body = JSON.stringify(body);
  }
  return made;
}

async function send(path, made) {
  try {
    return await fetch(path, made);
  } catch (e) {
    throw new ApiError({ type: 'network', title: 'Network error', status: 0, detail: e.message });
  }
}

/** The problem of a failed answer, from its JSON body (or its text). */
async function failure(response) {
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { detail: text.slice(0, 200) }; }
  }
  return new ApiError({ status: response.status, title: response.statusText, ...(data || {}) });
}

export async function api(path, { method = 'GET', body, token, headers = {} } = {}) {
  const accept = { Accept: 'application/json, application/problem+json', ...headers };
  const response = await send(path, request(method, body, token, accept));
  if (!response.ok) throw await failure(response);
  const text = await response.text();
  if (!text) return null;
  try { return JSON.parse(text); } catch { return { detail: text.slice(0, 200) }; }
}

/** The answer's bytes (an image, a CSV file) as a Blob; a failure throws ApiError as api() does. */
export async function apiBlob(path, { token, headers = {} } = {}) {
  const response = await send(path, request('GET', undefined, token, headers));
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** An OAuth2 client-credentials token from /oauth2/token: {access_token, expires_in, scope}. */
export async function clientToken(clientId, clientSecret, scope) {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scope) body.set('scope', scope);
  const basic = btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
  try {
    return await api('/oauth2/token', { method: 'POST', body, headers: { Authorization: `Basic ${basic}` } });
  } catch (e) {
    // the token endpoint answers OAuth2 errors {error, error_description}, not problem details
    if (e instanceof ApiError && e.problem.error) {
      throw new ApiError({ ...e.problem, type: `oauth2/${e.problem.error}`,
        detail: e.problem.error_description || e.problem.error });
    }
    throw e;
  }
}
