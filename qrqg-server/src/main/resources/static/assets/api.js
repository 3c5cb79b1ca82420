// Calls to the platform's API. api(path, {method, body, token, headers}) answers the parsed
// JSON (or null for an empty answer); a failure throws ApiError carrying the RFC 9457 problem
// {type, title, status, detail, ...} so that pages show its detail and what to do next.
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

export async function api(path, { method = 'GET', body, token, headers = {} } = {}) {
  const request = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (token) request.headers.Authorization = `Bearer ${token}`;
  if (body instanceof URLSearchParams) {
    request.body = body;
  } else if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch (e) {
    throw new ApiError({ type: 'network', title: 'Network error', status: 0, detail: e.message });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { detail: text.slice(0, 200) }; }
  }
  if (!response.ok) {
    throw new ApiError({ status: response.status, title: response.statusText, ...(data || {}) });
  }
  return data;
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
