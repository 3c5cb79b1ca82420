#!/usr/bin/env bash
# Interop check of the signature profile of FORMATS.md: QRs signed by an independent
# implementation (interop/node/qrqg-ref.mjs, node's built-in crypto only) must verify in
# bin/qrqg with that implementation's JWKS, and QRs signed by `bin/qrqg sign` must verify in
# the reference; tampered QRs, a wrong trust list and a revoked key must not verify; revocation
# lists (FORMATS.md §4) written by one side refuse the QRs they name on the other.
# Prints one line per check and a final "N passed, M failed"; exits 1 if any check failed.
# Without node it warns and exits 0, unless CI=true, where a missing node is a failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
qrqg="$root/bin/qrqg"
ref="$root/interop/node/qrqg-ref.mjs"

node=$(command -v node || true)
if [ -z "$node" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "interop: node (>= 18) is not on PATH; the interop check cannot run in CI without it" >&2
    exit 1
  fi
  echo "interop: WARNING: node is not on PATH, skipping the interop check (install node >= 18 to run it)" >&2
  exit 0
fi

tmp=$(mktemp -d -t qrqg-interop.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
# check NAME WANT_WORD WANT_EXIT CMD...: runs CMD, compares its first output line and exit code
check() {
  local name=$1 want_word=$2 want_exit=$3 out word rc
  shift 3
  set +e
  out=$("$@" 2>"$tmp/stderr")
  rc=$?
  set -e
  word=${out%%$'\n'*}
  if [ "$word" = "$want_word" ] && [ "$rc" = "$want_exit" ]; then
    echo "PASS  $name: $word (exit $rc)"
    passed=$((passed + 1))
  else
    echo "FAIL  $name: wanted $want_word (exit $want_exit), got '$word' (exit $rc)"
    sed -n '1,5s/^/      stderr: /p' "$tmp/stderr"
    failed=$((failed + 1))
  fi
}
# must VAR CMD...: runs a set-up step whose output later checks need; stops the run if it fails
must() {
  local var=$1 out
  shift
  if ! out=$("$@" 2>"$tmp/stderr"); then
    echo "FAIL  set-up step failed: $*"
    sed -n '1,10s/^/      stderr: /p' "$tmp/stderr"
    echo "$passed passed, $((failed + 1)) failed"
    exit 1
  fi
  printf -v "$var" '%s' "$out"
}
# same A B: prints SAME when A and B are equal (exit 0), else DIFFERENT and A (exit 1)
same() {
  if [ "$1" = "$2" ]; then echo SAME; else echo "DIFFERENT: $1"; return 1; fi
}
# tamper TEXT FROM TO: TEXT with the first FROM in the signed part (up to the last '<') replaced by TO
tamper() {
  local text=$1 from=$2 to=$3 body sig
  body="${text%<*}<"
  sig=${text##*<}
  printf '%s' "${body/"$from"/"$to"}$sig"
}

node_dir="$tmp/node-key"
cli_dir="$tmp/cli-key"
must node_kid "$node" "$ref" keygen "$node_dir"
must cli_keys "$qrqg" keys new "$cli_dir"
node_jwks="$node_dir/jwks.json"
cli_jwks="$cli_dir/jwks.json"

# a. node signs a full-form QR, the CLI verifies it with node's JWKS
full='001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<DN4017915019812<0912345678<'
must node_full "$node" "$ref" sign "$node_dir" "$full"
check "node-signed full form verifies in the CLI" VALID 0 "$qrqg" verify "$node_full" --trust-list "$node_jwks"

# b. one character of the name changed
check "node-signed QR with the name changed fails in the CLI" INVALID_SIGNATURE 1 \
  "$qrqg" verify "$(tamper "$node_full" "KHA HAN" "KHA HAM")" --trust-list "$node_jwks"

# c. masked form and a QR declared on someone's behalf
masked='******029317|NGUYEN LE KHA HAN|1993-**-**|0|162979388586171104|<2<DN4017*********<0912******<'
must node_masked "$node" "$ref" sign "$node_dir" "$masked"
check "node-signed masked form verifies in the CLI" VALID 0 "$qrqg" verify "$node_masked" --trust-list "$node_jwks"
behalf='079215000123|TRAN MINH KHOA|2015-03-09|1|314159265358979329|271828182845904526<1<<<'
must node_behalf "$node" "$ref" sign "$node_dir" "$behalf"
check "node-signed on-behalf QR verifies in the CLI" VALID 0 "$qrqg" verify "$node_behalf" --trust-list "$node_jwks"
# FORMATS.md: readers accept (and ignore) sub-fields a later version inserts before ChuKy
later="${full}LATER<"
must node_later "$node" "$ref" sign "$node_dir" "$later"
check "node-signed QR with a later version's extra sub-field verifies in the CLI" VALID 0 \
  "$qrqg" verify "$node_later" --trust-list "$node_jwks"

# d. the CLI signs (full and masked, name with diacritics), node verifies with the CLI's JWKS
sign_args=(--key "$cli_dir" --doc 001193029317 --name "Nguyễn Lê Khả Hân" --dob 1993-01-18
           --qid 162979388586171104 --gender 2 --bhyt DN4017915019812 --phone 0912345678)
must cli_full "$qrqg" sign "${sign_args[@]}" --form full
must cli_masked "$qrqg" sign "${sign_args[@]}" --form masked
check "CLI-signed full form signs the same bytes as the hand-written text" SAME 0 same "${cli_full%<*}<" "$full"
check "CLI-signed masked form signs the same bytes as the hand-written text" SAME 0 same "${cli_masked%<*}<" "$masked"
check "CLI-signed full form verifies in node" VALID 0 "$node" "$ref" verify "$cli_jwks" "$cli_full"
check "CLI-signed masked form verifies in node" VALID 0 "$node" "$ref" verify "$cli_jwks" "$cli_masked"
check "CLI-signed full form with the phone changed fails in node" INVALID_SIGNATURE 1 \
  "$node" "$ref" verify "$cli_jwks" "$(tamper "$cli_full" "<0912345678<" "<0912345679<")"
check "CLI-signed masked form with the phone changed fails in node" INVALID_SIGNATURE 1 \
  "$node" "$ref" verify "$cli_jwks" "$(tamper "$cli_masked" "<0912******<" "<0913******<")"

# e. the wrong trust list: each side's QR against the other side's key
check "node-signed QR against the CLI's trust list is an unknown key" UNKNOWN_KEY 1 \
  "$qrqg" verify "$node_full" --trust-list "$cli_jwks"
check "CLI-signed QR against node's trust list is an unknown key in node" UNKNOWN_KEY 1 \
  "$node" "$ref" verify "$node_jwks" "$cli_full"

# f. node's key revoked (its JWKS edited with node)
revoked_jwks="$tmp/revoked-jwks.json"
must revoked_written "$node" -e '
  const fs = require("node:fs");
  const jwks = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  for (const key of jwks.keys) key.status = "revoked";
  fs.writeFileSync(process.argv[2], JSON.stringify(jwks, null, 2));
' "$node_jwks" "$revoked_jwks"
check "node-signed QR with node's key revoked is refused by the CLI" REVOKED_KEY 1 \
  "$qrqg" verify "$node_full" --trust-list "$revoked_jwks"
check "node-signed QR with node's key revoked is refused by node" REVOKED_KEY 1 \
  "$node" "$ref" verify "$revoked_jwks" "$node_full"

# g. revocation lists: node computes ids from the contract alone, and the CLI reads node's list
vectors="$root/qrqg-codec/src/test/resources/vectors/revocations.json"
vector() { "$node" -e '
  const c = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).cases.find((c) => c.id === process.argv[2]);
  console.log(process.argv[3] === "id" ? c.expected.id : c.input);' "$vectors" "$1" "$2"; }
must vector_input vector revocation-id input
must vector_id vector revocation-id id
must node_id "$node" "$ref" revocation-id "$vector_input"
check "node's revocation id of the vectors' QR is the vectors' id" SAME 0 same "$node_id" "$vector_id"
must other_input vector revocation-id-other-spelling input
must node_other_id "$node" "$ref" revocation-id "$other_input"
check "node's id of the re-encoded signature is the same id" SAME 0 same "$node_other_id" "$vector_id"
list="$tmp/revocations.json"
must list_written "$node" "$ref" list "$node_dir" "$list" "$node_full"
check "node-listed revoked QR is refused by the CLI" REVOKED 1 \
  "$qrqg" verify "$node_full" --trust-list "$node_jwks" --revocations "$list"
must node_other "$node" "$ref" other-spelling "$node_full"
check "the revoked QR re-encoded as (r, n - s) still verifies in the CLI" VALID 0 \
  "$qrqg" verify "$node_other" --trust-list "$node_jwks"
check "the re-encoded revoked QR is refused by the CLI with the list" REVOKED 1 \
  "$qrqg" verify "$node_other" --trust-list "$node_jwks" --revocations "$list"
check "the re-encoded revoked QR is refused by node with the list" REVOKED 1 \
  "$node" "$ref" verify "$node_jwks" "$node_other" "$list"
check "a QR the list does not name stays valid in the CLI" VALID 0 \
  "$qrqg" verify "$node_masked" --trust-list "$node_jwks" --revocations "$list"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
