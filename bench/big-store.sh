#!/usr/bin/env bash
# big-store.sh - a store of N synthetic reports (default one million), then
# the time and peak memory of one more ingest into it.  Figures only.
#
#   bench/big-store.sh                   # 1,000,000 reports in build/bench/big.db
#   N=100000 bench/big-store.sh          # smaller
#   REUSE=1 bench/big-store.sh           # keep an existing store, time one ingest
#
# The reports come from bench/gen-reports.py (Arabic and English, groups of
# one to four reports of one happening, every town of the gazetteer over ten
# years) and go in through `rasd ingest`, the real path: extraction, one
# transaction per report, then the incident update by blocks over the
# whole backlog.  Prints how long building took (generation, ingest) and
# then the one-report ingest: wall time and peak RSS (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
rasd=${RASD:-build/rasd}
n=${N:-1000000}
dir=${DIR:-build/bench}
db=$dir/big.db
mkdir -p "$dir"
[[ -x "$rasd" ]] || { echo "big-store.sh: build rasd first ($rasd)" >&2; exit 1; }
tm=(/usr/bin/time -f '%e s wall, %M KiB peak RSS')
[[ -x /usr/bin/time ]] || tm=(bash -c 'time "$@"' --)
if [[ "${REUSE:-0}" != 1 || ! -e "$db" ]]; then
	rm -f "$db" "$db-wal" "$db-shm"
	echo "== generating $n reports"
	start=$(date +%s)
	python3 bench/gen-reports.py "$n" --seed 1 --out "$dir/big.jsonl"
	echo "generated in $(( $(date +%s) - start )) s ($(du -h "$dir/big.jsonl" | cut -f1))"
	echo "== rasd ingest of $n reports"
	"${tm[@]}" "$rasd" ingest --db "$db" "$dir/big.jsonl"
	echo "store: $(du -h "$db" | cut -f1)"
fi
echo "== one more report into the store of $(sqlite3 "$db" 'SELECT count(*) FROM documents') reports"
python3 bench/gen-reports.py 1 --seed $RANDOM --prefix one --out "$dir/one.jsonl"
"${tm[@]}" "$rasd" ingest --db "$db" "$dir/one.jsonl"
echo "== the same, with 100 reports"
python3 bench/gen-reports.py 100 --seed $RANDOM --prefix hundred --out "$dir/hundred.jsonl"
"${tm[@]}" "$rasd" ingest --db "$db" "$dir/hundred.jsonl"
