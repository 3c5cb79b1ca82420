# Sourced by bin/test and .ci/run: the portal's browser tests (*BrowserIT) drive Debian's
# Chromium through its chromedriver (/usr/bin/chromium, /usr/bin/chromedriver). When they are
# missing and we are root, install them with apt-get; otherwise say what to do.
qrqg_ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "qrqg: installing Debian's chromium and chromium-driver for the browser tests…" >&2
    if DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
             chromium chromium-driver >/dev/null; then
      return 0
    fi
    echo "qrqg: apt-get could not install chromium and chromium-driver; the browser tests (*BrowserIT) will fail." >&2
    return 1
  fi
  echo "qrqg: the browser tests (*BrowserIT) need /usr/bin/chromium and /usr/bin/chromedriver: install them, e.g. 'sudo apt-get install chromium chromium-driver'." >&2
  return 1
}
# a message, not an exit: the other tests still run, and the browser tests say what is missing
qrqg_ensure_chromium || true
