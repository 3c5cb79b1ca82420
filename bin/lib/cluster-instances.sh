# Sourced by bin/cluster-test: the platform's instances, each a JVM of the one built jar on its
# own loopback port and data directory, all on the one database (cluster-db.sh). Needs
# find-jdk.sh, unprivileged.sh and platform-load.sh (qrqg_port_busy) sourced.

declare -a qrqg_instance_pids=() qrqg_instance_ports=()

# What every instance shares: the database, the key-encryption key (keys sealed by one are opened
# by the others), the operator's secret, and the knobs of a test run: no seeded registry, the
# scanners' per-credential quota lifted, a pool that fits N instances in max_connections.
qrqg_instances_env() {
  qrqg_instance_env=(QRQG_DB_URL="$(qrqg_db_jdbc_url)" QRQG_DB_USER="$qrqg_db_app" QRQG_DB_OWNER_USER="$qrqg_db_owner"
    QRQG_KEY_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | base64)" QRQG_DB_POOL_SIZE=16
    QRQG_SEED_SIZE=0 QRQG_HEALTH_SEED_SIZE=0 QRQG_SCAN_QUOTA_VENUE=100000000 QRQG_SCAN_QUOTA_OFFICIAL=100000000
    QRQG_TRUST_PROXY_HEADERS=native)
}

# qrqg_instance_start I JAR WORKDIR: starts instance I (1-based) in the background
qrqg_instance_start() {
  local i=$1 jar=$2 work=$3 port=${qrqg_instance_ports[$1]}
  mkdir -p "$work/i$i"
  env "${qrqg_instance_env[@]}" QRQG_INSTANCE_ID="i$i" "${qrqg_unprivileged[@]}" java -Xmx1g \
    --enable-native-access=ALL-UNNAMED -jar "$jar" --port "$port" --data-dir "$work/i$i" \
    >>"$work/i$i.log" 2>&1 &
  qrqg_instance_pids[$i]=$!
}

# qrqg_instance_wait I SECONDS: until instance I's /actuator/health says UP; 1 when it died or took too long
qrqg_instance_wait() {
  local i=$1 limit=$2 n
  for ((n = 0; n < limit; n++)); do
    if curl -fs --max-time 2 "http://127.0.0.1:${qrqg_instance_ports[$i]}/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    if ! kill -0 "${qrqg_instance_pids[$i]}" 2>/dev/null; then
      echo "cluster-test: instance i$i stopped while starting; the end of its log:" >&2
      tail -15 "$work_dir/i$i.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "cluster-test: instance i$i did not answer /actuator/health within $limit s" >&2
  return 1
}

# qrqg_instance_served I: requests instance I answered since it started, its health checks aside
# (its Prometheus metrics; empty when it does not answer)
qrqg_instance_served() {
  curl -fs --max-time 5 "http://127.0.0.1:${qrqg_instance_ports[$1]}/actuator/prometheus" 2>/dev/null \
    | awk '/^http_server_requests_seconds_count\{/ && !/uri="\/actuator/ { n += $NF } END { if (NR) printf "%d\n", n }'
}

# qrqg_instance_kill I: SIGKILL, as a crash or a lost machine would
qrqg_instance_kill() {
  kill -KILL "${qrqg_instance_pids[$1]}" 2>/dev/null || true
  wait "${qrqg_instance_pids[$1]}" 2>/dev/null || true
  qrqg_instance_pids[$1]=
}

# qrqg_instances_stop: TERM to each (graceful shutdown), at most 40 s each, then KILL
qrqg_instances_stop() {
  local i pid n
  for i in "${!qrqg_instance_pids[@]}"; do
    pid=${qrqg_instance_pids[$i]}
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  for i in "${!qrqg_instance_pids[@]}"; do
    pid=${qrqg_instance_pids[$i]}
    [ -n "$pid" ] || continue
    for ((n = 0; n < 40; n++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    qrqg_instance_pids[$i]=
  done
}
