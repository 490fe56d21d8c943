#!/usr/bin/env bash
# Several machines, one PostgreSQL: four `rasd ingest` processes store
# overlapping sets of reports (each 60% of them, in its own order) into one
# database at once; the result (documents, extractions, events, claims,
# incidents with their members) equals one ingest of all the reports into
# another database, and nothing is left pending.  Needs RASD_TEST_PG_URL
# (scripts/pg-test.sh start); skipped without it.
set -euo pipefail
if [[ -z "${RASD_TEST_PG_URL:-}" ]]; then
	echo "skipped: RASD_TEST_PG_URL is not set"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PGOPTIONS='-c client_min_messages=warning'
base=${RASD_TEST_PG_URL%%\?*}
query=${RASD_TEST_PG_URL#*\?}
url_a="${base%/*}/rasd_conc_a?$query"
url_b="${base%/*}/rasd_conc_b?$query"
for db in rasd_conc_a rasd_conc_b; do
	psql -q "$RASD_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
done

# Reports: the dev set, the samples, and dense synthetic ones (few towns,
# a few months: many incidents of several reports, blocks shared by all).
python3 "$RASD_SRC/bench/gen-reports.py" 600 --seed 11 --towns 6 --years 0.3 --out "$tmp/gen.jsonl"
cat "$RASD_SHARED/data/dev/articles.jsonl" "$RASD_SRC/samples/reports.jsonl" "$tmp/gen.jsonl" >"$tmp/all.jsonl"
python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]
lines = [l for l in open(d + "/all.jsonl", encoding="utf-8") if l.strip()]
for i in range(4):
    r = random.Random(100 + i)
    part = r.sample(lines, int(len(lines) * 0.6))
    with open("%s/part%d.jsonl" % (d, i), "w", encoding="utf-8") as f:
        f.writelines(part)
# every report is in some part: the union is the whole set
seen = set()
for i in range(4):
    seen.update(open("%s/part%d.jsonl" % (d, i), encoding="utf-8"))
with open(d + "/rest.jsonl", "w", encoding="utf-8") as f:
    f.writelines(l for l in lines if l not in seen)
PY

pids=()
for i in 0 1 2 3; do
	"$RASD" ingest -q -j 1 --db "$url_a" "$tmp/part$i.jsonl" "$tmp/rest.jsonl" 2>"$tmp/err$i" &
	pids+=($!)
done
for i in 0 1 2 3; do
	if ! wait "${pids[$i]}"; then
		cat "$tmp/err$i" >&2
		echo "FAIL: ingester $i" >&2
		exit 1
	fi
done
"$RASD" ingest -q --db "$url_b" "$tmp/all.jsonl"

dump() {
	psql -At -v ON_ERROR_STOP=1 "$1" <<'SQL'
SELECT 'doc', id, hash, outlet, published, md5(text) FROM documents ORDER BY id COLLATE "C";
SELECT 'ext', doc_id, md5(json) FROM extractions ORDER BY doc_id COLLATE "C";
SELECT 'ev', doc_id, n, event_type, date, place_id, blk, day_lo, day_hi, wide FROM events ORDER BY doc_id COLLATE "C", n;
SELECT 'cl', doc_id, n, kind, value, source_id, count(*) FROM claims GROUP BY doc_id, n, kind, value, source_id
 ORDER BY doc_id COLLATE "C", n, kind COLLATE "C", value, source_id COLLATE "C";
SELECT 'inc', id, date, date_last, md5(json) FROM incidents ORDER BY id COLLATE "C";
SELECT 'mem', incident_id, doc_id, n FROM incident_members ORDER BY incident_id COLLATE "C", doc_id COLLATE "C", n;
SELECT 'pending', count(*) FROM incidents_pending;
SQL
}
dump "$url_a" >"$tmp/a.txt"
dump "$url_b" >"$tmp/b.txt"
if ! cmp -s "$tmp/a.txt" "$tmp/b.txt"; then
	diff "$tmp/a.txt" "$tmp/b.txt" | head -20 >&2
	echo "FAIL: four concurrent ingests differ from one ingest" >&2
	exit 1
fi
grep -q '^pending|0$' "$tmp/a.txt"
echo "$(grep -c '^doc|' "$tmp/a.txt") documents, $(grep -c '^inc|' "$tmp/a.txt") incidents: equal" >&2
for db in rasd_conc_a rasd_conc_b; do
	psql -q "$RASD_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $db" >/dev/null
done
echo ok
