#!/usr/bin/env bash
# rasd extract on the bundled sample: one JSON line per report, events with
# places, figures with qualifiers and sources, spans that point at the text.
set -euo pipefail
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$RASD" extract "$RASD_SRC/samples/reports.jsonl" >"$out"
python3 - "$out" "$RASD_SRC/samples/reports.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
src = {d["id"]: d for d in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
assert len(docs) == 3, len(docs)
for d in docs:
    text = src[d["id"]]["text"].encode("utf-8")
    for ev in d["events"]:
        for c in ev["claims"]:
            s, e = c["span"]
            assert text[s:e].decode("utf-8") == c["text"], (c, text[s:e])
ar = docs[0]
claims = [(c["kind"], c["value"], c["qualifier"]) for ev in ar["events"] for c in ev["claims"]]
assert ("killed", 20, "exact") in claims, claims
assert ("killed", 10, "about") in claims, claims
places = [ev["place"]["admin1"] for ev in ar["events"] if ev["place"]]
assert "Daraa" in places, places
bus = docs[2]
claims = [(c["kind"], c["value"], c["qualifier"], c["source"]["id"]) for ev in bus["events"] for c in ev["claims"]]
assert ("killed", 14, "at_least", "sana") in claims, claims
print("ok")
PY
