#!/usr/bin/env bash
# rasd extract on a binary file (a copy of an executable): a clear error
# naming the file, a non-zero exit, no output and no crash, whatever the
# extension says.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

bin=$(command -v ls)
for name in ls-copy ls-copy.txt; do
	cp "$bin" "$tmp/$name"
	"$RASD" extract "$tmp/$name" >"$tmp/out" 2>"$tmp/err"; rc=$?
	[[ $rc -ne 0 ]] || fail "$name: binary accepted"
	[[ $rc -lt 128 ]] || fail "$name: crashed (exit $rc)"
	grep -q "$name" "$tmp/err" || fail "$name: file not named: $(head -c 300 "$tmp/err")"
	grep -qi "binary" "$tmp/err" || fail "$name: error does not say binary: $(head -c 300 "$tmp/err")"
	[[ $(wc -l <"$tmp/err") -le 3 ]] || fail "$name: more than 3 lines of errors"
	[[ ! -s "$tmp/out" ]] || fail "$name: output"
done
# Declared JSONL: every line is a bad record; still no crash, no output.
cp "$bin" "$tmp/ls.jsonl"
"$RASD" extract "$tmp/ls.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -ne 0 && $rc -lt 128 ]] || fail "ls.jsonl: exit $rc"
grep -q "ls.jsonl" "$tmp/err" || fail "ls.jsonl: file not named"
[[ ! -s "$tmp/out" ]] || fail "ls.jsonl: output"
# Binary on standard input.
"$RASD" extract <"$bin" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -ne 0 && $rc -lt 128 ]] || fail "stdin: exit $rc"
grep -qi "binary" "$tmp/err" || fail "stdin: $(head -c 300 "$tmp/err")"
echo ok
