#!/usr/bin/env bash
# rasd incidents straight on reports: an Arabic and an English report of one
# air strike on Saraqib are one incident, a syndicated copy of the English one
# (re-paragraphed, with a credit line; not the same text) is listed as a
# duplicate without --articles, and a car bomb in the same town four days
# later stays apart.  The result equals `rasd extract` then `rasd incidents
# --articles`; extract output and reports mix; standard input, threads, plain
# text with --published/--outlet; a bad report is reported as file:line and
# skipped (exit 3); a missing file stops the run (exit 1).
set -euo pipefail
data="$RASD_SRC/tests/cli/data/incidents-reports.jsonl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$RASD" incidents "$data" >"$tmp/direct.json"
python3 - "$tmp/direct.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
by_doc = {}
for i in incs:
    for d in i["documents"]:
        by_doc[d] = i
assert len(incs) == 2, [i["documents"] for i in incs]
s = by_doc["ar-saraqib"]
assert s is by_doc["en-saraqib"] is by_doc["en-saraqib-copy"], s["documents"]
assert s["date"] == "2023-03-05" and s["place"]["name"] == "Saraqib", (s["date"], s["place"])
assert s["duplicates"] == [["en-saraqib-copy", "en-saraqib"]], s["duplicates"]
assert s["fatalities"]["best"] == 4, s["fatalities"]
b = by_doc["en-saraqib-bomb"]
assert b is not s and b["documents"] == ["en-saraqib-bomb"], b["documents"]
assert b["date"] == "2023-03-09" and b["place"]["name"] == "Saraqib", (b["date"], b["place"])
assert b["duplicates"] == []
print("direct ok")
PY

# The same incidents from extract output, the texts given with --articles.
"$RASD" extract "$data" >"$tmp/x.jsonl"
"$RASD" incidents --articles "$data" "$tmp/x.jsonl" >"$tmp/via.json"
cmp "$tmp/direct.json" "$tmp/via.json" || fail "extract + incidents differs from incidents on reports"
# Without the texts the copy is not found: the direct run used the reports' texts.
"$RASD" incidents "$tmp/x.jsonl" >"$tmp/notext.json"
python3 - "$tmp/notext.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
assert len(incs) == 2 and all(i["duplicates"] == [] for i in incs), [i["duplicates"] for i in incs]
PY

# Extract output and reports mixed, in order; standard input; threads.
head -n 2 "$data" | "$RASD" extract >"$tmp/part1.jsonl"
tail -n 2 "$data" >"$tmp/part2.jsonl"
"$RASD" incidents --articles "$data" "$tmp/part1.jsonl" "$tmp/part2.jsonl" >"$tmp/mixed.json"
cmp "$tmp/direct.json" "$tmp/mixed.json" || fail "mixed inputs differ"
"$RASD" incidents - <"$data" >"$tmp/stdin.json"
cmp "$tmp/direct.json" "$tmp/stdin.json" || fail "reports on standard input differ"
"$RASD" incidents --articles "$data" - <"$tmp/x.jsonl" >"$tmp/stdin-x.json"
cmp "$tmp/direct.json" "$tmp/stdin-x.json" || fail "extract output on standard input differs"
"$RASD" incidents -j1 "$data" >"$tmp/j1.json"
"$RASD" incidents --threads 3 "$data" >"$tmp/j3.json"
cmp "$tmp/j1.json" "$tmp/j3.json" || fail "-j1 and -j3 differ"

# A plain-text report with its metadata on the command line.
python3 - "$data" "$tmp/bomb.txt" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["id"] == "en-saraqib-bomb":
        open(sys.argv[2], "w", encoding="utf-8").write(r["text"])
PY
"$RASD" incidents --published 2023-03-09 --lang en --outlet syriadirect.org "$tmp/bomb.txt" >"$tmp/text.json"
python3 - "$tmp/text.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
assert len(incs) == 1, incs
i = incs[0]
assert i["date"] == "2023-03-09" and i["place"]["name"] == "Saraqib", (i["date"], i["place"])
assert [e["outlet"] for e in i["events"]] == ["syriadirect.org"], i["events"]
PY

# Bad reports: reported with file and line, skipped, the rest grouped; exit 3.
{ echo 'this is not JSON'; head -n 2 "$data"; echo '{"id": "no-text"}'; tail -n 2 "$data"; } >"$tmp/bad.jsonl"
set +e
"$RASD" incidents "$tmp/bad.jsonl" >"$tmp/bad.json" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" = 3 ] || fail "bad lines: exit $rc, want 3: $(cat "$tmp/err")"
grep -q "^rasd: $tmp/bad.jsonl:1: " "$tmp/err" || fail "line 1 not reported: $(cat "$tmp/err")"
grep -q "^rasd: $tmp/bad.jsonl:4: .*text" "$tmp/err" || fail "line 4 not reported: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/err")" = 2 ] || fail "want two errors: $(cat "$tmp/err")"
python3 - "$tmp/bad.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
assert sorted(len(i["documents"]) for i in incs) == [1, 3], [i["documents"] for i in incs]
assert [["en-saraqib-copy", "en-saraqib"]] in [i["duplicates"] for i in incs]
PY

# A missing file: a clear error, exit 1, no output.
set +e
"$RASD" incidents "$data" "$tmp/missing.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" = 1 ] || fail "missing file: exit $rc, want 1"
grep -q "^rasd: cannot open '$tmp/missing.jsonl'" "$tmp/err" || fail "missing file: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] || fail "missing file: output"

"$RASD" incidents -h | grep -q -- '--published' || fail "-h lacks --published"
echo ok
