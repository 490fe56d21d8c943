#!/usr/bin/env bash
# eval.sh - rasd eval on the dev and the test fold, side by side (`make eval`).
#
#   scripts/eval.sh [RASD] [--slices]
#
# dev  = the shared dev set (29 reports) + the corpus reports of dev incidents;
# test = the corpus reports of test incidents (gold/folds.tsv, fixed once).
# The gold records are the shared dev gold and gold/corpus/*.jsonl.  Look at
# the test fold's misses only to name a missing general capability, never
# to add a phrase; a change that raises dev and lowers test is reverted.
set -euo pipefail
cd "$(dirname "$0")/.."
rasd=${1:-build/rasd}
slices=${2:-}
shared=${RASD_SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

args=(--gold "$shared/data/dev/gold.jsonl" --gold gold/corpus --folds gold/folds.tsv
      "$shared/data/dev/articles.jsonl" "$shared/data/corpus/articles.jsonl")
for fold in dev test; do
	"$rasd" eval --json --slices --fold "$fold" "${args[@]}" >"$tmp/$fold.json"
done
python3 - "$tmp/dev.json" "$tmp/test.json" "$slices" <<'PY'
import json, sys
dev, test = (json.load(open(p)) for p in sys.argv[1:3])
slices = sys.argv[3] == "--slices"

def prf(x):
    return "%.3f / %.3f / %.3f" % (x["precision"], x["recall"], x["f1"])

def ratio(x):
    return "%.3f (%d/%d)" % (x["value"], x["right"], x["total"])

ROWS = [
    ("reports scored", lambda d: "%d" % d["reports"]["scored"]),
    ("claims P / R / F1", lambda d: prf(d["claims"])),
    ("claims, written figures", lambda d: prf(d["claims_written"])),
    ("claim qualifier accuracy", lambda d: ratio(d["claim_qualifier"])),
    ("claim source accuracy", lambda d: ratio(d["claim_source"])),
    ("events P / R / F1", lambda d: prf(d["events"])),
    ("event type accuracy", lambda d: ratio(d["event_type"])),
    ("event date accuracy", lambda d: ratio(d["event_date"])),
    ("event place accuracy", lambda d: ratio(d["event_place"])),
    ("incidents B-cubed P / R / F1", lambda d: prf(d["incidents_bcubed"])),
    ("dispute recall", lambda d: ratio(d["dispute_recall"])),
    ("dispute precision", lambda d: ratio(d["dispute_precision"])),
    ("false events (no-event reports)", lambda d: "%d (%d)" % (d["false_events"]["events"], d["false_events"]["reports"])),
]

def table(title, a, b):
    print("%-32s %-24s %-24s" % (title, "dev", "test"))
    for name, f in ROWS:
        print("%-32s %-24s %-24s" % (name, f(a) if a else "-", f(b) if b else "-"))

table("measure", dev, test)
if slices:
    for dim in ("lang", "country", "outlet_kind"):
        values = sorted(set(dev["slices"][dim]) | set(test["slices"][dim]))
        for v in values:
            print()
            table("%s = %s" % (dim, v), dev["slices"][dim].get(v), test["slices"][dim].get(v))
PY
