#!/usr/bin/env bash
# The incident update after an ingest reads, clusters and rewrites only the
# blocks (place, governorate and weeks) of the new reports' events: a dense
# set of synthetic reports ingested in one part, in two, and in three (the
# later parts dated among the earlier ones) gives the same stored
# incidents as one ingest, with one clustering thread or two, and the
# same as `rasd incidents --db -j1` and `-j2` clustering the whole store.
# And a store whose incidents disagree with the clustering all along a
# block (stored by another version of it), given one more report, ends
# with the incidents of one ingest: the update that would spread over the
# block rebuilds every incident, and says so.
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

# Stale incidents: the stored ones of one town, chained in a random order
# (each one's last member joined with the next one's first), so that an
# update walks the whole block a few incidents per round (it gave up
# after 64 rounds, "did not settle", before the rebuild).
python3 "$RASD_SRC/bench/gen-reports.py" 3000 --seed 7 --years 1.5 --towns 1 --out "$tmp/town.jsonl"
head -n 2999 "$tmp/town.jsonl" >"$tmp/town-a.jsonl"
tail -n 1 "$tmp/town.jsonl" >"$tmp/town-b.jsonl"
"$RASD" ingest -q -j2 --db "$tmp/town.db" "$tmp/town.jsonl"
"$RASD" ingest -q -j2 --db "$tmp/stale.db" "$tmp/town-a.jsonl"
python3 - "$tmp/stale.db" <<'PY'
import random, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
incs = {}
for i, d, n in db.execute("SELECT incident_id, doc_id, n FROM incident_members"
                          " ORDER BY incident_id, doc_id, n"):
    incs.setdefault(i, []).append((d, n))
assert len(incs) > 60, len(incs)
order = sorted(incs)
random.Random(7).shuffle(order)
parent = {}
def find(x):
    while parent.setdefault(x, x) != x:
        x = parent[x]
    return x
for ev in (e for i in order for e in incs[i]):
    find(ev)
for a, b in zip(order, order[1:]):
    parent[find(incs[b][0])] = find(incs[a][-1])
db.execute("DELETE FROM incident_members")
db.execute("DELETE FROM incidents")
for ev in parent:
    root = "stale-%s-%d" % find(ev)
    db.execute("INSERT OR IGNORE INTO incidents(id, json) VALUES (?, '{}')", (root,))
    db.execute("INSERT INTO incident_members VALUES (?, ?, ?)", (root, ev[0], ev[1]))
db.commit()
PY
sqlite3 "$tmp/stale.db" ".backup '$tmp/killed.db'"
"$RASD" ingest -q --db "$tmp/stale.db" "$tmp/town-b.jsonl" 2>"$tmp/stale.err" ||
	fail "ingest into a store of stale incidents failed: $(cat "$tmp/stale.err")"
grep -q "rebuilt every incident" "$tmp/stale.err" || fail "no rebuild: $(cat "$tmp/stale.err")"
[[ "$(q "$tmp/stale.db")" == "$(q "$tmp/town.db")" ]] || fail "stale store differs from one ingest"
[[ $(sqlite3 "$tmp/stale.db" "SELECT count(*) FROM incidents_pending") == 0 ]] ||
	fail "reports left pending"

# --rebuild-incidents killed (-9) once it has written some incidents: the
# reports not done yet stay pending, and the next ingest finishes them.
db=$tmp/killed.db
"$RASD" ingest -q -j1 --rebuild-incidents --db "$db" >/dev/null 2>&1 &
pid=$!
trap '[[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
killed=0
for _ in $(seq 1000); do
	c=$(sqlite3 "$db" "SELECT count(*) FROM incidents_pending WHERE EXISTS (SELECT 1 FROM incidents)" 2>/dev/null || echo 0)
	if [[ "${c:-0}" -gt 0 ]]; then
		kill -9 "$pid" 2>/dev/null && killed=1
		break
	fi
	sleep 0.01
done
wait "$pid" 2>/dev/null || true
pid=
# (on a loaded machine the rebuild may end between the look and the kill;
# either way the comparison below fails if a report were left neither
# pending nor in its incident)
if [[ $killed != 1 || $(sqlite3 "$db" "SELECT count(*) FROM incidents_pending") == 0 ]]; then
	echo "note: the rebuild finished before it could be killed" >&2
fi
"$RASD" ingest -q --db "$db" "$tmp/town-b.jsonl"
[[ "$(q "$db")" == "$(q "$tmp/town.db")" ]] || fail "killed rebuild, finished, differs from one ingest"
echo ok
