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
curl -s -D - -o /dev/null -X DELETE "$u/api/health" | grep -qi '^Allow: GET' || fail "405 Allow header"
# A chunked body has no Content-Length: it is cut at the limit while read.
head -c 100000 /dev/zero | tr '\0' 'a' | curl -s -o "$tmp/body" -w '%{http_code}' -X POST \
	-H 'Authorization: Bearer tok' -H 'Transfer-Encoding: chunked' --data-binary @- "$u/api/documents" >"$tmp/code"
[[ $(cat "$tmp/code") == 413 ]] || fail "chunked size limit"
grep -q '"error":"request body over the limit' "$tmp/body" || fail "413 body"
[[ $(code -X POST -H 'Authorization: Bearer tok' --data '[1,2]' "$u/api/documents") == 400 ]] || fail "not an object"
[[ $(code "$u/api/incidents/no-such-incident") == 404 ]] || fail "404 incident"
grep -q '"error"' "$tmp/body" || fail "404 body is JSON"
[[ $(code "$u/app.js") == 200 ]] || fail "app.js"
[[ $(curl -s -o /dev/null -w '%{content_type}' "$u/vendor/leaflet.css") == text/css* ]] || fail "css mime"
[[ $(code --path-as-is "$u/vendor/../../CMakeLists.txt") == 404 ]] || fail "traversal via vendor"
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
# A config file sets the token and the limit.
printf 'token = conf-tok\nmax_request = 1K\n' >"$tmp/conf"
"$RASD" serve --db "$tmp/db2" --listen 127.0.0.1:0 --config "$tmp/conf" >"$tmp/port2" 2>"$tmp/err2" &
pid2=$!
for _ in $(seq 100); do [[ -s "$tmp/port2" ]] && break; sleep 0.1; done
u2="http://127.0.0.1:$(head -1 "$tmp/port2")"
[[ $(code -X POST -H 'Authorization: Bearer conf-tok' --data "$doc" "$u2/api/documents") == 201 ]] || fail "config token"
[[ $(code -X POST -H 'Authorization: Bearer tok' --data "$doc" "$u2/api/documents") == 401 ]] || fail "config token refuses others"
[[ $(code -X POST -H 'Authorization: Bearer conf-tok' --data-binary @"$tmp/big" "$u2/api/documents") == 413 ]] || fail "config limit"
kill "$pid2"; wait "$pid2" 2>/dev/null
printf 'nonsense\n' >"$tmp/conf"
if "$RASD" serve --config "$tmp/conf" 2>"$tmp/err3"; then fail "bad config accepted"; fi
grep -q "conf:1: expected 'key = value'" "$tmp/err3" || fail "bad config message: $(cat "$tmp/err3")"
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
