// Third-party files under /vendor/ (pinned on npm and copied there by the Maven build, see
// docs/portal.md), loaded by the page that needs them on first use: a classic script that sets
// a global, or a stylesheet. Same origin, so the Content-Security-Policy allows them.
const loading = new Map();

function load(file, create, value) {
  if (!loading.has(file)) {
    loading.set(file, new Promise((resolve, reject) => {
      const el = create(`/vendor/${file}`);
      el.onload = () => resolve(value());
      el.onerror = () => {
        loading.delete(file); // the next call tries again
        reject(new Error(`${file} did not load`));
      };
      document.head.append(el);
    }));
  }
  return loading.get(file);
}

/** Loads /vendor/{file} once; resolves to window[globalName]. */
export function loadScript(file, globalName) {
  if (window[globalName]) return Promise.resolve(window[globalName]);
  return load(file, (src) => Object.assign(document.createElement('script'), { src }), () => window[globalName]);
}

/** Adds the stylesheet /vendor/{file} once; resolves when it applies. */
export function loadStylesheet(file) {
  return load(file, (href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }), () => undefined);
}
