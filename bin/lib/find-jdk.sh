# Sourced by the project's scripts: sets JAVA_HOME to a JDK >= 21 and puts it first on PATH.
# Order: JAVA_HOME, then the java on PATH, then the JDKs under /usr/lib/jvm (newest first).
# The code targets Java 21 while this kind of machine defaults to Java 17, hence the search.

qrqg_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

qrqg_is_jdk21() { # true when directory $1 holds a JDK (java and javac) of version 21 or newer
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(qrqg_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

qrqg_find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && qrqg_is_jdk21 "$JAVA_HOME"; then
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if qrqg_is_jdk21 "$candidate"; then JAVA_HOME=$candidate; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    candidate=${candidate%/}
    if qrqg_is_jdk21 "$candidate"; then JAVA_HOME=$candidate; return 0; fi
  done
  return 1
}

if qrqg_find_jdk; then
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "qrqg: no JDK 21 or newer found (looked at JAVA_HOME, the java on PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk-headless', or set JAVA_HOME to it." >&2
  exit 1
fi
