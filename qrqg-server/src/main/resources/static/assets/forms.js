// Form helpers: the values of a form, and the API's field errors shown beside their inputs
// (problem details {errors: [{field, message}]}), announced and linked with aria-describedby.
import { onLanguageChange, t } from '/assets/i18n.js';

// The platform wrote each field's message in the language of the call: after a switch, the old
// words would stand among new ones, so they go, and the next attempt answers in the new language.
onLanguageChange(() => document.querySelectorAll('form').forEach(clearFieldErrors));

/** The form's named inputs as an object of trimmed strings (passwords untouched). */
export function formValues(form) {
  const values = {};
  for (const input of form.querySelectorAll('input[name], select[name], textarea[name]')) {
    if (input.type === 'radio' && !input.checked) continue;
    values[input.name] = input.type === 'password' ? input.value : input.value.trim();
  }
  return values;
}

/** Removes the field errors shown in form. */
export function clearFieldErrors(form) {
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.endsWith('-error'));
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
    else input.removeAttribute('aria-describedby');
  });
}

/**
 * Shows each {field, message} of the problem beside the input of that name; focuses the first.
 * Answers whether any was shown.
 */
export function showFieldErrors(form, problem) {
  clearFieldErrors(form);
  let first = null;
  for (const { field, message } of problem?.errors || []) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) continue;
    const error = document.createElement('p');
    error.className = 'field-error';
    error.id = `${input.id}-error`;
    const label = form.querySelector(`label[for="${input.id}"]`)?.textContent || field;
    error.textContent = t('common.fieldError', { field: label, message });
    input.after(error);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${error.id}`.trim());
    first ??= input;
  }
  first?.focus();
  return first !== null;
}

/** Sets el's text to message (or hides it when empty), with the notice's tone: 'error' or 'ok'. */
export function notify(el, message, tone = 'error') {
  el.textContent = message || '';
  el.className = `notice ${tone}`;
  el.hidden = !message;
}
