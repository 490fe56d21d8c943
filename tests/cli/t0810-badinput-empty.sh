#!/usr/bin/env bash
# rasd extract on empty input: an empty file of either format, a JSONL file
# of blank lines and empty standard input all exit 0 with no output.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

: >"$tmp/empty.txt"
: >"$tmp/empty.jsonl"
: >"$tmp/noext"
printf '\n\n\n' >"$tmp/blank.jsonl"
for f in empty.txt empty.jsonl noext blank.jsonl; do
	"$RASD" extract "$tmp/$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
	[[ $rc -eq 0 ]] || fail "$f: exit $rc: $(cat "$tmp/err")"
	[[ ! -s "$tmp/out" ]] || fail "$f: output: $(head -c 200 "$tmp/out")"
done
"$RASD" extract </dev/null >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "empty stdin: exit $rc: $(cat "$tmp/err")"
[[ ! -s "$tmp/out" ]] || fail "empty stdin: output"
# An empty file among real ones changes nothing.
echo '{"id":"x","text":"Five people were killed in Idlib."}' >"$tmp/one.jsonl"
"$RASD" extract "$tmp/empty.jsonl" "$tmp/one.jsonl" "$tmp/empty.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "mixed: exit $rc: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") -eq 1 ]] || fail "mixed: want one record"
echo ok
