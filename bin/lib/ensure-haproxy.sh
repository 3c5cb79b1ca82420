# Sourced by bin/cluster-test: the load balancer in front of the platform's instances, Debian's
# haproxy (or nginx with --balancer nginx). When it is missing and we are root, install it with
# apt-get; otherwise say what to do. Returns 1 when the balancer is still missing.
qrqg_ensure_balancer() {
  local name=$1 # haproxy or nginx: the Debian package and its command are named alike
  if command -v "$name" >/dev/null 2>&1 || [ -x "/usr/sbin/$name" ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "qrqg: installing Debian's $name for bin/cluster-test…" >&2
    if DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$name" >/dev/null; then
      # the package starts its own service on port 80 where there is an init system: not ours to run
      if command -v systemctl >/dev/null 2>&1; then systemctl disable --now "$name" >/dev/null 2>&1 || true; fi
      return 0
    fi
    echo "qrqg: apt-get could not install $name." >&2
    return 1
  fi
  echo "qrqg: bin/cluster-test needs $name: install it, e.g. 'sudo apt-get install $name'." >&2
  return 1
}
