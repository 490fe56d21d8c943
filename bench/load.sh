#!/usr/bin/env bash
# load.sh - rasd serve under load, on loopback only.
#
# Starts `rasd serve` with a fresh SQLite store, posts the dev set
# (shared/data/dev/articles.jsonl), then runs wrk (Debian package `wrk`)
# against /api/health, /api/incidents and one incident page for DURATION
# seconds each, and prints requests/s and latency.  Figures only.
#
#   bench/load.sh                      # build/rasd, 10 s per endpoint
#   DURATION=5 CONNS=16 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rasd=${RASD:-build/rasd}
shared=${RASD_SHARED:-../shared}
duration=${DURATION:-10}
conns=${CONNS:-32}
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[[ -x "$rasd" ]] || { echo "load.sh: build rasd first ($rasd)" >&2; exit 1; }
tmp=$(mktemp -d)
"$rasd" serve --db "$tmp/db" --listen 127.0.0.1:0 --token bench >"$tmp/port" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
u="http://127.0.0.1:$(head -1 "$tmp/port")"
curl -s -X POST -H 'Authorization: Bearer bench' --data-binary @"$shared/data/dev/articles.jsonl" \
	"$u/api/documents" >/dev/null
id=$(curl -s "$u/api/incidents" | python3 -c 'import json,sys; print(json.load(sys.stdin)["incidents"][0]["id"])')
echo "rasd serve on $u, $(curl -s "$u/api/health")"
for path in /api/health /api/incidents "/api/incidents/$id"; do
	echo "== GET $path (wrk -t2 -c$conns -d${duration}s)"
	wrk -t2 -c"$conns" -d"${duration}s" --latency "$u$path" | grep -E "Requests/sec|Latency|50%|99%|Transfer/sec"
done
