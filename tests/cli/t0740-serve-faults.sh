#!/usr/bin/env bash
# rasd serve: malformed query arguments get 400 with the same error shape on
# every endpoint; a JSONL post with a bad line stores the good lines and
# answers each line, as `rasd ingest` stores the good lines of a file; the
# Bearer scheme is matched in any case; every answer, the review page
# first, carries a Content-Security-Policy with frame-ancestors.
set -uo pipefail
tmp=$(mktemp -d)
fail() { echo "FAIL: $*" >&2; kill "$pid" 2>/dev/null; rm -rf "$tmp"; exit 1; }
"$RASD" serve --db "$tmp/db" --listen 127.0.0.1:0 --token tok >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
[[ -n "$port" ]] || fail "server did not start: $(cat "$tmp/err")"
u="http://127.0.0.1:$port"
code() { curl -s -o "$tmp/body" -w '%{http_code}' "$@"; }

for q in "/api/incidents?from=garbage" "/api/incidents?from=2023-13-45" "/api/incidents?to=2023-02-30" \
	 "/api/incidents?limit=-1" "/api/incidents?limit=abc" "/api/search?q=x&from=x" \
	 "/api/export?to=2023-13-45" "/api/incidents?offset=1e9"; do
	[[ $(code "$u$q") == 400 ]] || fail "$q: not 400"
	python3 -c 'import json,sys; o=json.load(open(sys.argv[1])); assert set(o)=={"error","where"}, o' \
		"$tmp/body" || fail "$q: error shape $(cat "$tmp/body")"
done
[[ $(code "$u/api/incidents?from=2023-01-01&to=2023-12-31&limit=10") == 200 ]] || fail "good arguments"

printf '%s\n%s\n%s\n' "$(sed -n 1p "$RASD_SHARED/data/dev/articles.jsonl")" '{"text": 12' \
	"$(sed -n 2p "$RASD_SHARED/data/dev/articles.jsonl")" >"$tmp/mixed.jsonl"
[[ $(code -X POST -H 'Authorization: bearer tok' --data-binary @"$tmp/mixed.jsonl" "$u/api/documents") == 207 ]] ||
	fail "mixed post: $(cat "$tmp/body")"
python3 - "$tmp/body" <<'PY' || fail "mixed post answer: $(cat "$tmp/body")"
import json, sys
o = json.load(open(sys.argv[1]))
r = [(d["line"], d["result"]) for d in o["documents"]]
assert r == [(1, "inserted"), (2, "error"), (3, "inserted")], r
assert "not JSON" in o["documents"][1]["error"]
PY
"$RASD" ingest --db "$tmp/ing.db" "$tmp/mixed.jsonl" >"$tmp/ing" 2>"$tmp/ingerr"
[[ $? == 3 ]] || fail "ingest of the same lines: exit status"
grep -q "ingested 2 new, 0 replaced, 0 unchanged, 1 skipped" "$tmp/ing" || fail "ingest: $(cat "$tmp/ing")"
grep -q "mixed.jsonl:2: not JSON" "$tmp/ingerr" || fail "ingest message: $(cat "$tmp/ingerr")"
[[ $(code -X POST -H 'Authorization: BEARER tok' --data '{"text":"x"}' "$u/api/documents") == 201 ]] || fail "BEARER"
[[ $(code -X POST -H 'Authorization: Bearer  tok' --data '{"text":"y"}' "$u/api/documents") == 201 ]] || fail "two spaces"
[[ $(code -X POST -H 'Authorization: Bearer TOK' --data '{"text":"z"}' "$u/api/documents") == 401 ]] || fail "token case"

curl -s -D "$tmp/h" -o /dev/null "$u/"
grep -qi "^Content-Security-Policy: .*frame-ancestors 'none'" "$tmp/h" || fail "CSP on the review page"
grep -qi "^X-Frame-Options: DENY" "$tmp/h" || fail "X-Frame-Options"
curl -s -D "$tmp/h" -o /dev/null "$u/api/health"
grep -qi "^Content-Security-Policy:" "$tmp/h" || fail "CSP on the API"
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
