#!/usr/bin/env bash
# rasd extract on a 100 MB single-line JSONL record with the default
# --max-line (64M): the record is refused with a message naming file:line,
# the records around it still come out, nothing crashes, and memory stays
# bounded (the reader never holds more than about one max-line buffer).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 - "$tmp/big.jsonl" <<'PY'
import sys
with open(sys.argv[1], 'wb') as f:
    f.write(b'{"id":"before","text":"Five people were killed in Idlib."}\n')
    f.write(b'{"id":"big","text":"')
    chunk = b'killed in Idlib ' * 65536        # 1 MiB
    for _ in range(100):
        f.write(chunk)
    f.write(b'"}\n')
    f.write(b'{"id":"after","text":"Two civilians were wounded in Daraa."}\n')
PY
[[ $(stat -c %s "$tmp/big.jsonl") -gt 100000000 ]] || fail "test file too small"

# Run under a wrapper that reports the child's peak RSS in KiB.  Under
# AddressSanitizer the buffers freed while the line grew stay in its
# quarantine (256 MiB by default), which is the sanitizer's memory, not
# rasd's: keep it small so the figure measures rasd's buffers.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16 \
python3 - "$tmp" "$RASD" extract -j 1 "$tmp/big.jsonl" <<'PY'
import resource, subprocess, sys
tmp = sys.argv[1]
with open(tmp + '/out', 'wb') as out, open(tmp + '/err', 'wb') as err:
    rc = subprocess.call(sys.argv[2:], stdout=out, stderr=err)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(tmp + '/rc', 'w').write('%d %d\n' % (rc, rss))
PY
read -r rc rss <"$tmp/rc"
echo "exit $rc, peak RSS $((rss / 1024)) MiB"
[[ $rc -ge 0 && $rc -lt 128 ]] || fail "crashed (exit $rc): $(head -c 500 "$tmp/err")"
[[ $rc -eq 3 ]] || fail "over-long line: exit $rc (want 3)"
grep -q "big.jsonl:2" "$tmp/err" || fail "over-long line not named as file:2: $(head -c 500 "$tmp/err")"
[[ $(wc -c <"$tmp/err") -lt 4096 ]] || fail "error message echoes the record"
grep -q '"id":"before"' "$tmp/out" || fail "record before the long line missing"
grep -q '"id":"after"' "$tmp/out" || fail "record after the long line missing"
[[ $(wc -l <"$tmp/out") -eq 2 ]] || fail "want 2 records out"
# One 64 MiB line buffer plus the engine; sanitizer builds double it.
[[ $rss -lt $((512 * 1024)) ]] || fail "peak RSS $((rss / 1024)) MiB for a 100 MB line"

# A smaller --max-line applies the same way.
printf '{"text":"%s"}\n' "$(printf 'x%.0s' {1..300})" >"$tmp/small.jsonl"
echo '{"text":"ok"}' >>"$tmp/small.jsonl"
"$RASD" extract --max-line 100 "$tmp/small.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 3 ]] || fail "--max-line 100: exit $rc"
grep -q "small.jsonl:1" "$tmp/err" || fail "--max-line 100: not named: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") -eq 1 ]] || fail "--max-line 100: second record missing"
echo ok
