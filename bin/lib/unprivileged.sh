# Sourced by the project's scripts. PostgreSQL refuses to run as root, and on this kind of
# machine everything (CI included) runs as root. So when run as root, the platform and its
# integration tests run in a new user namespace (unshare -U): there they are 'nobody', which
# PostgreSQL accepts, while the kernel still lets them use root's own files. Only those: the
# JVM attach API (which the fuzz tests' agent needs) does not work across the namespace.
# Usage: "${qrqg_unprivileged[@]}" command args...
qrqg_unprivileged=()
if [ "$(id -u)" = 0 ]; then
  if unshare -U true 2>/dev/null; then
    qrqg_unprivileged=(unshare -U)
    # there Java would read the home directory of 'nobody' from the password file; keep root's
    export MAVEN_OPTS="-Duser.home=$HOME ${MAVEN_OPTS:-}"
  else
    echo "qrqg: running as root without user namespaces (unshare -U); the embedded PostgreSQL will refuse to start. Run as an ordinary user, or set QRQG_DB_URL to an external PostgreSQL." >&2
  fi
fi
