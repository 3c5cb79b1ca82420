# Sourced by bin/cluster-test: the checks, by SQL against the database and by what the load
# generator wrote down as acknowledged (bin/load --acknowledged). Each appends a line
# "name<TAB>PASS|FAIL<TAB>what was counted" to $qrqg_checks.

qrqg_checks=

qrqg_check() { # qrqg_check NAME OK(0|1) DETAIL
  printf '%s\t%s\t%s\n' "$1" "$([ "$2" = 0 ] && echo PASS || echo FAIL)" "$3" >>"$qrqg_checks"
  printf 'cluster-test: %-12s %s  %s\n' "$1" "$([ "$2" = 0 ] && echo PASS || echo FAIL)" "$3" >&2
}

qrqg_sql() { qrqg_db_psql "$qrqg_db_name" -F $'\t' -c "$1"; }

# Check-ins: every batch acknowledged (all 1,000 events STORED) has its 1,000 events, once each;
# no batch is in part (a batch is one transaction), none doubled. Readers are load-<seed>-<n>.
qrqg_check_checkins() {
  local acks=$1 seed=$2 dir=$3 out
  grep '^checkins ' "$acks" | cut -d' ' -f2 | sort -u >"$dir/checkins.acked"
  qrqg_sql "select reader_id, count(*), count(distinct sequence) from checkins_event
            where reader_id like 'load-$seed-%' group by reader_id" | sort >"$dir/checkins.stored"
  out=$(awk -F'\t' -v events=1000 '
    FNR == NR { acked[$1] = 1; n++; next }
    { stored[$1] = $2; if ($2 != $3) doubled++; else if ($2 != events) torn++ }
    END {
      for (r in acked) if (stored[r] != events) lost++
      for (r in stored) if (!(r in acked)) unacked++
      printf "%d %d %d %d %d\n", n, lost, doubled, torn, unacked
    }' "$dir/checkins.acked" "$dir/checkins.stored")
  read -r n lost doubled torn unacked <<<"$out"
  qrqg_check checkins "$([ "$n" -gt 0 ] && [ "$lost" = 0 ] && [ "$doubled" = 0 ] && [ "$torn" = 0 ]; echo $?)" \
    "$n batches acknowledged ($((n * 1000)) events): $lost lost, $doubled with an event twice, $torn stored in part; $unacked stored but unacknowledged (answer lost with an instance), whole"
}

# Issuance: each person (their phone) was handed one QID however often asked, and every QID
# acknowledged is in issuance_citizen (whose document_number is unique: one QID per person there)
qrqg_check_issuance() {
  local acks=$1 dir=$2 out
  grep '^issued ' "$acks" | cut -d' ' -f2,3 | sort -u >"$dir/issued.acked"
  qrqg_sql "select qid from issuance_citizen" | sort >"$dir/issued.stored"
  out=$(awk '
    FNR == NR { stored[$1] = 1; next }
    { if (!($1 in qid)) people++; else if (qid[$1] != $2) two++; qid[$1] = $2; if (!($2 in stored)) lost++ }
    END { printf "%d %d %d\n", people, two, lost }' "$dir/issued.stored" "$dir/issued.acked")
  read -r people two lost <<<"$out"
  qrqg_check issuance "$([ "$people" -gt 0 ] && [ "$two" = 0 ] && [ "$lost" = 0 ]; echo $?)" \
    "$(grep -c '^issued ' "$acks") issuances acknowledged to $people people: $two handed two different QIDs, $lost acknowledged QIDs missing from the database"
}

# Scans: every scan answered 200 is audited (before its answer) once. Matched by count per scope
# for the run's scanner client: audited >= answered (none lost), and audited <= answered plus the
# scans whose answer never came (an instance killed after its audit's commit, before answering).
qrqg_check_scans() {
  local acks=$1 json=$2 dir=$3 client answered audited unanswered
  client=$(grep -m1 '^scans-client ' "$acks" | cut -d' ' -f2)
  answered=$(grep -c '^scan ' "$acks" || true)
  audited=$(qrqg_sql "select count(*) from audit_record where client_id = '$client' and purpose = 'POST /api/v1/scans'")
  # the run's errors other than a 200 with another outcome than VALID (still answered, still audited)
  unanswered=$(qrqg_json_errors "$json" | awk -F'\t' '$1 !~ /^outcome / { n += $2 } END { print n + 0 }')
  qrqg_sql "select scope, count(*) from audit_record where client_id = '$client' and purpose = 'POST /api/v1/scans'
            group by scope order by 1" | tr '\t' '=' | paste -sd' ' >"$dir/scans.by-scope"
  qrqg_check scans "$([ "$answered" -gt 0 ] && [ "$audited" -ge "$answered" ] \
      && [ "$audited" -le $((answered + unanswered)) ]; echo $?)" \
    "$answered answered 200, $audited audited ($(cat "$dir/scans.by-scope")), $unanswered without a 200 (the most that may be audited unanswered)"
}

# The change feed: the app read every item of its feed (feed_item, in seq order) up to the last it
# read, none missing (a gap), each first seen in the feed's order, none of another app's; and
# every item written before its generator ended (it reads to the end first: the time of its JSON
# result) was read.
qrqg_check_feed() {
  local acks=$1 json=$2 dir=$3 app out ended
  app=$(grep -m1 '^feed-app ' "$acks" | cut -d' ' -f2)
  ended=$(date -u -r "$json" +%Y-%m-%dT%H:%M:%S.%NZ)
  grep '^feed ' "$acks" | cut -d' ' -f2 >"$dir/feed.read"
  qrqg_sql "select seq, event_id, written_at < '$ended' from feed_item where app_id = '$app' order by seq" \
    >"$dir/feed.stored"
  out=$(awk -F'\t' '
    FNR == NR { seq[$2] = $1; order[++n] = $2; early[$2] = ($3 == "t"); next }
    {
      reads++
      if (!($1 in seq)) { foreign++; next }
      if ($1 in seen) { again++; next }
      seen[$1] = 1; distinct++
      if (seq[$1] + 0 < last + 0) disorder++; else last = seq[$1]
    }
    END {
      for (i = 1; i <= n; i++) {
        e = order[i]
        if (seq[e] + 0 <= last + 0) { if (!(e in seen)) gaps++ } else if (early[e]) unread++; else tail++
      }
      printf "%d %d %d %d %d %d %d %d\n", n, distinct, gaps + 0, disorder + 0, foreign + 0, again + 0, unread + 0, tail + 0
    }' "$dir/feed.stored" "$dir/feed.read")
  read -r items distinct gaps disorder foreign again unread tail <<<"$out"
  qrqg_check feed "$([ "$distinct" -gt 0 ] && [ "$gaps" = 0 ] && [ "$disorder" = 0 ] && [ "$foreign" = 0 ] \
      && [ "$unread" = 0 ]; echo $?)" \
    "$items items for the app, $distinct read: $gaps missing, $disorder out of order, $foreign not its own, $unread never read; $again read again (at least once), $tail written after the app stopped reading"
}

# A suspension: refused by every instance, called directly, within the client status cache's time
# to live (QRQG_CLIENT_STATUS_CACHE_TIME_TO_LIVE, 1 s) plus the probe's own slack (a poll every
# 20 ms and the request's time): at most BOUND ms after the suspension was answered
qrqg_check_suspension() {
  local probe=$1 bound=$2 worst
  if [ ! -s "$probe" ]; then
    qrqg_check suspension 1 "the probe gave no answer (see suspension.err)"
    return
  fi
  worst=$(grep -o '"http://[^"]*":[0-9a-z]*' "$probe" | awk -F: '{ v = $NF; if (v == "null") v = 999999; if (v > w) w = v } END { print w + 0 }')
  qrqg_check suspension "$([ "$worst" -le "$bound" ]; echo $?)" \
    "refused by each instance after (ms) $(grep -o '"refusedAfterMillis":{[^}]*}' "$probe" | sed 's/"refusedAfterMillis"://; s/http:\/\/127.0.0.1://g; s/\/"/"/g'); bound $bound ms"
}

# qrqg_json_errors JSON: the run's errors, "kind<TAB>count" a line (the generator's JSON, pretty-printed)
qrqg_json_errors() {
  awk '/"errors" : \{/ { on = 1; if ($0 ~ /\}/) exit; next } on && /\}/ { exit }
       on { line = $0; sub(/^[ ]*"/, "", line); sub(/",?[ ]*$/, "", line); k = line; sub(/" : [0-9]+,?$/, "", k)
            v = $0; sub(/.*: /, "", v); sub(/,$/, "", v); print k "\t" v }' "$1"
}
