# Sourced by bin/cluster-test once the checks ran: its report as JSON (the checks, the timeline,
# each generator's own JSON result) and as a summary to read. Uses the script's variables.

qrqg_json_string() { # a JSON string of $1
  printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

qrqg_cluster_report() {
  local first=1 name verdict detail
  printf '{\n  "startedAt": "%s",\n  "commit": "%s",\n  "cores": %d,\n' "$(date -u -d "@$started" +%Y-%m-%dT%H:%M:%SZ)" \
    "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" "$(nproc)"
  printf '  "instances": %d,\n  "balancer": "%s",\n  "database": %s,\n  "durationSeconds": %d,\n  "quick": %s,\n' \
    "$instances" "$balancer" "$(qrqg_json_string "127.0.0.1:$qrqg_db_port/$qrqg_db_name${qrqg_db_own_dir:+ (own cluster)}")" \
    "$seconds" "$([ "$quick" = 1 ] && echo true || echo false)"
  printf '  "rates": {"issuancePerSecond": %s, "scansPerSecond": %s, "checkinBatchesPerSecond": %s, "feedPushesPerSecond": %s},\n' \
    "${rates[@]}"
  printf '  "timelineSeconds": {"loadStarted": %d, "killed": %d, "restarted": %d, "back": %d, "loadEnded": %d},\n' \
    "$load_started" "$killed_at" "$restarted_at" "$back_at" "$load_ended"
  printf '  "killedInstance": "i%d",\n  "checks": [' "$victim"
  while IFS=$'\t' read -r name verdict detail; do
    printf '%s\n    {"name": "%s", "verdict": "%s", "detail": %s}' "$([ $first = 1 ] || echo ,)" "$name" "$verdict" \
      "$(qrqg_json_string "$detail")"
    first=0
  done <"$qrqg_checks"
  printf '\n  ],\n  "load": {'
  first=1
  for name in issuance scans checkins feed; do
    printf '%s\n    "%s": ' "$([ $first = 1 ] || echo ,)" "$name"
    if [ -s "$work_dir/load-$name.json" ]; then sed 's/^/    /' "$work_dir/load-$name.json" | sed '1s/^    //'; else printf 'null'; fi
    first=0
  done
  printf '\n  }\n}\n'
}

qrqg_cluster_summary() {
  local name
  echo "bin/cluster-test, $(date -u -d "@$started" +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD 2>/dev/null || echo '?')," \
    "$(nproc) cores: $instances instances behind $balancer, one PostgreSQL ($([ -n "$qrqg_db_own_dir" ] && echo 'own cluster' || echo '127.0.0.1:5432'))," \
    "${seconds} s of load$([ "$quick" = 1 ] && echo ' (--quick)')"
  echo "load through the balancer: issuance ${rates[0]} people/s, scans ${rates[1]}/s, check-ins ${rates[2]} batches/s" \
    "of 1,000, feed ${rates[3]} pushes/s of 100 records followed by one app"
  echo "timeline (s after the load started): i$victim SIGKILLed at +$((killed_at - load_started)), started again at" \
    "+$((restarted_at - load_started)), healthy at +$((back_at - load_started)); load over at +$((load_ended - load_started))"
  echo
  for name in issuance scans checkins feed; do
    printf '%-9s %s\n' "$name" "$(qrqg_load_line "$work_dir/load-$name.json")"
  done
  echo
  awk -F'\t' '{ printf "%-11s %s  %s\n", $1, $2, $3 }' "$qrqg_checks"
  echo
  if grep -q $'\tFAIL\t' "$qrqg_checks"; then echo "FAILED: see above; logs in $work_dir"; else echo "PASSED: every check"; fi
}

# qrqg_load_line JSON: requests sent, answered OK, errors by kind, from a generator's result
qrqg_load_line() {
  [ -s "$1" ] || { echo "no result"; return; }
  local sent errors
  sent=$(sed -n 's/^  "requestsSent" : \([0-9]*\),*/\1/p' "$1")
  errors=$(qrqg_json_errors "$1" | awk -F'\t' '{ printf "%s%s %s", (n++ ? ", " : ""), $2, $1 } END { if (!n) printf "none" }')
  echo "$sent requests sent; errors: $errors"
}
