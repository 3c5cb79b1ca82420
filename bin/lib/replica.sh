#!/usr/bin/env bash
# A PostgreSQL primary and a streaming read replica of it on loopback, in a directory of their own,
# from the machine's PostgreSQL binaries (Debian: /usr/lib/postgresql/*/bin; installed with apt-get
# when missing and run as root). For ReplicaReadsIT and bin/cluster-test; docs/operations.md,
# "Read replicas", explains the same steps for a real deployment.
#
#   bin/lib/replica.sh start DIR    make and start both in DIR (new or empty); writes DIR/env
#   bin/lib/replica.sh pause DIR    the replica stops replaying the primary's WAL (it lags)
#   bin/lib/replica.sh resume DIR   it replays again and catches up
#   bin/lib/replica.sh stop-replica DIR   stops the replica only (the platform falls back)
#   bin/lib/replica.sh stop DIR     stops both and removes DIR
#
# DIR/env holds, one KEY=VALUE a line, what the platform needs (QRQG_DB_URL, QRQG_DB_USER,
# QRQG_DB_PASSWORD, QRQG_DB_OWNER_USER, QRQG_DB_OWNER_PASSWORD, QRQG_DB_READ_URL) and, for
# tests, PRIMARY_PORT, REPLICA_PORT and SUPERUSER_PASSWORD (the role postgres, on both).
# Passwords are random; every connection proves one (SCRAM); nothing listens beyond 127.0.0.1.
# Every wait is bounded (pg_ctl -t, connect_timeout). PostgreSQL refuses to run as root: as root,
# this script runs itself again in a user namespace (bin/lib/unprivileged.sh explains why).
set -euo pipefail

usage() {
  sed -n '7,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
[ $# -eq 2 ] || usage
command=$1
dir=$2
[ -n "$dir" ] || usage

qrqg_pg_bin() { # the newest installed PostgreSQL's bin directory, or nothing
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ "$(id -u)" = 0 ]; then
  if [ -z "$(qrqg_pg_bin)" ] && command -v apt-get >/dev/null 2>&1; then
    echo "qrqg: installing Debian's postgresql for the read replica…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  exec unshare -U bash "$0" "$@"
fi

bin=$(qrqg_pg_bin)
if [ -z "$bin" ] || [ ! -x "$bin/pg_basebackup" ]; then
  echo "qrqg: no PostgreSQL binaries under /usr/lib/postgresql/*/bin: run this as root to install them, or 'sudo apt-get install postgresql'" >&2
  exit 3
fi

free_port() { # a TCP port nobody listens on at 127.0.0.1; at most 50 tries
  local port tries
  for tries in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "qrqg: no free port found on 127.0.0.1" >&2
  return 1
}

secret() { # 32 random bytes, as letters and digits
  head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'
}

value() { # the value of KEY in DIR/env
  sed -n "s/^$1=//p" "$dir/env"
}

sql() { # sql PORT STATEMENT: as the superuser, on the database postgres
  PGPASSWORD=$(value SUPERUSER_PASSWORD) PGCONNECT_TIMEOUT=5 "$bin/psql" -X -q -t -A -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "$2"
}

stop_one() { # stop_one primary|replica [mode]: quietly when it is not running
  if [ -f "$dir/$1/postmaster.pid" ]; then
    "$bin/pg_ctl" -D "$dir/$1" -m "${2:-fast}" -w -t 20 stop >/dev/null 2>&1 \
      || "$bin/pg_ctl" -D "$dir/$1" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  fi
}

start() {
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ -n "$(ls -A "$dir")" ]; then
    echo "qrqg: $dir is not empty" >&2
    exit 2
  fi
  local primary_port replica_port superuser owner app
  primary_port=$(free_port)
  replica_port=$(free_port)
  while [ "$replica_port" = "$primary_port" ]; do replica_port=$(free_port); done
  superuser=$(secret)
  trap 'echo "qrqg: the start failed; stopping what started (logs in $dir)" >&2; stop_one replica; stop_one primary' ERR
  owner=$(secret)
  app=$(secret)
  umask 077
  cat >"$dir/env" <<EOF
QRQG_DB_URL=jdbc:postgresql://127.0.0.1:$primary_port/qrqg
QRQG_DB_USER=qrqg_app
QRQG_DB_PASSWORD=$app
QRQG_DB_OWNER_USER=qrqg_owner
QRQG_DB_OWNER_PASSWORD=$owner
QRQG_DB_READ_URL=jdbc:postgresql://127.0.0.1:$replica_port/qrqg
PRIMARY_PORT=$primary_port
REPLICA_PORT=$replica_port
SUPERUSER_PASSWORD=$superuser
EOF
  printf '%s\n' "$superuser" >"$dir/superuser.pw"

  # the primary: initdb, loopback only, replication allowed to the superuser from loopback
  "$bin/initdb" -D "$dir/primary" -U postgres --auth=scram-sha-256 --pwfile="$dir/superuser.pw" \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  rm -f "$dir/superuser.pw"
  cat >>"$dir/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = ''
max_connections = 300
wal_level = replica
max_wal_senders = 5
hot_standby = on
EOF
  cat >"$dir/primary/pg_hba.conf" <<EOF
host all all 127.0.0.1/32 scram-sha-256
host replication postgres 127.0.0.1/32 scram-sha-256
EOF
  "$bin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w -t 30 start >/dev/null
  sql "$primary_port" "create role qrqg_owner login password '$owner'"
  sql "$primary_port" "create role qrqg_app login password '$app'"
  sql "$primary_port" "create database qrqg owner qrqg_owner"

  # the replica: a base backup that streams the WAL meanwhile (-X stream) and writes its own
  # standby.signal and primary_conninfo (-R); then only its port differs
  PGPASSWORD=$superuser PGCONNECT_TIMEOUT=5 "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres \
    -D "$dir/replica" -R -X stream -c fast
  echo "port = $replica_port" >>"$dir/replica/postgresql.conf"
  "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 30 start >/dev/null
  if [ "$(sql "$replica_port" "select pg_is_in_recovery()")" != t ]; then
    echo "qrqg: the replica on port $replica_port is not in recovery: see $dir/replica.log" >&2
    exit 1
  fi
  trap - ERR
  cat "$dir/env"
}

[ "$command" = start ] || [ -f "$dir/env" ] || { echo "qrqg: $dir holds no cluster of this script" >&2; exit 2; }
case "$command" in
  start) start ;;
  pause) sql "$(value REPLICA_PORT)" "select pg_wal_replay_pause()" >/dev/null ;;
  resume) sql "$(value REPLICA_PORT)" "select pg_wal_replay_resume()" >/dev/null ;;
  stop-replica) stop_one replica ;;
  stop) # the data is removed next: no shutdown checkpoint worth waiting for
    stop_one replica immediate
    stop_one primary immediate
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
