#!/usr/bin/env bash
# rasd incidents on a small extract-output fixture: reports of one operation
# in Arabic and English are one incident, a syndicated copy is listed as a
# duplicate, figures that disagree beyond their qualifiers are disputes, a
# different happening in the same town stays apart; text output; stdin;
# a line that is not JSON is reported with file and line and skipped.
set -euo pipefail
data="$RASD_SRC/tests/cli/data/incidents-sample.jsonl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$RASD" incidents "$data" >"$tmp/out.json"
python3 - "$tmp/out.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
by_doc = {}
for i in incs:
    for d in i["documents"]:
        by_doc[d] = i
assert len(incs) == 3, [i["documents"] for i in incs]
j = by_doc["ar-jasim"]
assert j is by_doc["en-jasim"] is by_doc["en-jasim-copy"], j["documents"]
assert j is not by_doc["en-other"]
assert j["date"] == "2022-10-14" and j["place"]["name"] == "Jasim", j
assert j["event_type"] == "Battles"
assert ["en-jasim-copy", "en-jasim"] in j["duplicates"], j["duplicates"]
assert j["fatalities"] == {"low": 10, "best": 20, "high": 20, "acled": 10}, j["fatalities"]
k20 = [c for c in j["claims"]["killed"] if c["value"] == 20][0]
assert "Reuters" in k20["sources"] and "TASS" in k20["sources"], k20
attrs = sorted(d["attribute"] for d in j["disputes"])
assert attrs == ["killed", "participation"], attrs
kd = [d for d in j["disputes"] if d["attribute"] == "killed"][0]
assert "about 10 (local sources)" in kd["detail"], kd
assert len(kd["claims"]) >= 3
p = j["participation"][0]
assert p["asserted_by"] == ["TASS"] and p["denied_by"] == ["local sources"], p
bus = by_doc["ar-bus"]
assert bus is by_doc["en-bus"]
assert [d["detail"] for d in bus["disputes"]] == ["at least 14 (SANA) vs 13 (apnews.com)"], bus["disputes"]
assert by_doc["en-other"]["disputes"] == []
print("json ok")
PY

# Text output, from standard input.
"$RASD" incidents --format text - <"$data" >"$tmp/out.txt"
grep -q '^inc-1  2022-10-14  Jasim (Daraa)  Battles' "$tmp/out.txt"
grep -q 'about 10 members .*local sources .*DISPUTED' "$tmp/out.txt"
grep -q 'copy of en-jasim' "$tmp/out.txt"

# --multi leaves out incidents of one event.
n=$("$RASD" incidents --multi "$data" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["incidents"]))')
[ "$n" = 2 ]

# A bad line: reported with its line number, skipped, exit status 3.
{ head -n 2 "$data"; echo '{"id": "broken", "events": [ }'; tail -n +3 "$data"; } >"$tmp/bad.jsonl"
set +e
"$RASD" incidents "$tmp/bad.jsonl" >"$tmp/bad.json" 2>"$tmp/err"
rc=$?
set -e
[ "$rc" = 3 ] || { echo "exit $rc, want 3"; exit 1; }
grep -q "^rasd: $tmp/bad.jsonl:3: invalid JSON" "$tmp/err" || { cat "$tmp/err"; exit 1; }
python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))["incidents"]) == 3' "$tmp/bad.json"

# Usage errors.
set +e
"$RASD" incidents --format xml "$data" >/dev/null 2>&1; rc1=$?
"$RASD" incidents --min-score nope "$data" >/dev/null 2>&1; rc2=$?
"$RASD" incidents >/dev/null 2>&1; rc3=$?
set -e
[ "$rc1" = 2 ] && [ "$rc2" = 2 ] && [ "$rc3" = 2 ] || { echo "usage exits $rc1 $rc2 $rc3"; exit 1; }
"$RASD" incidents -h | grep -q -- '--min-score'
echo ok
