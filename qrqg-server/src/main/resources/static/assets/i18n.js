// Translations: every visible string comes from static/assets/i18n/<page>.json and common.json,
// each {"vi": {...}, "en": {...}}. Elements carry data-i18n="key" (their text) and
// data-i18n-attr="placeholder:key;aria-label:key". The language is kept in localStorage
// 'qrqg.lang' (default 'vi'); <html lang> follows it.
const STORAGE_KEY = 'qrqg.lang';
const LANGUAGES = ['vi', 'en'];
const dictionaries = { vi: {}, en: {} };
const listeners = [];

export function currentLanguage() {
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch { /* storage off: the default */ }
  return LANGUAGES.includes(stored) ? stored : 'vi';
}

/** The text of key in the current language; {name} placeholders are filled from params. */
export function t(key, params = {}) {
  const lang = currentLanguage();
  const text = dictionaries[lang][key] ?? dictionaries.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Fills every data-i18n / data-i18n-attr element under root, and <html lang>. */
export function applyTranslations(root = document) {
  document.documentElement.lang = currentLanguage();
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').filter(Boolean).forEach((pair) => {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      el.setAttribute(attr, t(key));
    });
  });
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = title.textContent;
  document.querySelectorAll('[data-lang-choice]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.langChoice === currentLanguage()));
  });
}

/** Switches the language, re-translates the page and tells those that draw text themselves. */
export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) return;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* kept for this page only */ }
  applyTranslations();
  listeners.forEach((listener) => listener(lang));
}

/** Calls listener(lang) after every language switch (for text a page renders from data). */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** Loads common.json and the page's own dictionaries (names of files under /assets/i18n/). */
export async function loadTranslations(...pages) {
  for (const page of ['common', ...pages]) {
    const response = await fetch(`/assets/i18n/${page}.json`);
    if (!response.ok) throw new Error(`translations ${page}: HTTP ${response.status}`);
    const dictionary = await response.json();
    for (const lang of LANGUAGES) Object.assign(dictionaries[lang], dictionary[lang] || {});
  }
}
