#!/usr/bin/env bash
# The review page at scale: a store of N synthetic incidents (bench_store,
# default 100,000), `rasd serve` on it, and headless Chromium opening the
# page, filtering by governorate and by text, paging and opening an
# incident (tests/browser/scale.mjs).  Prints the times (first list,
# filter, text, page, incident) of each run; never asserts a time.
#
# usage: bench/review-page.sh [BUILD_DIR]
# env:   N (100000)  RUNS (3)  STORE (BUILD_DIR/bench-store-N.db, reused
#        while newer than bench_store)  CHROMIUM (/usr/bin/chromium)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
n=${N:-100000}
runs=${RUNS:-3}
gen="$build/tests/bench_store"
store=${STORE:-$build/bench-store-$n.db}
[ -x "$build/rasd" ] && [ -x "$gen" ] || { echo "review-page.sh: build rasd and its tests in '$build' first" >&2; exit 1; }
if [ ! -s "$store" ] || [ "$gen" -nt "$store" ]; then
	echo "review-page.sh: generating $n synthetic incidents in $store" >&2
	"$gen" "$store.tmp" "$n" "$src/data" >&2
	mv "$store.tmp" "$store"
	rm -f "$store.tmp-wal" "$store.tmp-shm"
fi
total=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from incidents").fetchone()[0])' "$store")
cd "$src/tests/browser"
if [ ! -d node_modules/playwright-core ]; then
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
tmp=$(mktemp -d)
"$build/rasd" serve --db "$store" --listen 127.0.0.1:0 >"$tmp/port" 2>"$tmp/err" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 600); do [ -s "$tmp/port" ] && break; sleep 0.1; done
[ -s "$tmp/port" ] || { echo "review-page.sh: rasd serve did not start: $(cat "$tmp/err")" >&2; exit 1; }
base="http://127.0.0.1:$(head -1 "$tmp/port")"
echo "store: $store ($total incidents)"
printf '%-4s %14s %10s %10s %10s %12s\n' run first_list_ms filter_ms text_ms page_ms incident_ms
for r in $(seq "$runs"); do
	# the first run builds the server's index of the store: restart for each run
	if [ "$r" -gt 1 ]; then
		kill "$pid"; wait "$pid" 2>/dev/null || true
		"$build/rasd" serve --db "$store" --listen 127.0.0.1:0 >"$tmp/port" 2>"$tmp/err" &
		pid=$!
		for _ in $(seq 600); do [ -s "$tmp/port" ] && break; sleep 0.1; done
		base="http://127.0.0.1:$(head -1 "$tmp/port")"
	fi
	line=$(node scale.mjs "$base" "$total")
	python3 -c 'import json,sys; t=json.loads(sys.argv[2]); print("%-4s %14d %10d %10d %10d %12d" % (sys.argv[1], t["first_list_ms"], t["filter_ms"], t["text_ms"], t["page_ms"], t["incident_ms"]))' "$r" "$line"
done
