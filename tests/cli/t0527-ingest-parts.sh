#!/usr/bin/env bash
# The incident update after an ingest reads, clusters and rewrites only the
# blocks (place, governorate and weeks) of the new reports' events: a dense
# set of synthetic reports ingested in one part, in two, and in three (the
# later parts dated among the earlier ones) gives the same stored
# incidents as one ingest, with one clustering thread or two, and the
# same as `rasd incidents --db -j1` and `-j2` clustering the whole store.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
q() { sqlite3 "$1" "SELECT group_concat(id || ':' || json, '|') FROM (SELECT id, json FROM incidents ORDER BY id)"; }

python3 "$RASD_SRC/bench/gen-reports.py" 360 --seed 7 --years 0.25 --towns 6 --out "$tmp/all.jsonl"
head -n 180 "$tmp/all.jsonl" >"$tmp/a.jsonl"
tail -n +181 "$tmp/all.jsonl" >"$tmp/b.jsonl"
# three parts: every third report, so each part falls among the others' days
awk 'NR % 3 == 0' "$tmp/all.jsonl" >"$tmp/p0.jsonl"
awk 'NR % 3 == 1' "$tmp/all.jsonl" >"$tmp/p1.jsonl"
awk 'NR % 3 == 2' "$tmp/all.jsonl" >"$tmp/p2.jsonl"

"$RASD" ingest -q -j1 --db "$tmp/one.db" "$tmp/all.jsonl"
"$RASD" ingest -q -j2 --db "$tmp/two.db" "$tmp/a.jsonl"
"$RASD" ingest -q -j2 --db "$tmp/two.db" "$tmp/b.jsonl"
"$RASD" ingest -q -j1 --db "$tmp/three.db" "$tmp/p2.jsonl"
"$RASD" ingest -q -j2 --db "$tmp/three.db" "$tmp/p0.jsonl"
"$RASD" ingest -q -j1 --db "$tmp/three.db" "$tmp/p1.jsonl"

one=$(q "$tmp/one.db")
[[ $(sqlite3 "$tmp/one.db" "SELECT count(*) FROM incidents") -gt 60 ]] || fail "too few incidents"
[[ $(sqlite3 "$tmp/one.db" "SELECT count(*) FROM incidents WHERE json LIKE '%\"documents\":[\"%\",\"%'") -gt 20 ]] ||
	fail "too few incidents of several reports"
[[ "$(q "$tmp/two.db")" == "$one" ]] || fail "two parts differ from one"
[[ "$(q "$tmp/three.db")" == "$one" ]] || fail "three parts differ from one"

"$RASD" incidents -j1 --db "$tmp/one.db" >"$tmp/j1.json"
"$RASD" incidents -j2 --db "$tmp/three.db" >"$tmp/j2.json"
cmp -s "$tmp/j1.json" "$tmp/j2.json" || fail "incidents --db -j1 and -j2 differ"
python3 - "$tmp/one.db" "$tmp/j1.json" <<'PY'
import json, sqlite3, sys
db, path = sys.argv[1:3]
mine = {i["id"]: i for i in json.load(open(path))["incidents"]}
stored = {r[0]: json.loads(r[1]) for r in sqlite3.connect(db).execute("SELECT id, json FROM incidents")}
assert mine and set(mine) == set(stored), (len(mine), len(stored))
for k in mine:
    assert mine[k] == stored[k], k
PY
echo ok
