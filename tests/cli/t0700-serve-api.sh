#!/usr/bin/env bash
# rasd serve over curl: health, token, size limit, malformed JSON, 404/405,
# a round trip from POST to the incident, static files, no path traversal.
set -uo pipefail
tmp=$(mktemp -d)
fail() { echo "FAIL: $*" >&2; kill "$pid" 2>/dev/null; rm -rf "$tmp"; exit 1; }
"$RASD" serve --db "$tmp/db" --listen 127.0.0.1:0 --token tok --max-request 64K >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
[[ -n "$port" ]] || fail "server did not start: $(cat "$tmp/err")"
u="http://127.0.0.1:$port"
code() { curl -s -o "$tmp/body" -w '%{http_code}' "$@"; }

[[ $(code "$u/api/health") == 200 ]] || fail health
grep -q '"ok":true' "$tmp/body" || fail "health body"
[[ $(code -X POST --data '{"text":"x"}' "$u/api/documents") == 401 ]] || fail "no token"
[[ $(code -X POST -H 'Authorization: Bearer nope' --data '{"text":"x"}' "$u/api/documents") == 401 ]] || fail "wrong token"
head -c 100000 /dev/zero | tr '\0' 'a' >"$tmp/big"
[[ $(code -X POST -H 'Authorization: Bearer tok' --data-binary @"$tmp/big" "$u/api/documents") == 413 ]] || fail "size limit"
[[ $(code -X POST -H 'Authorization: Bearer tok' --data '{"text": 12' "$u/api/documents") == 400 ]] || fail "bad json"
grep -q '"where":"line 1"' "$tmp/body" || fail "bad json where"
[[ $(code "$u/api/nothing") == 404 ]] || fail "404"
[[ $(code -X DELETE "$u/api/health") == 405 ]] || fail "405"
[[ $(code --path-as-is "$u/../../etc/passwd") == 404 ]] || fail "traversal"
[[ $(code "$u/") == 200 ]] || fail "index"
grep -q "<title>rasd" "$tmp/body" || fail "index body"

doc='{"id":"t1","lang":"en","published":"2021-10-20","text":"At least 14 soldiers were killed when two bombs exploded on a military bus at Jisr al-Rais in Damascus on Wednesday, state news agency SANA said."}'
[[ $(code -X POST -H 'Authorization: Bearer tok' --data "$doc" "$u/api/documents") == 201 ]] || fail "post: $(cat "$tmp/body")"
[[ $(code "$u/api/documents/t1") == 200 ]] || fail "get document"
grep -q '"value":14' "$tmp/body" || fail "extraction stored"
[[ $(code "$u/api/incidents?admin1=Damascus") == 200 ]] || fail "incidents"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["incidents"][0]["id"])' "$tmp/body") || fail "no incident"
[[ $(code "$u/api/incidents/$id") == 200 ]] || fail "incident"
grep -q '"text":"At least 14' "$tmp/body" || fail "incident evidence text"
[[ $(code "$u/api/search?q=Damascus") == 200 ]] || fail "search"
grep -q '"doc":"t1"' "$tmp/body" || fail "search result"
[[ $(code "$u/api/export?format=acled") == 200 ]] || fail "export"
head -1 "$tmp/body" | grep -q "event_id_cnty" || fail "export header"
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
