#!/usr/bin/env bash
# The store records the clustering its incidents were made by (the blocking
# rules, the link and disagree weights).  An ingest with other link weights
# rebuilds every incident up front and says so, and the stored incidents
# are then those clustering the whole store with those weights gives; with
# the same weights nothing is rebuilt.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; cat "$tmp"/e* >&2 2>/dev/null; exit 1; }
meta() {
	python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
\"SELECT value FROM meta WHERE key = 'clustering'\").fetchone()[0])" "$1"
}
same() {   # stored incidents of store $1 == clustering it with data folder $2
	"$RASD" incidents --db "$1" --data "$2" -o "$tmp/full.json"
	python3 - "$1" "$tmp/full.json" <<'PY'
import json, sqlite3, sys
db, path = sys.argv[1:3]
full = sorted(sorted((e["doc"], e["n"]) for e in i["events"]) for i in json.load(open(path))["incidents"])
groups = {}
for inc, doc, n in sqlite3.connect(db).execute("SELECT incident_id, doc_id, n FROM incident_members"):
    groups.setdefault(inc, []).append((doc, n))
assert len(full) >= 5, len(full)
assert sorted(sorted(g) for g in groups.values()) == full
PY
}

db="$tmp/s.db"
"$RASD" ingest -q --db "$db" "$RASD_SHARED/data/dev/articles.jsonl" 2>"$tmp/e1"
grep -q "another clustering" "$tmp/e1" && fail "a new store's incidents rebuilt"
v1=$(meta "$db")
[ -n "$v1" ] || fail "no clustering recorded"
"$RASD" ingest -q --db "$db" "$RASD_SRC/samples/reports.jsonl" 2>"$tmp/e2"
grep -q "another clustering" "$tmp/e2" && fail "incidents rebuilt with the same weights"

# Other link weights: a pair needs more to join.
cp -r "$RASD_SRC/data" "$tmp/data"
awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "bias" { $2 = sprintf("%.4f", $2 - 1.5) } { print }' \
	"$RASD_SRC/data/models/link.tsv" >"$tmp/data/models/link.tsv"
cmp -s "$RASD_SRC/data/models/link.tsv" "$tmp/data/models/link.tsv" && fail "weights unchanged"
"$RASD" ingest -q --db "$db" --data "$tmp/data" "$RASD_SRC/samples/reports.jsonl" 2>"$tmp/e3"
grep -q "another clustering" "$tmp/e3" || fail "no rebuild with other weights"
[ "$(meta "$db")" != "$v1" ] || fail "the clustering recorded did not change"
same "$db" "$tmp/data" || fail "stored incidents differ from clustering with the new weights"

# And back.
"$RASD" ingest -q --db "$db" "$RASD_SRC/samples/reports.jsonl" 2>"$tmp/e4"
grep -q "another clustering" "$tmp/e4" || fail "no rebuild with the weights back"
[ "$(meta "$db")" = "$v1" ] || fail "clustering recorded: $(meta "$db"), want $v1"
same "$db" "$RASD_SRC/data" || fail "stored incidents differ from clustering the store"
echo ok
