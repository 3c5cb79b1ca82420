// What every page does first: load its translations, fill the page, wire the shared header's
// language switch (buttons with data-lang-choice="vi|en").
import { applyTranslations, loadTranslations, setLanguage } from '/assets/i18n.js';

export async function startPage(...pages) {
  await loadTranslations(...pages);
  applyTranslations();
  document.querySelectorAll('[data-lang-choice]').forEach((button) => {
    button.addEventListener('click', () => setLanguage(button.dataset.langChoice));
  });
  document.body.dataset.ready = 'true';
}

/** Shows el (removes hidden) or hides it. */
export function show(el, visible = true) {
  el.hidden = !visible;
}

/** Puts focus on el so that keyboard and screen-reader users land on what just changed. */
export function focusOn(el) {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
}

/** Today's date in Vietnam, YYYY-MM-DD (the default of the pages' date pickers). */
export function todayInVietnam() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
