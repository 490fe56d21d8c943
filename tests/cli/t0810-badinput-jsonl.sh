#!/usr/bin/env bash
# rasd extract on a JSONL file with bad records among good ones: the good
# records come out in input order, each bad one is named as file:line, and
# the exit status is 3, with one thread and with several.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat >"$tmp/feed.jsonl" <<'J'
{"id":"r1","lang":"en","published":"2022-10-17","text":"Five people were killed in Idlib on Monday."}
{"id":"r2","lang":"ar","published":"2022-10-17","text":"قتل 3 مدنيين في قصف على درعا."}
{"id":"r3","text":"Two soldiers were wounded near Homs."}
{"id":"r4","text":"truncated record
{"id":"r5","text":"Rebels said at least 12 fighters died in Hama."}
[1,2,3]
{"id":"r7","title":"no text field"}
{"id":"r8","published":"yesterday","text":"A bad date."}
{"id":"r9","text":"Reuters reported about 20 dead in Jasim."}
J
for j in 1 2; do
	"$RASD" extract -j "$j" "$tmp/feed.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
	[[ $rc -eq 3 ]] || fail "-j $j: exit $rc (want 3): $(cat "$tmp/err")"
	ids=$(python3 -c '
import json, sys
print(" ".join(json.loads(l)["id"] for l in open(sys.argv[1], encoding="utf-8")))' "$tmp/out") ||
		fail "-j $j: output is not JSON lines"
	[[ $ids == "r1 r2 r3 r5 r9" ]] || fail "-j $j: good records: '$ids'"
	for line in 4 6 7 8; do
		grep -q "feed.jsonl:$line:" "$tmp/err" || fail "-j $j: line $line not named: $(cat "$tmp/err")"
	done
	[[ $(wc -l <"$tmp/err") -eq 4 ]] || fail "-j $j: want 4 error lines: $(cat "$tmp/err")"
done
# A second file after the bad one is still read.
echo '{"id":"s1","text":"Three killed in Raqqa."}' >"$tmp/second.jsonl"
"$RASD" extract "$tmp/feed.jsonl" "$tmp/second.jsonl" >"$tmp/out" 2>/dev/null; rc=$?
[[ $rc -eq 3 ]] || fail "two files: exit $rc"
grep -q '"id":"s1"' "$tmp/out" || fail "two files: second file skipped"
echo ok
