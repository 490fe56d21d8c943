#!/usr/bin/env bash
# rasd extract on invalid UTF-8: a plain-text report with a bad byte is
# refused with a non-zero exit and a message naming the file and the byte
# offset; --repair-utf8 accepts it; a JSONL record with a bad byte is
# reported as file:line and the other records still come out.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 23 good bytes, then 0xff at offset 23.
printf 'Five people were killed\xff in Idlib on Monday.\n' >"$tmp/bad-utf8.txt"
"$RASD" extract "$tmp/bad-utf8.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -ne 0 ]] || fail "invalid UTF-8 accepted (exit 0)"
[[ $rc -lt 128 ]] || fail "crashed with exit $rc"
grep -q "bad-utf8.txt" "$tmp/err" || fail "file not named: $(cat "$tmp/err")"
grep -q "23" "$tmp/err" || fail "byte offset 23 not named: $(cat "$tmp/err")"
[[ ! -s "$tmp/out" ]] || fail "output for a refused report"

# An overlong encoding and a truncated sequence at the very end.
printf 'abc\xc0\xafdef' >"$tmp/overlong.txt"
"$RASD" extract "$tmp/overlong.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -ne 0 && $rc -lt 128 ]] || fail "overlong: exit $rc"
grep -q "overlong.txt" "$tmp/err" && grep -q "3" "$tmp/err" || fail "overlong: $(cat "$tmp/err")"
printf 'قتل 3 مدنيين\xd9' >"$tmp/cut.txt"
"$RASD" extract "$tmp/cut.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -ne 0 && $rc -lt 128 ]] || fail "truncated sequence: exit $rc"
off=$(( $(wc -c <"$tmp/cut.txt") - 1 ))
grep -q "$off" "$tmp/err" || fail "truncated sequence: offset $off not named: $(cat "$tmp/err")"

# --repair-utf8 replaces the byte with U+FFFD and goes on.
"$RASD" extract --repair-utf8 "$tmp/bad-utf8.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "--repair-utf8: exit $rc: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") -eq 1 ]] || fail "--repair-utf8: no output"
python3 -c 'import json,sys; json.loads(open(sys.argv[1], encoding="utf-8").read())' "$tmp/out" ||
	fail "--repair-utf8: output is not valid UTF-8 JSON"

# In JSONL the bad record is skipped and named by line.
{
	printf '%s\n' '{"id":"a","text":"Two civilians were killed in Idlib."}'
	printf '{"id":"b","text":"bad \xfe byte"}\n'
	printf '%s\n' '{"id":"c","text":"قتل 3 مدنيين في درعا"}'
} >"$tmp/mixed.jsonl"
"$RASD" extract "$tmp/mixed.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 3 ]] || fail "JSONL with a bad byte: exit $rc (want 3)"
grep -q "mixed.jsonl:2" "$tmp/err" || fail "JSONL bad byte not named as file:2: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") -eq 2 ]] || fail "JSONL good records not extracted"
echo ok
