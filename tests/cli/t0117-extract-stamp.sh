#!/usr/bin/env bash
# rasd extract on plain-text reports without a publication date: the date
# stamp atop the text ("Published: ...", a date alone on its line under
# the headline) is, with --stamp, the report's date (published_from "text"), so "on
# Monday" and "أمس" give dated events; --published, the metadata, wins.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Shelling kills five in Jasim\nPublished: 12 March 2019\n\nShelling on Jasim killed five people on Monday, a local monitor said.\n' >"$tmp/en.txt"
printf 'قصف على بلدة جاسم\n17 مايو 2024\n\nقتل خمسة مدنيين بقصف على بلدة جاسم أمس.\n' >"$tmp/ar.txt"
"$RASD" extract --stamp "$tmp/en.txt" >"$tmp/en.json"
"$RASD" extract --stamp "$tmp/ar.txt" >"$tmp/ar.json"
"$RASD" extract "$tmp/en.txt" >"$tmp/plain.json"
"$RASD" extract --stamp --published 2024-03-12 "$tmp/en.txt" >"$tmp/meta.json"
python3 - "$tmp" <<'PY'
import json, sys
def doc(name):
    return json.loads(open(sys.argv[1] + "/" + name, encoding="utf-8").readline())
en, ar, meta, plain = doc("en.json"), doc("ar.json"), doc("meta.json"), doc("plain.json")
assert en["published"] == "2019-03-12" and en["published_from"] == "text", en
assert [e["date"] for e in en["events"]][:1] == ["2019-03-11"], en["events"]
assert ar["published"] == "2024-05-17" and ar["published_from"] == "text", ar
assert [e["date"] for e in ar["events"]][:1] == ["2024-05-16"], ar["events"]
assert meta["published"] == "2024-03-12" and meta["published_from"] == "metadata", meta
assert [e["date"] for e in meta["events"]][:1] == ["2024-03-11"], meta["events"]
# unasked (no --stamp), the report stays undated
assert plain["published"] is None and plain["published_from"] is None, plain
print("ok")
PY
