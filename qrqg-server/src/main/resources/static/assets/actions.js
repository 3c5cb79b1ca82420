// One user action at a time, and its write once. While an action's request is in flight its
// button is disabled and carries aria-busy (portal.css draws a spinner beside its label), and a
// second tap or Enter does nothing. A write sent with sendOnce carries an Idempotency-Key
// (docs/api.md, "Retries and double taps"): the same while the same request is sent again after
// a failure, so the platform stores it once, and a new one for the next action.

const running = new WeakSet();
const keys = new Map();

/** Runs work (a function answering a promise) with button busy; nothing while it already is. */
export async function busyWhile(button, work) {
  if (!button) return work();
  if (running.has(button)) return undefined;
  running.add(button);
  const wasDisabled = button.disabled;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    running.delete(button);
    button.removeAttribute('aria-busy');
    button.disabled = wasDisabled;
  }
}

function track(element, button, result) {
  if (!result || typeof result.then !== 'function') return;
  running.add(element);
  busyWhile(button, () => result).catch(() => {}).finally(() => running.delete(element));
}

/**
 * handler(event) for each submission of form; while the promise it answers is pending, the
 * button that submitted it is busy and further submissions are ignored. The handler still calls
 * event.preventDefault() itself.
 */
export function onSubmit(form, handler) {
  form.addEventListener('submit', (event) => {
    if (running.has(form)) {
      event.preventDefault();
      return;
    }
    const button = event.submitter || form.querySelector('button[type="submit"], button:not([type])');
    track(form, button, handler(event));
  });
}

/** handler(event) for each click of button, which is busy while the promise it answers is pending. */
export function onClick(button, handler) {
  button.addEventListener('click', (event) => {
    if (running.has(button) || button.getAttribute('aria-busy') === 'true') return;
    track(button, button, handler(event));
  });
}

function fingerprint(body) {
  if (body instanceof FormData) {
    return JSON.stringify([...body.entries()].map(([name, value]) => [name,
      typeof value === 'string' ? value : [value.name, value.size, value.type, value.lastModified]]));
  }
  return JSON.stringify(body ?? null);
}

function newKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * send(headers) with an Idempotency-Key for action (a name, e.g. 'checkin:<qid>') and body: the
 * key of the last attempt when it failed with this very body (a retry), else a new one; forgotten
 * once the action succeeds.
 */
export async function sendOnce(action, body, send) {
  const print = fingerprint(body);
  let kept = keys.get(action);
  if (!kept || kept.print !== print) {
    kept = { print, key: newKey() };
    keys.set(action, kept);
  }
  const answer = await send({ 'Idempotency-Key': kept.key });
  if (keys.get(action) === kept) keys.delete(action);
  return answer;
}
