# Sourced by bin/cluster-test: the one PostgreSQL every instance shares. The one at
# 127.0.0.1:5432 when it answers (trust auth, as on the project's machines and CI), with a fresh
# database qrqg_cluster and the two roles docs/operations.md asks for; otherwise a cluster of our
# own in the run's directory, made with Debian's initdb (the same binaries as the server on CI, a
# server of its own so that no instance's death takes the database with it; apt-get installs the
# package when it is missing and we are root). Needs unprivileged.sh sourced (initdb refuses root).

qrqg_db_host=127.0.0.1
qrqg_db_port=
qrqg_db_name=qrqg_cluster
qrqg_db_owner=qrqg_cluster_owner
qrqg_db_app=qrqg_cluster_app
qrqg_db_own_dir= # set when the cluster is ours: stopped and removed by qrqg_db_stop

qrqg_db_psql() { # qrqg_db_psql DATABASE ARGS...: as the superuser, stopping at the first error
  local db=$1
  shift
  PGOPTIONS='-c client_min_messages=warning' \
    psql -h "$qrqg_db_host" -p "$qrqg_db_port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"
}

# qrqg_db_start WORKDIR [OWN]: a database for the run, empty; says which on stderr. OWN=1: our
# own cluster whatever answers at 5432
qrqg_db_start() {
  local work=$1 own=${2:-0}
  if [ "$own" != 1 ] && command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 -t 3 \
      && psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    qrqg_db_port=5432
    echo "cluster-test: database: the PostgreSQL at 127.0.0.1:5432, database $qrqg_db_name made anew" >&2
  else
    qrqg_db_own "$work" || return 1
  fi
  qrqg_db_psql postgres -c "drop database if exists $qrqg_db_name (force)" \
    -c "do \$\$ begin
          if not exists (select from pg_roles where rolname = '$qrqg_db_owner') then create role $qrqg_db_owner login; end if;
          if not exists (select from pg_roles where rolname = '$qrqg_db_app') then create role $qrqg_db_app login; end if;
        end \$\$" \
    -c "create database $qrqg_db_name owner $qrqg_db_owner"
}

# qrqg_db_own WORKDIR: initdb and start a cluster on a free loopback port, trust auth
qrqg_db_own() {
  local work=$1 bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "cluster-test: installing Debian's postgresql…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ -z "$bin" ]; then
    echo "cluster-test: no PostgreSQL at 127.0.0.1:5432 and no /usr/lib/postgresql/*/bin to start one: install postgresql" >&2
    return 1
  fi
  qrqg_db_port=$((25432 + RANDOM % 1000))
  qrqg_db_own_dir=$work/postgres
  mkdir -p "$qrqg_db_own_dir"
  echo "cluster-test: database: a cluster of our own ($bin) on 127.0.0.1:$qrqg_db_port in $qrqg_db_own_dir" >&2
  "${qrqg_unprivileged[@]}" "$bin/initdb" -D "$qrqg_db_own_dir/data" -U postgres --auth=trust -E UTF8 \
    >"$work/initdb.log" 2>&1 || { echo "cluster-test: initdb failed; see $work/initdb.log" >&2; return 1; }
  "${qrqg_unprivileged[@]}" "$bin/pg_ctl" -D "$qrqg_db_own_dir/data" -l "$work/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $qrqg_db_port -k $qrqg_db_own_dir -c max_connections=200" start \
    >/dev/null || { echo "cluster-test: PostgreSQL did not start; see $work/postgres.log" >&2; return 1; }
}

# qrqg_db_stop: our own cluster stopped (fast: the run is over) and removed; the shared one is left
# as it is, with the run's database in it for a look afterwards (the next run drops it)
qrqg_db_stop() {
  [ -n "$qrqg_db_own_dir" ] || return 0
  local pid i
  pid=$(head -n 1 "$qrqg_db_own_dir/data/postmaster.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; then
    for ((i = 0; i < 30; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$qrqg_db_own_dir"
  qrqg_db_own_dir=
}

qrqg_db_jdbc_url() {
  echo "jdbc:postgresql://$qrqg_db_host:$qrqg_db_port/$qrqg_db_name"
}

# qrqg_db_postmaster_pid: the database server's postmaster on this machine (its CPU, with its
# backends', is what bin/cluster-scaling measures); empty when its postmaster.pid cannot be read
qrqg_db_postmaster_pid() {
  local data
  data=$(qrqg_db_psql postgres -c 'show data_directory' 2>/dev/null) || return 0
  head -n 1 "$data/postmaster.pid" 2>/dev/null || true
}
