#!/usr/bin/env bash
# The pending flag: reports stored without their incident update (as after
# a kill -9 between the two, here by --no-incidents) stay flagged in the
# store; the next server start brings the incidents up to date while it
# answers, and so does the next ingest; both give the incidents of an
# uninterrupted ingest.
set -uo pipefail
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
arts="$RASD_SHARED/data/dev/articles.jsonl"
"$RASD" ingest -q --db "$tmp/ref.db" "$arts" || fail "reference ingest"
q() { sqlite3 "$1" "$2"; }
want=$(q "$tmp/ref.db" "SELECT group_concat(id || ':' || json, '|') FROM (SELECT id, json FROM incidents ORDER BY id)")

"$RASD" ingest -q --no-incidents --db "$tmp/s.db" "$arts" || fail "ingest --no-incidents"
[[ $(q "$tmp/s.db" "SELECT count(*) FROM incidents") == 0 ]] || fail "incidents written"
[[ $(q "$tmp/s.db" "SELECT count(*) FROM incidents_pending") == 29 ]] || fail "pending flags"
"$RASD" serve --db "$tmp/s.db" --listen 127.0.0.1:0 >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
u="http://127.0.0.1:$(head -1 "$tmp/port")"
for _ in $(seq 100); do
	curl -s "$u/api/health" | grep -q '"pending":0' && break
	sleep 0.1
done
curl -s "$u/api/health" | grep -q '"pending":0' || fail "the server did not catch up: $(curl -s "$u/api/health")"
kill "$pid"; wait "$pid" 2>/dev/null; pid=
got=$(q "$tmp/s.db" "SELECT group_concat(id || ':' || json, '|') FROM (SELECT id, json FROM incidents ORDER BY id)")
[[ "$got" == "$want" ]] || fail "incidents after the server caught up differ"

"$RASD" ingest -q --no-incidents --db "$tmp/t.db" "$arts" || fail "ingest --no-incidents"
"$RASD" ingest -q --db "$tmp/t.db" "$RASD_SRC/samples/reports.jsonl" "$arts" || fail "next ingest"
"$RASD" ingest -q --db "$tmp/ref.db" "$RASD_SRC/samples/reports.jsonl" || fail "reference ingest 2"
[[ $(q "$tmp/t.db" "SELECT count(*) FROM incidents_pending") == 0 ]] || fail "still pending"
a=$(q "$tmp/t.db" "SELECT group_concat(id || ':' || json, '|') FROM (SELECT id, json FROM incidents ORDER BY id)")
b=$(q "$tmp/ref.db" "SELECT group_concat(id || ':' || json, '|') FROM (SELECT id, json FROM incidents ORDER BY id)")
[[ "$a" == "$b" ]] || fail "incidents after the next ingest differ"
echo ok
