#!/usr/bin/env bash
# Shell-level checks of what bin/qrqg itself decides about `serve` (run by bin/test after the
# build): its help comes from the CLI and starts nothing, an unknown option is refused, and a busy
# port stops the start before the operator's secret is printed. The Java side is tested in
# qrqg-cli (HelpAndServeTest) and qrqg-server (ServeArgumentsTest, PortCheckTest).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
qrqg="$root/bin/qrqg"
failed=0
fail() { echo "serve-checks: $*" >&2; failed=1; }

out=$("$qrqg" --help) || fail "bin/qrqg --help exited $?"
grep -q '^  serve ' <<<"$out" || fail "bin/qrqg --help does not list serve"

out=$(timeout 60 "$qrqg" serve --help) || fail "bin/qrqg serve --help exited $?"
grep -q '^Usage: qrqg serve' <<<"$out" || fail "bin/qrqg serve --help printed no usage"
grep -q -- '--port=N' <<<"$out" || fail "bin/qrqg serve --help does not explain --port"

set +e
out=$(timeout 60 "$qrqg" serve --prot 18080 2>&1); code=$?
set -e
[ "$code" = 2 ] || fail "bin/qrqg serve --prot exited $code, not 2"
grep -q 'unknown option --prot' <<<"$out" || fail "bin/qrqg serve --prot did not name the option: $out"

if command -v python3 >/dev/null 2>&1; then
  data=$(mktemp -d)
  chmod 777 "$data" # the platform may run as nobody (bin/lib/unprivileged.sh)
  port_file="$data/port"
  python3 -c 'import socket,sys,time
s=socket.socket(); s.bind(("0.0.0.0",0)); s.listen()
open(sys.argv[1],"w").write(str(s.getsockname()[1])); time.sleep(120)' "$port_file" &
  holder=$!
  for _ in $(seq 1 50); do [ -s "$port_file" ] && break; sleep 0.1; done
  port=$(cat "$port_file")
  set +e
  out=$(timeout 120 "$qrqg" serve --port "$port" --data-dir "$data/data" 2>&1); code=$?
  set -e
  kill "$holder" 2>/dev/null || true
  [ "$code" != 0 ] || fail "bin/qrqg serve on busy port $port exited 0"
  grep -q "Port $port is busy" <<<"$out" || fail "bin/qrqg serve on busy port $port did not say so: $out"
  if grep -q 'client_secret' <<<"$out"; then fail "bin/qrqg serve printed a secret before finding port $port busy"; fi
  rm -rf "$data"
else
  echo "serve-checks: no python3 to hold a port; the busy-port check is skipped" >&2
fi

[ "$failed" = 0 ] && echo "serve-checks: bin/qrqg serve --help, an unknown option and a busy port behave"
exit "$failed"
