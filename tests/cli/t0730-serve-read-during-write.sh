#!/usr/bin/env bash
# Reads are answered while a large write is under way: a POST of 1024
# reports runs on the writer thread; as soon as its first report is stored,
# /api/health, an incident list and a document are read, and every read
# must come back before the POST does.
set -uo pipefail
tmp=$(mktemp -d)
fail() { echo "FAIL: $*" >&2; kill "$pid" 2>/dev/null; rm -rf "$tmp"; exit 1; }
python3 "$RASD_SRC/bench/gen-reports.py" 1024 --seed 7 --out "$tmp/big.jsonl"
"$RASD" serve --db "$tmp/db" --listen 127.0.0.1:0 --token tok --workers 2 >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
[[ -n "$port" ]] || fail "server did not start: $(cat "$tmp/err")"
python3 - "$port" "$tmp/big.jsonl" <<'PY' || fail "reads waited for the write"
import json, sys, threading, time, urllib.request

port, path = int(sys.argv[1]), sys.argv[2]
u = "http://127.0.0.1:%d" % port
body = open(path, "rb").read()
done = {}

def post():
    req = urllib.request.Request(u + "/api/documents", data=body, method="POST",
                                 headers={"Authorization": "Bearer tok"})
    with urllib.request.urlopen(req, timeout=600) as r:
        done["status"] = r.status
        done["n"] = len(json.load(r)["documents"])
    done["at"] = time.time()

t = threading.Thread(target=post)
t.start()
first = json.loads(body.splitlines()[0])["id"]
deadline = time.time() + 300
while time.time() < deadline:
    try:
        with urllib.request.urlopen(u + "/api/documents/" + first, timeout=5) as r:
            if r.status == 200:
                break
    except Exception:
        pass
    time.sleep(0.01)
else:
    sys.exit("the first report was never stored")
reads = []
for p in ("/api/health", "/api/incidents?limit=5", "/api/documents/" + first,
          "/api/health", "/api/search?q=Aleppo&limit=3"):
    t0 = time.time()
    with urllib.request.urlopen(u + p, timeout=60) as r:
        assert r.status == 200, (p, r.status)
        r.read()
    reads.append((p, t0, time.time()))
t.join()
assert done.get("status") == 201 and done.get("n") == 1024, done
late = [p for p, t0, t1 in reads if t1 > done["at"]]
print("post took until +%.2f s; reads answered in %s s" % (
    done["at"] - reads[0][1], ", ".join("%.3f" % (t1 - t0) for _, t0, t1 in reads)),
    file=sys.stderr)
assert not late, "read answered only after the write: %s" % late
PY
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
