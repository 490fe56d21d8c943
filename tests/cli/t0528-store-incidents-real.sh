#!/usr/bin/env bash
# The labelled reports (the dev set and the corpus: places missing, reports
# undated, syndicated copies, several events a report) ingested at once and
# in three parts: the incidents the store keeps up to date block by block
# are, member for member, those `rasd incidents --db` finds clustering the
# whole store.  A block rule the store's update does not follow (a pair
# compared by the clustering that no update reads) fails here.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat "$RASD_SHARED/data/dev/articles.jsonl" "$RASD_SHARED/data/corpus/articles.jsonl" >"$tmp/all.jsonl"
awk 'NR % 3 == 0' "$tmp/all.jsonl" >"$tmp/p0.jsonl"
awk 'NR % 3 == 1' "$tmp/all.jsonl" >"$tmp/p1.jsonl"
awk 'NR % 3 == 2' "$tmp/all.jsonl" >"$tmp/p2.jsonl"
"$RASD" ingest -q --db "$tmp/one.db" "$tmp/all.jsonl"
for p in p1 p2 p0; do
	"$RASD" ingest -q --db "$tmp/parts.db" "$tmp/$p.jsonl"
done
for db in one parts; do
	"$RASD" incidents --db "$tmp/$db.db" -o "$tmp/$db.json"
	python3 - "$tmp/$db.db" "$tmp/$db.json" <<'PY' || fail "$db: stored incidents differ from clustering the store"
import json, sqlite3, sys
db, path = sys.argv[1:3]
full = sorted(sorted((e["doc"], e["n"]) for e in i["events"]) for i in json.load(open(path))["incidents"])
groups = {}
for inc, doc, n in sqlite3.connect(db).execute("SELECT incident_id, doc_id, n FROM incident_members"):
    groups.setdefault(inc, []).append((doc, n))
stored = sorted(sorted(g) for g in groups.values())
assert len(full) > 100, len(full)
if stored != full:
    a, b = set(map(tuple, stored)), set(map(tuple, full))
    print("only stored:", sorted(a - b)[:3], "only clustered:", sorted(b - a)[:3], file=sys.stderr)
    sys.exit(1)
PY
done
echo ok
