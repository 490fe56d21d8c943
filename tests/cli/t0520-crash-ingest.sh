#!/usr/bin/env bash
# Crash safety: kill -9 an ingest of thousands of reports mid-way; the
# SQLite store passes integrity_check, every stored document has its
# extraction and its events (no half-written document), and running the
# ingest again stores the rest, with incidents covering every event.
set -euo pipefail
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
db="$tmp/s.db"
n=6000
python3 - "$RASD_SHARED/data/dev/articles.jsonl" "$tmp/many.jsonl" "$n" <<'PY'
import json, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
arts = [json.loads(l) for l in open(src, encoding="utf-8")]
with open(dst, "w", encoding="utf-8") as f:
    for i in range(n):
        a = dict(arts[i % len(arts)])
        a["id"] = "c%05d" % i
        a["text"] = a["text"] + "\n#%d" % i   # a distinct text, so a distinct hash
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
PY

"$RASD" ingest -q --db "$db" "$tmp/many.jsonl" >/dev/null 2>&1 &
pid=$!
killed=0
for _ in $(seq 600); do
	c=$(sqlite3 "$db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
	if [ "${c:-0}" -ge 200 ]; then
		kill -9 "$pid" 2>/dev/null && killed=1
		break
	fi
	sleep 0.02
done
wait "$pid" 2>/dev/null || true
pid=
[ "$killed" = 1 ] || echo "note: ingest finished before it could be killed" >&2

q() { sqlite3 "$db" "$1"; }
[ "$(q 'PRAGMA integrity_check')" = ok ]
stored=$(q 'SELECT count(*) FROM documents')
echo "stored before the crash: $stored of $n" >&2
[ "$stored" -ge 1 ]
[ "$(q 'SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM extractions x WHERE x.doc_id = d.id)')" = 0 ]
# every event an extraction lists is stored (but a past one recalled), and no more
python3 - "$db" <<'PY'
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
want = {}
for doc_id, js in con.execute("select doc_id, json from extractions"):
    want[doc_id] = sum(e.get("role") != "background" for e in json.loads(js)["events"])
have = dict(con.execute("select doc_id, count(*) from events group by doc_id"))
for d, k in want.items():
    assert have.get(d, 0) == k, (d, k, have.get(d))
assert set(have) <= set(want)
fts = con.execute("select count(*) from docs_fts").fetchone()[0]
assert fts == len(want), (fts, len(want))
PY

"$RASD" ingest --db "$db" "$tmp/many.jsonl" >"$tmp/out"
grep -q "ingested $((n - stored)) new, 0 replaced, $stored unchanged, 0 skipped" "$tmp/out"
[ "$(q 'SELECT count(*) FROM documents')" = "$n" ]
[ "$(q 'PRAGMA integrity_check')" = ok ]
[ "$(q 'SELECT count(*) FROM events')" = "$(q 'SELECT count(*) FROM incident_members')" ]
echo ok
