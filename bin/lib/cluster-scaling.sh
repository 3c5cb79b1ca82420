# Sourced by bin/cluster-scaling: a cluster of N instances up and down, one measured bin/load run
# through its balancer, the table, and the drain job (SIGTERM beside SIGKILL). Uses the script's
# variables (work_dir, server_jar, load_jvm, balancer_port, own_database, duration) and the
# functions of cluster-db.sh, cluster-instances.sh, cluster-balancer.sh, cluster-checks.sh and
# cluster-report.sh.

qrqg_scaling_n=0
qrqg_scaling_postgres_pid=

# qrqg_scaling_up N: a fresh database, N instances (the first alone: it runs the migrations), HAProxy
qrqg_scaling_up() {
  local n=$1 i ports=()
  qrqg_scaling_n=$n
  rm -rf "$work_dir"/i[0-9]
  qrqg_db_start "$work_dir" "$own_database" || return 1
  qrqg_instances_env
  # 3 × (24 + 1 listening) stay under the default max_connections of 100 with psql beside them
  qrqg_instance_env+=(QRQG_DB_POOL_SIZE=24)
  QRQG_BOOTSTRAP_ADMIN_SECRET=scaling-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  export QRQG_BOOTSTRAP_ADMIN_SECRET
  qrqg_instance_start 1 "$server_jar" "$work_dir"
  qrqg_instance_wait 1 240 || return 1
  for ((i = 2; i <= n; i++)); do qrqg_instance_start "$i" "$server_jar" "$work_dir"; done
  for ((i = 2; i <= n; i++)); do qrqg_instance_wait "$i" 240 || return 1; done
  for ((i = 1; i <= n; i++)); do ports+=("${qrqg_instance_ports[$i]}"); done
  rm -rf "$work_dir/balancer.cfg"
  qrqg_balancer_start haproxy "$balancer_port" "$work_dir" "${ports[@]}" || return 1
  qrqg_scaling_postgres_pid=$(qrqg_db_postmaster_pid)
  [ -n "$qrqg_scaling_postgres_pid" ] || echo "cluster-scaling: PostgreSQL's postmaster.pid unreadable: its CPU is not measured" >&2
  echo "cluster-scaling: $n instance(s) up behind HAProxy (pids ${qrqg_instance_pids[*]}), PostgreSQL pid ${qrqg_scaling_postgres_pid:-?}" >&2
}

qrqg_scaling_down() {
  qrqg_balancer_stop
  qrqg_instances_stop
  qrqg_db_stop
  qrqg_instance_pids=()
}

# qrqg_scaling_watch: the generator's options naming what it measures (all instances' JVMs summed)
qrqg_scaling_watch() {
  local pids
  pids=$(printf '%s\n' "${qrqg_instance_pids[@]}" | grep . | paste -sd,)
  printf '%s\n' --platform-pid "$pids" --balancer-pid "$qrqg_balancer_pid"
  [ -z "$qrqg_scaling_postgres_pid" ] || printf '%s\n' --postgres-pid "$qrqg_scaling_postgres_pid"
}

# qrqg_scaling_run N ROUND NAME ARGS...: one generator run through the balancer; a line of the TSV
qrqg_scaling_run() {
  local n=$1 round=$2 name=$3 file watch
  shift 3
  file=$work_dir/n$n-r$round-$name
  mapfile -t watch < <(qrqg_scaling_watch)
  echo "cluster-scaling: $n instance(s), round $round: $name…" >&2
  qrqg_wal_sampler "$file.wal" &
  local sampler=$!
  "${load_jvm[@]}" vn.qrqg.bench.load.LoadGenerator --url "http://127.0.0.1:$balancer_port" --json "$file.json" \
    "${watch[@]}" "$@" >"$file.out" 2>"$file.err" &
  load_pid=$!
  wait "$load_pid" || true
  load_pid=
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  qrqg_wal_sample >>"$file.wal" # the generator stopped just after its window: one sample beyond it
  if [ ! -s "$file.json" ]; then
    echo "cluster-scaling: $name wrote no result; the end of its output:" >&2
    tail -n 5 "$file.err" >&2
    return 0
  fi
  local fields
  fields=$(qrqg_scaling_fields "$file.json")
  printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$round" "$name" "$fields" \
    "$(qrqg_wal_per_operation "$file.json" "$file.wal" "$(cut -f5 <<<"$fields")")" >>"$work_dir/scaling.tsv"
  echo "cluster-scaling:   $(tail -n 1 "$work_dir/scaling.tsv" | qrqg_scaling_line)" >&2
}

# qrqg_scaling_fields JSON: operations/s, p50 ms, p99 ms, errors, operations, JVM, PostgreSQL and
# balancer CPU seconds, machine busy, generator µs/request, tab-separated. An operation is a scan, or
# a check-in event (a batch is 1,000); its latency row is "all answers" or "batch"
qrqg_scaling_fields() {
  local flat kind row per ops num
  flat=$(tr -d '\n' <"$1" | tr -s ' ')
  num() { grep -o "\"$1\" *: *[-0-9.eE+]*" | head -n 1 | sed 's/.*: *//'; }
  case $flat in *'"scenario" : "checkins"'*) kind=batch per=1000 ;; *) kind='all answers' per=1 ;; esac
  row=$(printf '%s' "$flat" | grep -o "\"kind\" *: *\"$kind\"[^}]*" || true)
  ops=$(( $(printf '%s' "$row" | num count || echo 0) * per ))
  local measured cpu
  measured=$(printf '%s' "$flat" | num measuredSeconds)
  cpu=$(printf '%s' "$flat" | grep -o '"platformCpuSeconds" *: *{[^}]*}' || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$(awk -v o="$ops" -v s="$measured" 'BEGIN { printf "%.0f", (s > 0) ? o / s : 0 }')" \
    "$(printf '%s' "$row" | num p50Ms)" "$(printf '%s' "$row" | num p99Ms)" \
    "$(qrqg_json_errors "$1" | awk -F'\t' '{ n += $2 } END { print n + 0 }')" "$ops" \
    "$(printf '%s' "$cpu" | num jvm)" "$(printf '%s' "$cpu" | num postgres)" "$(printf '%s' "$cpu" | num balancer)" \
    "$(printf '%s' "$flat" | num machineBusy)" "$(printf '%s' "$flat" | num generatorCpuMicrosPerRequest)"
}

# qrqg_wal_sampler FILE: "epoch-ms WAL-position-in-bytes" a line, every second, until killed (at most
# 15 minutes): the WAL PostgreSQL wrote, for the bytes per operation over a run's measured window
qrqg_wal_sampler() {
  local n
  for ((n = 0; n < 900; n++)); do
    qrqg_wal_sample >>"$1"
    sleep 1
  done
}
qrqg_wal_sample() { printf '%s %s\n' "$(date +%s%3N)" "$(qrqg_db_psql postgres -c "select pg_current_wal_lsn() - '0/0'" 2>/dev/null || echo -)"; }

# qrqg_wal_per_operation JSON SAMPLES OPERATIONS: WAL bytes per operation over the measured window
# (from the generator's start, warmup and CPU window), the samples interpolated (extrapolated by at
# most 2 s at the ends); empty without them
qrqg_wal_per_operation() {
  local flat start warm window
  flat=$(tr -d '\n' <"$1" | tr -s ' ')
  start=$(date -d "$(printf '%s' "$flat" | grep -o '"startedAt" *: *"[^"]*"' | sed 's/.*: *"//; s/"$//')" +%s%3N 2>/dev/null) || return 0
  warm=$(printf '%s' "$flat" | grep -o '"warmupSeconds" *: *[0-9.]*' | sed 's/.*: *//')
  window=$(printf '%s' "$flat" | grep -o '"cpuWindowSeconds" *: *[0-9.]*' | sed 's/.*: *//')
  [ -s "$2" ] && [ "${3:-0}" -gt 0 ] || return 0
  awk -v from="$(awk -v s="$start" -v w="$warm" 'BEGIN { printf "%.0f", s + w * 1000 }')" \
      -v to="$(awk -v s="$start" -v w="$warm" -v d="$window" 'BEGIN { printf "%.0f", s + (w + d) * 1000 }')" -v ops="$3" '
    function at(t,   i) { for (i = 2; i < n && ts[i] < t; i++); return lsn[i - 1] + (lsn[i] - lsn[i - 1]) * (t - ts[i - 1]) / (ts[i] - ts[i - 1]) }
    $2 != "-" { ts[++n] = $1; lsn[n] = $2 }
    END { if (n < 2 || ts[1] > from + 2000 || ts[n] < to - 2000) exit; a = at(from); b = at(to); if (a != "" && b != "") printf "%.0f", (b - a) / ops }' "$2"
}

# a TSV line for people: CPU seconds per 1,000 operations, JVMs, PostgreSQL, balancer
qrqg_scaling_line() {
  awk -F'\t' '{ k = $8 > 0 ? 1000 / $8 : 0
    printf "%s instance(s) r%s %-15s %7s op/s  p50 %6.1f ms  p99 %7.1f ms  errors %s  CPU s/1000 op: JVM %.3f PG %.3f HAProxy %.3f  busy %.0f %%  WAL %s B/op\n",
      $1, $2, $3, $4, $5, $6, $7, $9 * k, $10 * k, $11 * k, $12 * 100, $14 == "" ? "?" : $14 }'
}

# qrqg_scaling_summary TSV: every run, then each point's rounds summarised (median, range)
qrqg_scaling_summary() {
  echo "bin/cluster-scaling, $(date -u -d "@$started" +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?')," \
    "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), HAProxy, one PostgreSQL" \
    "($([ -n "$qrqg_db_own_dir" ] || [ "$own_database" = 1 ] && echo 'own cluster' || echo '127.0.0.1:5432'));" \
    "warmup ${warmup} s, ${duration} s measured"
  echo
  qrqg_scaling_line <"$1"
  echo
  echo "| instances | load | rounds | op/s (median, range) | p50 ms | p99 ms | JVMs CPU s / 1,000 op | PostgreSQL | HAProxy | machine busy | WAL bytes / op |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  # by count and load, each point's rates in ascending order: the median is the middle one
  sort -t$'\t' -k1,1n -k3,3 -k4,4n "$1" | awk -F'\t' '
    function flush() { if (!key) return
      m = n % 2 ? rate[(n + 1) / 2] : (rate[n / 2] + rate[n / 2 + 1]) / 2
      printf "| %s | %s | %d | %.0f (%.0f–%.0f) | %.1f | %.1f | %.3f | %.3f | %.3f | %.0f %% | %s |\n", inst, load, n, m, rate[1], rate[n],
        p50 / n, p99 / n, jvm * 1000 / ops, pg * 1000 / ops, bal * 1000 / ops, busy * 100 / n, waln ? sprintf("%.0f", wal / waln) : "—"
      delete rate; n = p50 = p99 = jvm = pg = bal = ops = busy = wal = waln = 0 }
    { if ($1 "\t" $3 != key) { flush(); key = $1 "\t" $3; inst = $1; load = $3 }
      rate[++n] = $4; p50 += $5; p99 += $6; ops += $8; jvm += $9; pg += $10; bal += $11; busy += $12; if ($14 != "") { wal += $14; waln++ } }
    END { flush() }'
}

# qrqg_drain_job N: N instances under an open load of scans and check-ins; the last instance sent
# SIGTERM at a third of the load and started again once it stopped; then the same load with SIGKILL.
# Each time: how long it took to stop, when HAProxy took it out, what the generators saw, and the
# checks of bin/cluster-test for acknowledged check-ins and audited scans
qrqg_drain_job() {
  local n=$1 signal seed load_seconds=60 at=20 scans_rate=1000 batches_rate=4 victim
  victim=$n
  ((n >= 2)) || { echo "cluster-scaling: --drain needs 2 or 3 instances" >&2; return 2; }
  qrqg_scaling_up "$n" || return 1
  qrqg_checks=$work_dir/drain-checks.tsv
  : >"$qrqg_checks"
  : >"$work_dir/drain.txt"
  seed=$(date +%s%3N)
  for signal in TERM KILL; do
    seed=$((seed + 10))
    qrqg_drain_round "$signal" "$seed" || return 1
  done
  echo
  cat "$work_dir/drain.txt"
  echo
  awk -F'\t' '{ printf "%-9s %s  %s\n", $1, $2, $3 }' "$qrqg_checks"
  ! grep -q $'\tFAIL\t' "$qrqg_checks"
}

qrqg_drain_round() {
  local signal=$1 seed=$2 dir=$work_dir/drain-$1 pids=() name ready n t0 t_gone= t_down= stopped pid log_lines
  mkdir -p "$dir"
  rm -f "$dir/go"
  local watch
  mapfile -t watch < <(qrqg_scaling_watch)
  for name in scans checkins; do
    local rate=$scans_rate
    [ "$name" = checkins ] && rate=$batches_rate
    "${load_jvm[@]}" vn.qrqg.bench.load.LoadGenerator --url "http://127.0.0.1:$balancer_port" --scenario "$name" \
      --rate "$rate" --warmup 0s --duration "${load_seconds}s" --people 500 --seed $((seed + ${#pids[@]})) \
      --json "$dir/$name.json" --acknowledged "$dir/$name.acks" --start-when "$dir/go" \
      >"$dir/$name.out" 2>"$dir/$name.err" &
    pids+=($!)
  done
  for ((n = 0; n < 300; n++)); do
    ready=0
    for name in scans checkins; do grep -q '^load: set up;' "$dir/$name.err" 2>/dev/null && ready=$((ready + 1)); done
    ((ready == 2)) && break
    sleep 1
  done
  ((ready == 2)) || { echo "cluster-scaling: the generators did not set up within 5 minutes" >&2; return 1; }
  log_lines=$(wc -l <"$work_dir/balancer.log")
  touch "$dir/go"
  sleep "$at"
  pid=${qrqg_instance_pids[$victim]}
  echo "cluster-scaling: SIG$signal to i$victim (pid $pid) at +$at s of ${load_seconds} s of load" >&2
  t0=$(date +%s%3N)
  kill "-$signal" "$pid"
  # until the process is gone (at most 60 s) and HAProxy has logged it DOWN, every 50 ms
  for ((n = 0; n < 1200; n++)); do
    [ -n "$t_gone" ] || kill -0 "$pid" 2>/dev/null || t_gone=$(date +%s%3N)
    [ -n "$t_down" ] || ! tail -n +$((log_lines + 1)) "$work_dir/balancer.log" | grep -q "i$victim is DOWN" \
      || t_down=$(date +%s%3N)
    [ -n "$t_gone" ] && [ -n "$t_down" ] && break
    sleep 0.05
  done
  wait "$pid" 2>/dev/null || true
  stopped=$(grep -c 'Graceful shutdown complete' "$work_dir/i$victim.log" || true)
  qrqg_instance_pids[$victim]=
  qrqg_instance_start "$victim" "$server_jar" "$work_dir"
  qrqg_instance_wait "$victim" 240 || return 1
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  {
    echo "SIG$signal to i$victim at +$at s of an open load of $scans_rate scans/s and $batches_rate check-in batches/s (1,000 events) through HAProxy:"
    echo "  stopped after $([ -n "$t_gone" ] && echo "$((t_gone - t0)) ms" || echo 'over 60 s');" \
      "HAProxy logged it DOWN after $([ -n "$t_down" ] && echo "$((t_down - t0)) ms" || echo '(not logged)'):" \
      "$(tail -n +$((log_lines + 1)) "$work_dir/balancer.log" | grep -m1 "i$victim is DOWN" | sed 's/.*is DOWN, //' || true)"
    echo "  'Graceful shutdown complete' lines in i$victim's log so far: $stopped"
    for name in scans checkins; do echo "  $name: $(qrqg_load_line "$dir/$name.json")"; done
  } | tee -a "$work_dir/drain.txt" >&2
  qrqg_check_checkins "$dir/checkins.acks" $((seed + 1)) "$dir"
  qrqg_check_scans "$dir/scans.acks" "$dir/scans.json" "$dir"
  sed -i "s/^\(checkins\|scans\)\t/\1-SIG$signal\t/" "$qrqg_checks"
}
