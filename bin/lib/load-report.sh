# Sourced by bin/load: `bin/load --report`, issue 16's table measured on this machine in one go
# (docs/benchmarks.md, "Side by side with the peers"). The peers first: OpenSSL's P-256 verify
# and the codec's (JMH), then pgbench and COPY on a scratch database of the external PostgreSQL
# at 127.0.0.1:5432 when one answers; then the platform's four runs, each on a fresh platform.
# Bounded: every step has a duration or a timeout; about 10 minutes with the defaults (each platform run spends some 40 s starting and setting up).

qrqg_report_usage() {
  cat <<'EOF'
Usage: bin/load --report [options]
Prints issue 16's table: the platform beside peers on this machine (OpenSSL, pgbench, COPY), the
ratios and targets, and the platform's CPU per operation (JVM and PostgreSQL apart). Written to
qrqg-bench/target/load-report.md and .json; raw results in qrqg-bench/target/load-report/.
Run it on an otherwise idle machine (on a shared one, under the load lock).
  --warmup D          the platform's warmup, issuance and check-ins (default 20s)
  --scans-warmup D    the warmup of both scan runs; C2 still compiles after 15 s (default 60s)
  --duration D        each platform run's measured time (default 30s)
  --open-rate R       the open loop's scans per second (default 3000)
  --scans-concurrency N  the closed loop's scans in flight (default 240: a scan's time is mostly
                      the audit's group commit, so throughput grows with scans in flight up to
                      the admission bound of 256, past which scans are refused; docs/benchmarks.md)
  --peer-seconds N    each pgbench test (default 20)
  --openssl-seconds N openssl speed (default 10)
  --copy-rows N       rows COPY loads (default 1000000)
  --port P            the platform's port (default 18480; must be free)
  --quick             a smoke test, not a measurement: 5 s warmups and durations, 5 s peers,
                      200,000 rows (about 4 minutes)
EOF
}

qrqg_load_report() {
  local warmup=20s scans_warmup=60s duration=30s open_rate=3000 peer_seconds=20 openssl_seconds=10
  local copy_rows=1000000 port=18480 scans_concurrency=240
  while [ $# -gt 0 ]; do
    case $1 in
      --warmup) warmup=$2; shift 2 ;;
      --scans-warmup) scans_warmup=$2; shift 2 ;;
      --duration) duration=$2; shift 2 ;;
      --open-rate) open_rate=$2; shift 2 ;;
      --scans-concurrency) scans_concurrency=$2; shift 2 ;;
      --peer-seconds) peer_seconds=$2; shift 2 ;;
      --openssl-seconds) openssl_seconds=$2; shift 2 ;;
      --copy-rows) copy_rows=$2; shift 2 ;;
      --port) port=$2; shift 2 ;;
      --quick) warmup=5s scans_warmup=5s duration=5s peer_seconds=5 openssl_seconds=2 copy_rows=200000; shift ;;
      -h | --help) qrqg_report_usage; return 0 ;;
      *) echo "load: --report does not know $1" >&2; qrqg_report_usage >&2; return 2 ;;
    esac
  done
  if ! [[ $peer_seconds =~ ^[0-9]+$ && $openssl_seconds =~ ^[0-9]+$ && $copy_rows =~ ^[0-9]+$ && $port =~ ^[0-9]+$ ]] \
      || ((peer_seconds < 1 || peer_seconds > 600 || openssl_seconds < 1 || openssl_seconds > 60)) \
      || ((copy_rows < 1000 || copy_rows > 10000000)); then
    echo "load: --peer-seconds 1-600, --openssl-seconds 1-60, --copy-rows 1000-10000000 and --port are numbers" >&2
    return 2
  fi
  if qrqg_port_busy "$port"; then
    echo "load: port $port is busy; stop what listens there or pick another with --port" >&2
    return 1
  fi

  local dir=qrqg-bench/target/load-report
  rm -rf "$dir"
  mkdir -p "$dir"
  local peers=$dir/peers.properties
  : >"$peers"
  trap 'qrqg_platform_stop; qrqg_report_drop_scratch' EXIT
  trap 'exit 130' INT TERM

  echo "load: peers: openssl speed ecdsap256 for ${openssl_seconds} s…" >&2
  local verify
  verify=$(timeout $((openssl_seconds * 4 + 30)) openssl speed -seconds "$openssl_seconds" ecdsap256 2>/dev/null \
    | awk '/ecdsa \(nistp256\)/ { print $NF }' | tail -n 1 || true)
  if [ -n "$verify" ]; then
    echo "openssl.verifyPerSecond=$verify" >>"$peers"
    echo "openssl.version=$(openssl version)" >>"$peers"
  else
    echo "openssl.skipped=openssl speed gave no ecdsap256 result" >>"$peers"
  fi

  echo "load: peers: the codec's verify on one thread (JMH, bin/bench)…" >&2
  "$root/bin/bench" 'PersonalQrConscryptBenchmark.verifyOnly' -wi 3 -w 2s -i 3 -r 3s -rff "$dir/jmh.json" \
    >"$dir/jmh.log" 2>&1 || echo "load: JMH failed; see $dir/jmh.log" >&2

  qrqg_report_scratch_peers "$peers" "$peer_seconds" "$copy_rows" "$dir"

  local failed=0
  qrqg_fresh_run "$root" "$port" "$dir" load-issuance --scenario issuance --concurrency 32 \
    --warmup "$warmup" --duration "$duration" || failed=1
  qrqg_fresh_run "$root" "$port" "$dir" load-scans-closed --scenario scans --concurrency "$scans_concurrency" \
    --warmup "$scans_warmup" --duration "$duration" || failed=1
  qrqg_fresh_run "$root" "$port" "$dir" load-scans-open --scenario scans --rate "$open_rate" \
    --warmup "$scans_warmup" --duration "$duration" || failed=1
  qrqg_fresh_run "$root" "$port" "$dir" load-checkins --scenario checkins --concurrency 4 \
    --warmup "$warmup" --duration "$duration" || failed=1

  {
    echo "bin/load --report, $(date -u +%Y-%m-%dT%H:%MZ), $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')" \
      "on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'));" \
      "warmups $warmup (scans $scans_warmup), $duration measured, peers ${peer_seconds} s"
    echo
  } >"$dir/header.md"
  cat "$dir/header.md"
  "${qrqg_load_jvm[@]}" vn.qrqg.bench.load.summary.LoadSummary report --dir "$dir" \
    --out qrqg-bench/target/load-report.md || return 1
  # the header belongs to the file too
  cat "$dir/header.md" qrqg-bench/target/load-report.md >"$dir/report.tmp" && mv "$dir/report.tmp" qrqg-bench/target/load-report.md
  echo >&2
  echo "load: written to qrqg-bench/target/load-report.md and load-report.json; raw results in $dir" >&2
  return "$failed"
}

qrqg_report_db=
qrqg_report_drop_scratch() {
  if [ -n "$qrqg_report_db" ]; then
    dropdb -h 127.0.0.1 -p 5432 -U postgres --if-exists "$qrqg_report_db" 2>/dev/null || true
    qrqg_report_db=
  fi
}

# qrqg_report_scratch_peers PEERS SECONDS ROWS DIR: pgbench (-i -s 10, then simple-update and
# select-only, 16 clients, 2 threads) and COPY of ROWS check-in rows into checkins_event as its
# migration creates it (its indexes included), on a scratch database dropped afterwards.
qrqg_report_scratch_peers() {
  local peers=$1 seconds=$2 rows=$3 dir=$4
  local pg=(-h 127.0.0.1 -p 5432 -U postgres)
  if ! command -v pg_isready >/dev/null || ! pg_isready -q "${pg[@]}" -t 3; then
    echo "load: peers: no PostgreSQL answers at 127.0.0.1:5432: pgbench and COPY are skipped" >&2
    echo "pgbench.skipped=no PostgreSQL answers at 127.0.0.1:5432" >>"$peers"
    echo "copy.skipped=no PostgreSQL answers at 127.0.0.1:5432" >>"$peers"
    return 0
  fi
  qrqg_report_db=qrqg_report_$$
  if ! createdb "${pg[@]}" "$qrqg_report_db" 2>"$dir/peers.err"; then
    echo "pgbench.skipped=cannot create a scratch database: $(head -c 200 "$dir/peers.err" | tr '\n' ' ')" >>"$peers"
    echo "copy.skipped=no scratch database" >>"$peers"
    qrqg_report_db=
    return 0
  fi
  export PGOPTIONS="-c statement_timeout=600s"
  echo "load: peers: pgbench on scratch database $qrqg_report_db, ${seconds} s a test…" >&2
  local update= select=
  if pgbench "${pg[@]}" -i -s 10 -q "$qrqg_report_db" >"$dir/pgbench-init.log" 2>&1; then
    update=$(pgbench "${pg[@]}" -N -c 16 -j 2 -T "$seconds" "$qrqg_report_db" 2>&1 | tee "$dir/pgbench-N.log" \
      | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | tail -n 1 || true)
    select=$(pgbench "${pg[@]}" -S -M prepared -c 16 -j 2 -T "$seconds" "$qrqg_report_db" 2>&1 \
      | tee "$dir/pgbench-S.log" | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | tail -n 1 || true)
  fi
  if [ -n "$update" ] && [ -n "$select" ]; then
    printf 'pgbench.clients=16\npgbench.seconds=%s\npgbench.simpleUpdateTps=%s\npgbench.selectOnlyTps=%s\n' \
      "$seconds" "$update" "$select" >>"$peers"
    echo "pgbench.version=$(pgbench --version)" >>"$peers"
  else
    echo "pgbench.skipped=pgbench failed, see $dir/pgbench-*.log" >>"$peers"
  fi

  echo "load: peers: COPY of $rows check-in rows…" >&2
  local day csv=$dir/copy.csv start end indexes
  day=$(date -u +%Y-%m-%d)
  # the platform's own table and indexes, from its migration, and one partition for the day
  if psql "${pg[@]}" -q -v ON_ERROR_STOP=1 -d "$qrqg_report_db" \
      -f "$root/qrqg-server/src/main/resources/db/migration/V15__checkins_event.sql" \
      -c "create table checkins_event_copy_day partition of checkins_event for values from ('$day') to ('$day'::date + 1)" \
      >"$dir/copy.log" 2>&1; then
    # like a reader's batches: 1,000 events a reader, an entry and an exit each, 1,000 people (QIDs)
    awk -v rows="$rows" -v day="$day" 'BEGIN {
      for (i = 0; i < rows; i++) {
        s = int(i / 10); ms = (i % 10) * 100
        printf "VN7K3M9QXT\t%sT%02d:%02d:%02d.%03dZ\t%s\t%s\t16297938%010d\tREADER\tload-scanner\tload-%d\t%d\n",
          day, int(s / 3600) % 24, int(s / 60) % 60, s % 60, ms, day, (i % 2 ? "OUT" : "IN"),
          int(i / 2) % 1000 * 7919, int(i / 1000), i % 1000
      } }' >"$csv"
    start=$(date +%s%N)
    if psql "${pg[@]}" -q -v ON_ERROR_STOP=1 -d "$qrqg_report_db" -c "\\copy checkins_event (venue_code, occurred_at, occurred_day, direction, person, source, client_id, reader_id, sequence) from '$csv'" >>"$dir/copy.log" 2>&1; then
      end=$(date +%s%N)
      indexes=$(psql "${pg[@]}" -At -d "$qrqg_report_db" -c "select count(*) from pg_indexes where tablename = 'checkins_event'" || true)
      printf 'copy.rows=%s\ncopy.indexes=%s\ncopy.seconds=%s\ncopy.rowsPerSecond=%s\n' "$rows" "$indexes" \
        "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')" \
        "$(awk -v ns=$((end - start)) -v rows="$rows" 'BEGIN { printf "%.0f", rows / (ns / 1e9) }')" >>"$peers"
    else
      echo "copy.skipped=COPY failed, see $dir/copy.log" >>"$peers"
    fi
    rm -f "$csv"
  else
    echo "copy.skipped=cannot create checkins_event, see $dir/copy.log" >>"$peers"
  fi
  unset PGOPTIONS
  qrqg_report_drop_scratch
}
