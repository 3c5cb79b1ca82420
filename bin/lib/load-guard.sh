# Sourced by bin/load: `bin/load --guard [REF]`, the regression guard for the scan and ingestion
# paths (docs/benchmarks.md, "The regression guard"). Builds REF's platform in a temporary git
# worktree, then alternates fresh-platform runs of REF (base) and of this working tree (new), round
# after round, and compares the medians: exit code 1, saying which number regressed, when the new
# build is worse by more than the threshold. Both sides are driven by this tree's generator.

qrqg_guard_usage() {
  cat <<'EOF'
Usage: bin/load --guard [REF] [options]
Compares this working tree's platform with REF's (default HEAD~1) on this machine: scans (closed
loop of 240) and check-in ingestion (closed loop of 4), base and new alternating, each run on a
fresh platform; the medians of throughput and of JVM + PostgreSQL CPU per operation. Exit code 1
when a median of the new build is worse than the base's by more than the threshold (or its runs
had errors), else 0. Run it on an otherwise idle machine (on a shared one, under the load lock).
  --rounds N        base-new pairs per scenario (default 3; about 7 minutes a round)
  --threshold P     how much worse, in percent, a median may be (default 10)
  --warmup D        check-ins' warmup (default 20s)
  --scans-warmup D  scans' warmup (default 60s)
  --duration D      each run's measured time (default 30s)
  --port P          the platforms' port (default 18480; must be free)
EOF
}

qrqg_load_guard() {
  local ref=HEAD~1 rounds=3 threshold=10 warmup=20s scans_warmup=60s duration=30s port=18480
  while [ $# -gt 0 ]; do
    case $1 in
      --rounds) rounds=$2; shift 2 ;;
      --threshold) threshold=$2; shift 2 ;;
      --warmup) warmup=$2; shift 2 ;;
      --scans-warmup) scans_warmup=$2; shift 2 ;;
      --duration) duration=$2; shift 2 ;;
      --port) port=$2; shift 2 ;;
      -h | --help) qrqg_guard_usage; return 0 ;;
      -*) echo "load: --guard does not know $1" >&2; qrqg_guard_usage >&2; return 2 ;;
      *) ref=$1; shift ;;
    esac
  done
  if ! [[ $rounds =~ ^[0-9]+$ && $port =~ ^[0-9]+$ && $threshold =~ ^[0-9]+([.][0-9]+)?$ ]] \
      || ((rounds < 1 || rounds > 20)); then
    echo "load: --rounds is 1 to 20, --threshold a percentage, --port a number" >&2
    return 2
  fi
  local commit
  if ! commit=$(git -C "$root" rev-parse --verify --quiet "$ref^{commit}"); then
    echo "load: $ref is not a commit of this repository" >&2
    return 2
  fi
  if qrqg_port_busy "$port"; then
    echo "load: port $port is busy; stop what listens there or pick another with --port" >&2
    return 1
  fi

  local dir=qrqg-bench/target/load-guard
  rm -rf "$dir"
  mkdir -p "$dir"
  qrqg_guard_tree=$(mktemp -d -t qrqg-guard.XXXXXX)
  trap 'qrqg_platform_stop; qrqg_guard_remove_tree' EXIT
  trap 'exit 130' INT TERM
  echo "load: guard: base $ref ($(git -C "$root" log -1 --format='%h %s' "$commit" | cut -c1-80))" >&2
  echo "load: guard: building the base's platform in a temporary worktree ($qrqg_guard_tree)…" >&2
  git -C "$root" worktree add --quiet --detach "$qrqg_guard_tree" "$commit"
  if ! (cd "$qrqg_guard_tree" && ./mvnw -B -ntp -q -pl qrqg-server -am package -DskipTests) >"$dir/build-base.log" 2>&1; then
    echo "load: guard: the base did not build; see $dir/build-base.log" >&2
    return 1
  fi
  echo "load: guard: building this working tree's platform…" >&2
  if ! ./mvnw -B -ntp -q -pl qrqg-server -am package -DskipTests >"$dir/build-new.log" 2>&1; then
    echo "load: guard: this working tree did not build; see $dir/build-new.log" >&2
    return 1
  fi

  local round side tree
  for ((round = 1; round <= rounds; round++)); do
    for side in base new; do
      if [ "$side" = base ]; then tree=$qrqg_guard_tree; else tree=$root; fi
      qrqg_fresh_run "$tree" "$port" "$dir" "$round-$side-scans" --scenario scans --concurrency 240 \
        --warmup "$scans_warmup" --duration "$duration" || true
    done
    for side in base new; do
      if [ "$side" = base ]; then tree=$qrqg_guard_tree; else tree=$root; fi
      qrqg_fresh_run "$tree" "$port" "$dir" "$round-$side-checkins" --scenario checkins --concurrency 4 \
        --warmup "$warmup" --duration "$duration" || true
    done
  done

  echo "load: guard: base $ref ($(git -C "$root" rev-parse --short "$commit")) against this working tree," \
    "$rounds round(s), threshold $threshold %"
  "${qrqg_load_jvm[@]}" vn.qrqg.bench.load.summary.LoadSummary guard --dir "$dir" --threshold "$threshold"
}

qrqg_guard_tree=
qrqg_guard_remove_tree() {
  if [ -n "$qrqg_guard_tree" ]; then
    git -C "$root" worktree remove --force "$qrqg_guard_tree" 2>/dev/null || rm -rf "$qrqg_guard_tree"
    git -C "$root" worktree prune 2>/dev/null || true
    qrqg_guard_tree=
  fi
}
