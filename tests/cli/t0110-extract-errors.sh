#!/usr/bin/env bash
# rasd extract error handling: usage errors, missing files, a bad JSONL line
# among good ones (reported with file:line, the rest extracted, exit 3).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$RASD" extract --no-such-option 2>"$tmp/err"; rc=$?
[[ $rc -eq 2 ]] || fail "unknown option: exit $rc"
grep -q "unknown option" "$tmp/err" || fail "unknown option message"

"$RASD" extract "$tmp/missing.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -ne 0 ]] || fail "missing file: exit 0"
grep -q "missing.jsonl" "$tmp/err" || fail "missing file not named"

printf '%s\n' '{"id":"a","text":"قتل 3 مدنيين في درعا"}' 'not json' '{"id":"b","text":"Two civilians were killed in Idlib."}' >"$tmp/mixed.jsonl"
"$RASD" extract "$tmp/mixed.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 3 ]] || fail "bad line: exit $rc"
grep -q "mixed.jsonl:2:" "$tmp/err" || fail "bad line not reported as file:line: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") -eq 2 ]] || fail "good lines not extracted"

: >"$tmp/empty.txt"
"$RASD" extract "$tmp/empty.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "empty file: exit $rc"
[[ ! -s "$tmp/out" ]] || fail "empty file: output"

printf 'Five people were killed.\n' | "$RASD" extract --published 2022-01-05 >"$tmp/out" || fail "stdin"
grep -q '"published":"2022-01-05"' "$tmp/out" || fail "stdin published"
"$RASD" extract -h | grep -q -- "--max-doc" || fail "help"
echo ok
