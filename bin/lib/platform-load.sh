# Sourced by bin/load for --report and --guard (docs/benchmarks.md): start a fresh platform, load
# it with the generator while the generator measures the platform's JVM and PostgreSQL CPU, stop
# it, remove its data. One place for both, so that the report and the guard measure alike.
# Needs find-jdk.sh sourced and qrqg_load_jvm set (bin/load: the generator's java command).

qrqg_platform_pid=
qrqg_postgres_pid=
qrqg_platform_data=
qrqg_platform_url=

# Every knob the measurement depends on: no seeded registry to wait for, and the scanners'
# per-credential quota lifted (a run scans thousands of people with one credential).
qrqg_platform_env=(QRQG_SEED_SIZE=0 QRQG_HEALTH_SEED_SIZE=0 QRQG_SCAN_QUOTA_VENUE=100000000
  QRQG_SCAN_QUOTA_OFFICIAL=100000000)

qrqg_port_busy() { # true when something on this machine answers on TCP port $1
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# qrqg_platform_start ROOT PORT LOG: starts ROOT's `bin/qrqg serve` on a fresh data directory with
# a new operator secret (exported as QRQG_BOOTSTRAP_ADMIN_SECRET, which the generator reads) and
# waits, at most 5 minutes (a first start builds), for /actuator/health to say UP.
qrqg_platform_start() {
  local root=$1 port=$2 log=$3 i
  if qrqg_port_busy "$port"; then
    echo "load: port $port is busy; stop what listens there or pick another with --port" >&2
    return 1
  fi
  qrqg_platform_data=$(mktemp -d -t qrqg-load.XXXXXX)
  QRQG_BOOTSTRAP_ADMIN_SECRET=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  export QRQG_BOOTSTRAP_ADMIN_SECRET
  qrqg_platform_url=http://127.0.0.1:$port
  # bin/qrqg execs (unshare, then) java: the process started here is the platform's JVM itself
  env "${qrqg_platform_env[@]}" "$root/bin/qrqg" serve --port "$port" --data-dir "$qrqg_platform_data" \
    >"$log" 2>&1 &
  qrqg_platform_pid=$!
  for ((i = 0; i < 300; i++)); do
    if curl -fs --max-time 2 "$qrqg_platform_url/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      break
    fi
    if ! kill -0 "$qrqg_platform_pid" 2>/dev/null; then
      echo "load: the platform did not start; the end of its log ($log):" >&2
      tail -20 "$log" >&2
      qrqg_platform_pid=
      qrqg_platform_stop
      return 1
    fi
    sleep 1
  done
  if ((i == 300)); then
    echo "load: the platform did not answer /actuator/health within 5 minutes; see $log" >&2
    qrqg_platform_stop
    return 1
  fi
  # the embedded PostgreSQL's postmaster (-D <data-dir>/postgres); none with an external database
  qrqg_postgres_pid=$(head -n 1 "$qrqg_platform_data/postgres/postmaster.pid" 2>/dev/null || true)
  if [ -z "$qrqg_postgres_pid" ]; then
    echo "load: no embedded PostgreSQL in $qrqg_platform_data/postgres: its CPU is not measured" >&2
  fi
}

# qrqg_platform_stop: TERM to the platform, at most 60 s to stop (then KILL), the same for its
# PostgreSQL should it outlive the JVM, then the data directory goes. Safe to call twice.
qrqg_platform_stop() {
  local pid i
  for pid in "$qrqg_platform_pid" "$qrqg_postgres_pid"; do
    [ -n "$pid" ] || continue
    kill -TERM "$pid" 2>/dev/null || continue
    for ((i = 0; i < 60; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "load: process $pid did not stop within 60 s of TERM: KILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    if [ "$pid" = "$qrqg_platform_pid" ]; then wait "$pid" 2>/dev/null || true; fi
  done
  if [ -n "$qrqg_platform_data" ]; then rm -rf "$qrqg_platform_data"; fi
  qrqg_platform_pid=
  qrqg_postgres_pid=
  qrqg_platform_data=
}

# qrqg_platform_load JSON ARGS...: the generator against the running platform, its result in JSON,
# with the platform's processes to measure. Returns the generator's exit code (1: some errors).
qrqg_platform_load() {
  local json=$1
  shift
  local watch=(--platform-pid "$qrqg_platform_pid")
  if [ -n "$qrqg_postgres_pid" ]; then watch+=(--postgres-pid "$qrqg_postgres_pid"); fi
  "${qrqg_load_jvm[@]}" vn.qrqg.bench.load.LoadGenerator --url "$qrqg_platform_url" --json "$json" \
    "${watch[@]}" "$@"
}

# qrqg_fresh_run ROOT PORT LOGDIR NAME ARGS...: a fresh platform of ROOT, one generator run whose
# JSON is LOGDIR/NAME.json, the platform stopped and removed. Returns 0 when the JSON was
# written (errors in it are the summary's to judge), 1 otherwise.
qrqg_fresh_run() {
  local root=$1 port=$2 dir=$3 name=$4
  shift 4
  rm -f "$dir/$name.json"
  echo "load: $name: starting a fresh platform ($root)…" >&2
  qrqg_platform_start "$root" "$port" "$dir/$name.server.log" || return 1
  qrqg_platform_load "$dir/$name.json" "$@" >"$dir/$name.out" 2>"$dir/$name.err" || true
  qrqg_platform_stop
  if [ ! -s "$dir/$name.json" ]; then
    echo "load: $name: the generator wrote no result; its output:" >&2
    tail -20 "$dir/$name.err" >&2
    return 1
  fi
  grep -E '^(all answers|code new|batch) ' "$dir/$name.out" | sed "s/^/load: $name: /" >&2 || true
}
