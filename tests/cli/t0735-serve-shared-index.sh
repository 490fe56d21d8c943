#!/usr/bin/env bash
# The index of incidents the workers share answers what the store holds,
# the same on every worker, after each write through the API and after a
# `rasd ingest` from another process.  300 reports of three towns over a
# year are stored first; 100 more of the same towns and dates are posted
# in four batches (they join and rewrite stored incidents, the latest ones
# included), then 20 are ingested beside the server.  After each step,
# from 8 threads over 4 workers: every incident by id, the full list, the
# summary list and the map, each compared with the incidents table read
# directly (ids, order by date then id, JSON) and with the other answers
# to the same request.
set -uo pipefail
tmp=$(mktemp -d)
pid=
fail() { echo "FAIL: $*" >&2; [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; rm -rf "$tmp"; exit 1; }
python3 "$RASD_SRC/bench/gen-reports.py" 420 --seed 11 --towns 3 --years 1 --out "$tmp/all.jsonl"
head -300 "$tmp/all.jsonl" >"$tmp/first.jsonl"
sed -n 301,400p "$tmp/all.jsonl" >"$tmp/posts.jsonl"
tail -20 "$tmp/all.jsonl" >"$tmp/later.jsonl"   # the first of them posted alone
"$RASD" ingest -q --db "$tmp/db" "$tmp/first.jsonl" || fail "ingest"
"$RASD" serve --db "$tmp/db" --listen 127.0.0.1:0 --token tok --workers 4 >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
[[ -n "$port" ]] || fail "server did not start: $(cat "$tmp/err")"
python3 - "$port" "$tmp/db" "$tmp/posts.jsonl" "$tmp/later.jsonl" "$RASD" <<'PY' || fail "served incidents differ from the store"
import json, sqlite3, subprocess, sys, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor

port, db, posts, later, rasd = sys.argv[1:6]
u = "http://127.0.0.1:%s" % port

def get(path):
    try:
        with urllib.request.urlopen(u + path, timeout=120) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        return "%d %s" % (e.code, e.read().decode())

def stored():
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, json FROM incidents ORDER BY date, id").fetchall()
    con.close()
    return rows

def check(step):
    rows = stored()
    assert rows, "no incidents"
    paths = ["/api/incidents/" + i for i, _ in rows]
    lists = ["/api/incidents", "/api/incidents?view=summary&limit=40&offset=3",
             "/api/incidents?view=map", "/api/incidents?sort=-date&limit=25"]
    # every request four times, from 8 threads: the 4 workers all answer some
    work = (paths + lists) * 4
    with ThreadPoolExecutor(8) as ex:
        got = list(ex.map(get, work))
    answers = {}
    for p, body in zip(work, got):
        answers.setdefault(p, set()).add(body)
    for p, bodies in answers.items():
        assert len(bodies) == 1, "%s: %s: %d different answers" % (step, p, len(bodies))
    for i, js in rows:
        body = next(iter(answers["/api/incidents/" + i]))
        assert body.startswith("{"), "%s: %s: %s" % (step, i, body[:200])
        inc = json.loads(body)["incident"]
        assert inc == json.loads(js), "%s: incident %s is not the stored one" % (step, i)
    full = json.loads(next(iter(answers["/api/incidents"])))
    assert full["total"] == len(rows), (step, full["total"], len(rows))
    assert [x["id"] for x in full["incidents"]] == [i for i, _ in rows], step
    assert full["incidents"] == [json.loads(js) for _, js in rows], step
    return len(rows)

# the first index is built while the first requests wait
n = check("start")
lines = open(posts, "rb").read().splitlines(keepends=True)
for k in range(4):
    body = b"".join(lines[k * 25:(k + 1) * 25])
    req = urllib.request.Request(u + "/api/documents", data=body, method="POST",
                                 headers={"Authorization": "Bearer tok"})
    with urllib.request.urlopen(req, timeout=300) as r:
        assert r.status == 201, r.status
        changed = json.load(r)["incidents"]
    # read at once: the answer to the post came after the index followed
    n = check("post %d (%d incidents written)" % (k + 1, changed))
# one report, then a second account of it: the incident written last is
# written again (in SQLite it may get its old rowid back)
one = json.loads(open(later).readline())
two = dict(one, id=one["id"] + "-again", text=one["text"] + " Again.")
two.pop("url", None)
for k, doc in enumerate((one, two)):
    req = urllib.request.Request(u + "/api/documents", data=json.dumps(doc).encode(),
                                 method="POST", headers={"Authorization": "Bearer tok"})
    with urllib.request.urlopen(req, timeout=300) as r:
        assert r.status == 201, r.status
    check("one report, account %d" % (k + 1))
full = json.loads(get("/api/incidents"))["incidents"]
assert any(one["id"] in x["documents"] and two["id"] in x["documents"] for x in full), \
    "the second account did not join the first"
# another process writes: the housekeeping thread brings the index up to date
subprocess.run([rasd, "ingest", "-q", "--db", db, later], check=True)
deadline = time.time() + 60
while True:
    try:
        check("ingest")
        break
    except AssertionError:
        if time.time() > deadline:
            raise
        time.sleep(0.5)
print("%d incidents served as stored" % len(stored()), file=sys.stderr)
PY
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
