#!/usr/bin/env bash
# rasd incidents --db: the incidents of a store's reports, named as the
# store names them, the same as the incidents ingest stored; a missing
# store and input files beside --db are refused.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
db="$tmp/s.db"
arts="$RASD_SHARED/data/dev/articles.jsonl"

"$RASD" ingest -q --db "$db" "$arts"
"$RASD" incidents --db "$db" >"$tmp/inc.json"
"$RASD" incidents --db "$db" --format text >"$tmp/inc.txt"
# the text view names the disputes of the Jasim operation, by the stored id
grep -q '^inc-[0-9a-f]\{16\}  2022-10-14  Jasim' "$tmp/inc.txt" || fail "no Jasim incident: $(head -3 "$tmp/inc.txt")"
grep -q '! killed: 20 (enabbaladi.net, Reuters, TASS) vs about 10 (local sources)' "$tmp/inc.txt" || fail "no dispute line"

python3 - "$db" "$tmp/inc.json" <<'PY'
import json, sqlite3, sys
db, path = sys.argv[1:3]
mine = {i["id"]: i for i in json.load(open(path))["incidents"]}
stored = {r[0]: json.loads(r[1]) for r in sqlite3.connect(db).execute("SELECT id, json FROM incidents")}
assert mine and set(mine) == set(stored), (sorted(mine), sorted(stored))
for k in mine:
    assert mine[k] == stored[k], k
PY

if "$RASD" incidents --db "$tmp/none.db" >"$tmp/out" 2>"$tmp/err"; then fail "missing store accepted"; fi
grep -q "cannot open store '$tmp/none.db'" "$tmp/err" || fail "missing store message: $(cat "$tmp/err")"
[[ ! -e "$tmp/none.db" ]] || fail "a missing store was created"
set +e
"$RASD" incidents --db "$db" "$arts" >"$tmp/out" 2>"$tmp/err"; rc=$?
set -e
[[ $rc -eq 2 ]] || fail "--db with a file: exit $rc"
"$RASD" incidents -h | grep -q -- "--db PATH|URL" || fail "help"
echo ok
