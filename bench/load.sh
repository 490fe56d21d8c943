#!/usr/bin/env bash
# load.sh - rasd serve under a fixed-rate load, on loopback only.  Figures only.
#
#   bench/load.sh                        # the dev set, 500 reads/s + 1 write/s for 20 s
#   DB=build/bench/big.db bench/load.sh  # the 1M-report store of bench/big-store.sh
#   RATE=500 DURATION=30 CONNS=200 SLOW=500 POSTS=1 bench/load.sh
#
# 1. Mixed reads at RATE per second (30% health; 30% an incident by id; 20%
#    a report by id; 15% a week of incidents of one governorate, 50 at most;
#    5% a search for a town, 20 at most), ids and weeks drawn from the
#    store, plus one POST of
#    one new report per second, by bench/loadgen.c (a second process,
#    latency counted from when each request was due).
# 2. /api/health at 20 per second while SLOW slow clients (from 127.0.0.2
#    and up, 50 per address) each send one header line every 5 s.
# The store is copied first, so the writes do not change it.  The server
# has no cap per address (the load comes from one address, as
# from a proxy); everything else is the default.
set -euo pipefail
cd "$(dirname "$0")/.."
rasd=${RASD:-build/rasd}
shared=${RASD_SHARED:-../shared}
rate=${RATE:-500}
duration=${DURATION:-20}
conns=${CONNS:-200}
slow=${SLOW:-500}
posts=${POSTS:-1}
[[ -x "$rasd" ]] || { echo "load.sh: build rasd first ($rasd)" >&2; exit 1; }
tmp=$(mktemp -d)
pid=
trap '[[ -n "$pid" ]] && kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/loadgen" bench/loadgen.c
if [[ -n "${DB:-}" ]]; then
	echo "copying $DB"
	sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	cp "$DB" "$tmp/db"
else
	"$rasd" ingest -q --db "$tmp/db" "$shared/data/dev/articles.jsonl" samples/reports.jsonl
fi
python3 bench/gen-reports.py 2000 --seed 99 --prefix load --out "$tmp/posts.jsonl"
python3 - "$tmp/db" "$tmp/paths" <<'PY'
import random, sqlite3, sys, urllib.parse
con = sqlite3.connect(sys.argv[1])
r = random.Random(1)
def sample(sql, k):
    rows = [x[0] for x in con.execute(sql)]
    return r.sample(rows, min(k, len(rows))) if rows else []
n = con.execute("select max(rowid) from incidents").fetchone()[0] or 0
incs = sample("select id from incidents where rowid in (%s)" % ",".join(
    str(r.randint(1, n)) for _ in range(400)) if n else "select id from incidents", 200)
m = con.execute("select max(seq) from documents").fetchone()[0] or 0
docs = sample("select id from documents where seq in (%s)" % ",".join(
    str(r.randint(1, m)) for _ in range(400)), 200)
weeks = sample("select date || '|' || admin1 from events where rowid in (%s) and date is not null"
               " and admin1 is not null" % ",".join(str(r.randint(1, 10 * m)) for _ in range(800)), 100)
towns = sample("select distinct place_name from events where place_name is not null limit 500", 50)
lines = []
for i in range(1000):
    k = i % 20
    if k < 6:
        lines.append("health /api/health")
    elif k < 12 and incs:
        lines.append("incident /api/incidents/" + r.choice(incs))
    elif k < 16 and docs:
        lines.append("document /api/documents/" + urllib.parse.quote(r.choice(docs)))
    elif k < 19 and weeks:
        d, a = r.choice(weeks).split("|", 1)
        import datetime
        t = datetime.date.fromisoformat(d[:10]) + datetime.timedelta(days=6)
        lines.append("week /api/incidents?from=%s&to=%s&admin1=%s&limit=50"
                     % (d[:10], t.isoformat(), urllib.parse.quote(a)))
    elif towns:
        lines.append("search /api/search?q=%s&limit=20" % urllib.parse.quote(r.choice(towns)))
    else:
        lines.append("health /api/health")
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
"$rasd" serve --db "$tmp/db" --listen 127.0.0.1:0 --token bench --max-per-client -1 >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 600); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
for _ in $(seq 600); do curl -s "http://127.0.0.1:$port/api/health" | grep -q '"pending":0' && break; sleep 0.5; done
echo "rasd serve on port $port: $(curl -s "http://127.0.0.1:$port/api/health")"
echo
# the server's CPU time (user + system, every thread), in seconds
cpu() { awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$pid/stat"; }
echo "== $rate mixed reads/s + $posts write/s for ${duration}s (bench/loadgen.c, $conns connections)"
c0=$(cpu)
"$tmp/loadgen" --port "$port" --paths "$tmp/paths" --rate "$rate" --duration "$duration" \
	--conns "$conns" --post-file "$tmp/posts.jsonl" --post-rate "$posts" --token bench
c1=$(cpu)
echo "server CPU (user + system): $(echo "$c1 - $c0" | bc) s in ${duration} s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== /api/health at 20/s while $slow slow clients hold connections (${duration}s)"
echo "health /api/health" >"$tmp/health"
"$tmp/loadgen" --port "$port" --paths "$tmp/health" --rate 20 --duration "$duration" \
	--conns 4 --slow "$slow" --slow-every 5
