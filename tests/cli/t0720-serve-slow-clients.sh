#!/usr/bin/env bash
# Slow clients (slowloris) cannot starve rasd serve: while 180 sockets from
# twelve loopback addresses each send a header line every half second,
# /api/health from another address is answered every time; a request whose
# headers keep trickling in is cut at the header deadline (not an idle
# timer); one address cannot hold more than --max-per-client connections.
set -uo pipefail
tmp=$(mktemp -d)
fail() { echo "FAIL: $*" >&2; kill "$pid" 2>/dev/null; rm -rf "$tmp"; exit 1; }
"$RASD" serve --db "$tmp/db" --listen 127.0.0.1:0 --max-connections 64 --max-per-client 16 \
	--header-timeout 2 --body-timeout 2 --workers 2 >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
[[ -n "$port" ]] || fail "server did not start: $(cat "$tmp/err")"

python3 - "$port" <<'PY' || fail "slow clients: see above"
import socket, sys, threading, time, urllib.request

port = int(sys.argv[1])
stop = time.time() + 7
socks, lock = [], threading.Lock()

def slow(addr, n):
    """n connections from addr, each trickling a header line every 0.5 s."""
    mine = []
    for _ in range(n):
        s = socket.socket()
        try:
            s.bind((addr, 0))
            s.settimeout(1)
            s.connect(("127.0.0.1", port))
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
            mine.append([s, time.time()])
        except OSError:
            s.close()
    with lock:
        socks.extend(mine)
    while time.time() < stop:
        for m in mine:
            s, t0 = m
            if s is None:
                continue
            try:
                s.sendall(b"X-Slow: 1\r\n")
            except OSError:
                m[0] = None
                s.close()
        # reconnect the ones that were cut, as an attacker would
        for m in mine:
            if m[0] is None and time.time() < stop:
                s = socket.socket()
                try:
                    s.bind((addr, 0))
                    s.settimeout(1)
                    s.connect(("127.0.0.1", port))
                    s.sendall(b"GET / HTTP/1.1\r\n")
                    m[0], m[1] = s, time.time()
                except OSError:
                    s.close()
        time.sleep(0.5)
    for m in mine:
        if m[0] is not None:
            m[0].close()

threads = [threading.Thread(target=slow, args=("127.0.0.%d" % (10 + i), 15), daemon=True)
           for i in range(12)]
for t in threads:
    t.start()
time.sleep(1)

ok = bad = 0
worst = 0.0
while time.time() < stop - 0.5:
    t = time.time()
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/api/health" % port, timeout=5) as r:
            body = r.read()
            if r.status == 200 and b'"ok":true' in body:
                ok += 1
            else:
                bad += 1
    except Exception as e:
        print("health failed:", e, file=sys.stderr)
        bad += 1
    worst = max(worst, time.time() - t)
    time.sleep(0.2)
for t in threads:
    t.join()
time.sleep(0.5)

# The deadline: one connection that trickles a header line every 0.5 s is
# cut after --header-timeout (2 s), though it is never idle.
probe = socket.socket()
probe.bind(("127.0.0.3", 0))
probe.connect(("127.0.0.1", port))
probe.sendall(b"GET /api/health HTTP/1.1\r\n")
t0, cut_after = time.time(), None
probe.settimeout(0.5)
while cut_after is None and time.time() - t0 < 10:
    try:
        probe.sendall(b"X-Slow: 1\r\n")
        if probe.recv(1) == b"":
            cut_after = time.time() - t0
    except socket.timeout:
        pass
    except OSError:
        cut_after = time.time() - t0
probe.close()

# One address is held to --max-per-client connections.
held = []
for _ in range(40):
    s = socket.socket()
    s.bind(("127.0.0.99", 0))
    s.settimeout(1)
    try:
        s.connect(("127.0.0.1", port))
        held.append(s)
    except OSError:
        s.close()
time.sleep(0.5)
alive = 0
for s in held:
    s.settimeout(0.05)
    try:
        alive += s.recv(1) != b""
    except socket.timeout:
        alive += 1
    except OSError:
        pass
    s.close()

print("health ok %d, failed %d, slowest %.3f s; trickling request cut after %s s; "
      "%d of 40 connections of one address kept"
      % (ok, bad, worst, "%.1f" % cut_after if cut_after else "never", alive), file=sys.stderr)
assert ok >= 10 and bad == 0, "health was not answered throughout"
assert cut_after is not None and 1.5 < cut_after < 8, "a trickling request was not cut at its deadline"
assert 8 <= alive <= 16, "one address held more than --max-per-client connections"
PY
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health") == 200 ]] || fail "health after"
kill "$pid"; wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
