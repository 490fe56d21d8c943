#!/usr/bin/env bash
# The corpus gold records: `rasd eval --check` finds no problem in them
# (schema, spans, figures at their spans, every report labelled once), the
# folds cover every record, and the two folds partition the corpus.  The
# checker itself must catch a broken record.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

corpus="$RASD_SHARED/data/corpus/articles.jsonl"
[[ -f $corpus ]] || fail "no corpus at $corpus"

"$RASD" eval --check --gold gold/corpus --folds gold/folds.tsv "$corpus" >"$tmp/out" 2>"$tmp/err" ||
	fail "gold check: $(cat "$tmp/err" "$tmp/out")"
grep -q '^gold check: 343 records in 6 files: .*no problems$' "$tmp/out" || fail "$(cat "$tmp/out")"

# each fold checks alone, and the two add up to the whole
dev=$("$RASD" eval --check --gold gold/corpus --folds gold/folds.tsv --fold dev "$corpus" | sed -E 's/^gold check: ([0-9]+) records.*/\1/')
test=$("$RASD" eval --check --gold gold/corpus --folds gold/folds.tsv --fold test "$corpus" | sed -E 's/^gold check: ([0-9]+) records.*/\1/')
[[ $((dev + test)) -eq 343 && $test -gt 80 && $dev -gt 160 ]] || fail "folds: dev $dev + test $test != 343"

# a broken copy is caught: a figure moved off its span, a span cut inside a word, an unknown kind
python3 - "$tmp" <<'PY' || fail "could not write the broken copy"
import json, sys
src = [json.loads(l) for l in open("gold/corpus/c1.jsonl")]
for r in src:
    for e in r["events"]:
        for c in e["claims"]:
            if not c["derived"]:
                c["value"] += 1000
                break
        else:
            continue
        break
    else:
        continue
    break
r = src[1]
r["events"][0]["location_span"] = [r["events"][0]["location_span"][0] + 1, r["events"][0]["location_span"][1]] if r["events"] and r["events"][0].get("location_span") else [0, 1]
src[2]["outlet_kind"] = "blog"
with open(sys.argv[1] + "/broken.jsonl", "w") as f:
    for r in src:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
"$RASD" eval --check --gold "$tmp/broken.jsonl" --folds gold/folds.tsv --fold dev "$corpus" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "broken gold: exit $rc"
grep -q 'does not give the value' "$tmp/err" || fail "moved figure not caught: $(cat "$tmp/err")"
grep -q 'outlet_kind' "$tmp/err" || fail "bad outlet kind not caught"
grep -q 'problem' "$tmp/out" || fail "no problem count"

# a record outside the folds file is an error, naming the file and line
printf '{"id":"c1-001","incident":"no-such-incident","events":[],"disputes":[]}\n' >"$tmp/nofold.jsonl"
"$RASD" eval --gold "$tmp/nofold.jsonl" --folds gold/folds.tsv --fold test "$corpus" >/dev/null 2>"$tmp/err" && fail "unknown fold key accepted"
grep -q 'nofold.jsonl:1: c1-001: its incident' "$tmp/err" || fail "no place in: $(cat "$tmp/err")"
echo ok
