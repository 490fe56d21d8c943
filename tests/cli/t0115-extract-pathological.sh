#!/usr/bin/env bash
# rasd extract on 2 MB reports built to make extraction quadratic: one
# date repeated, one figure sentence repeated (a single event of them all),
# a new figure every sentence, a new event every sentence, one sentence the
# size of the report, and sentences dense with speakers and denials.  Each
# must come out whole, one line each, with its events bounded as
# events_int.h says (RASDP_MAX_EVENT_CLAIMS claims to an event).  A 2 MB
# report is read in parts of at most 1 MiB (src/extract/parts.c), each
# part alone: the one event repeated is joined again across the cut, the
# figures' event (its claims differ on each side) is read as two.  No time
# is asserted: before the extraction was made linear these took minutes to
# hours, so a regression shows as this test's ctest timeout.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
towns = ['Idlib', 'Aleppo', 'Homs', 'Hama', 'Daraa', 'Raqqa']
days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
kinds = {
    'dates': lambda i: 'On 3 March 2023. ',
    'killed': lambda i: 'Five civilians were killed in Idlib on Monday. ',
    'figures': lambda i: '%d civilians were killed in Idlib on Monday, SANA said. ' % (i % 9999 + 1),
    'events': lambda i: '%d people were killed in %s on %s. ' % (i % 9999 + 1, towns[i % 6], days[i // 6 % 5]),
    'runon': lambda i: 'killed 5 civilians and wounded 3 in Idlib and ',
    'speakers': lambda i: ('SANA said 5 were killed, Russia denied that 3 were killed, and the '
                           'Syrian Observatory said 12 civilians died in Idlib, ') + ('. ' if i % 16 == 15 else ''),
    'denials': lambda i: 'نفت الوزارة أن %d قتلوا، ونفى الجيش أن 3 أصيبوا، ' % (i % 99 + 1) + ('. ' if i % 32 == 31 else ''),
}
with open(tmp + '/in.jsonl', 'w', encoding='utf-8') as f:
    for kind, sentence in kinds.items():
        parts, n, i = [], 0, 0
        while n < 2000000:
            s = sentence(i)
            parts.append(s)
            n += len(s.encode('utf-8'))
            i += 1
        f.write(json.dumps({'id': kind, 'published': '2023-03-10', 'text': ''.join(parts)},
                           ensure_ascii=False) + '\n')
PY

"$RASD" extract -j 2 "$tmp/in.jsonl" >"$tmp/out.jsonl" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "exit $rc: $(head -c 500 "$tmp/err")"
python3 - "$tmp/out.jsonl" <<'PY' || exit 1
import json, sys
out = {}
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    out[d['id']] = d
def fail(msg):
    sys.exit('FAIL: ' + msg)
want = ['dates', 'killed', 'figures', 'events', 'runon', 'speakers', 'denials']
if sorted(out) != sorted(want):
    fail('reports out: %s' % sorted(out))
if out['dates']['events']:
    fail('a bare date repeated is no event')
ev = out['killed']['events']
if len(ev) != 1 or len(ev[0]['claims']) != 1 or ev[0]['claims'][0]['value'] != 5:
    fail('one sentence repeated is one event with one figure: %s' % json.dumps(ev)[:300])
if ev[0]['evidence'][-1][1] < 2000000 - 100:
    fail('killed: the evidence of the second part is not joined: %s' % ev[0]['evidence'][-1])
# 2 MB in parts of at most 1 MiB: two parts, and one event each
ev = out['figures']['events']
if len(ev) != 2 or not all(1 < len(e['claims']) <= 128 for e in ev):
    fail('figures: one event a part, its claims bounded: %d events' % len(ev))
if not out['events']['events'] or len(out['events']['events']) > 1024:
    fail('events: %d' % len(out['events']['events']))
for k in want:
    for e in out[k]['events']:
        if len(e['claims']) > 128 or len(e['participants']) > 128:
            fail('%s: an event over the bounds' % k)
print('ok: ' + ', '.join('%s %d events' % (k, len(out[k]['events'])) for k in want))
PY
