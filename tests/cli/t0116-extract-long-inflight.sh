#!/usr/bin/env bash
# rasd extract with long reports in flight among short ones: reports over
# the window (read in parts) wait for the long one before them, reports of
# 256 KiB or more are moved out of the reader rather than copied, the next
# line is measured before it is parsed (src/cli/pipeline.c).  The output
# and the messages must be the same with 1, 2 and 3 threads, and the same
# as each report extracted on its own, in input order.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

python3 - "$tmp" "$here/samples/reports.jsonl" <<'PY'
import json, sys
tmp, samples = sys.argv[1], sys.argv[2]
short = [l.rstrip('\n') for l in open(samples, encoding='utf-8') if l.strip()]
short = [short[i % len(short)] for i in range(6)]
def long(rid, size, sentence):
    parts, n, i = [], 0, 0
    while n < size:
        s = sentence(i)
        parts.append(s)
        n += len(s.encode('utf-8'))
        i += 1
    return json.dumps({'id': rid, 'published': '2023-03-10', 'text': ''.join(parts)},
                      ensure_ascii=False)
killed = lambda i: 'Five civilians were killed in Idlib on Monday. '
figures = lambda i: '%d civilians were killed in Idlib on Monday, SANA said. ' % (i % 9999 + 1)
arabic = lambda i: 'قتل %d مدنيين في قصف على إدلب يوم الاثنين بحسب المرصد السوري. ' % (i % 99 + 1)
lines = [short[0], long('long-1', 2500000, killed), short[1], '',
         long('long-2', 2200000, figures), '{"id": "bad"', short[2],
         long('mid-1', 300000, figures), long('long-3', 1500000, arabic),
         short[3], long('mid-2', 600000, killed), '   ', short[4],
         long('long-4', 3000000, figures), short[5]]
with open(tmp + '/in.jsonl', 'w', encoding='utf-8') as f:
    f.write('\n'.join(lines) + '\n')
# each report alone, the bad line too
for i, l in enumerate(lines):
    with open('%s/one-%02d.jsonl' % (tmp, i), 'w', encoding='utf-8') as f:
        f.write(l + '\n')
PY

for j in 1 2 3; do
	"$RASD" extract -j "$j" "$tmp/in.jsonl" >"$tmp/out-$j.jsonl" 2>"$tmp/err-$j"
	echo "exit $?" >>"$tmp/err-$j"
done
grep -q 'in.jsonl:6: ' "$tmp/err-1" || fail "the bad line 6 is not reported: $(head -c 300 "$tmp/err-1")"
for j in 2 3; do
	cmp -s "$tmp/out-1.jsonl" "$tmp/out-$j.jsonl" || fail "-j$j output differs from -j1"
	cmp -s "$tmp/err-1" "$tmp/err-$j" || fail "-j$j messages differ from -j1"
done
n=$(wc -l <"$tmp/out-1.jsonl")
[[ $n -eq 12 ]] || fail "12 reports out, got $n"
: >"$tmp/alone.jsonl"
for f in "$tmp"/one-*.jsonl; do
	"$RASD" extract -j 1 "$f" >>"$tmp/alone.jsonl" 2>/dev/null
done
cmp -s "$tmp/out-1.jsonl" "$tmp/alone.jsonl" || fail "the reports differ from each extracted alone"
echo "ok: $n reports, the same with -j1, -j2, -j3 and alone"
