#!/usr/bin/env bash
# The paged incidents API on a store of the dev set: total and pages
# (limit, offset, newest first), summaries, filters (governorate,
# disputed, text), the map view (points with counts, timeline bins,
# governorates), the incident JSON with each source's account, and the
# fact-check brief from the API in Markdown and HTML.
set -uo pipefail
tmp=$(mktemp -d)
fail() { echo "FAIL: $*" >&2; kill "$pid" 2>/dev/null; rm -rf "$tmp"; exit 1; }
"$RASD" ingest -q --db "$tmp/db" "$RASD_SHARED/data/dev/articles.jsonl" || { rm -rf "$tmp"; exit 1; }
"$RASD" serve --db "$tmp/db" --listen 127.0.0.1:0 >"$tmp/port" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do [[ -s "$tmp/port" ]] && break; sleep 0.1; done
port=$(head -1 "$tmp/port")
[[ -n "$port" ]] || fail "server did not start: $(cat "$tmp/err")"
u="http://127.0.0.1:$port"
get() { curl -s -o "$tmp/$1" -w '%{http_code}' "$u$2"; }

[[ $(get all.json "/api/incidents") == 200 ]] || fail "all"
[[ $(get p1.json "/api/incidents?limit=3&sort=-date&view=summary") == 200 ]] || fail "page 1"
[[ $(get p2.json "/api/incidents?limit=3&offset=3&sort=-date&view=summary") == 200 ]] || fail "page 2"
[[ $(get homs.json "/api/incidents?admin1=Homs&view=summary") == 200 ]] || fail "admin1"
[[ $(get dis.json "/api/incidents?disputed=1&view=summary") == 200 ]] || fail "disputed"
[[ $(get q.json "/api/incidents?q=%D8%AC%D8%A7%D8%B3%D9%85&view=summary") == 200 ]] || fail "q"
[[ $(get map.json "/api/incidents?view=map") == 200 ]] || fail "map"
[[ $(get brief.md "/api/export?format=brief&incident=inc-27613ff12256980b&lang=ar") == 200 ]] || fail "brief md"
[[ $(get brief.html "/api/export?format=brief&incident=inc-27613ff12256980b&as=html") == 200 ]] || fail "brief html"
[[ $(curl -s -o /dev/null -w '%{content_type}' "$u/api/export?format=brief&incident=inc-27613ff12256980b&as=html") == text/html* ]] || fail "brief type"
[[ $(get nobrief.json "/api/export?format=brief&incident=inc-0000000000000000") == 404 ]] || fail "brief 404"
[[ $(get badbrief.json "/api/export?format=brief") == 400 ]] || fail "brief 400"
[[ $(get ucdp.csv "/api/export?format=ucdp") == 200 ]] || fail "ucdp"
python3 - "$tmp" <<'PY' || fail "paging answers"
import json, sys
t = sys.argv[1]
load = lambda n: json.load(open(f"{t}/{n}", encoding="utf-8"))
a, p1, p2 = load("all.json"), load("p1.json"), load("p2.json")
n = a["total"]
assert n == len(a["incidents"]) and n >= 8, n
assert p1["total"] == n and len(p1["incidents"]) == 3 and p1["offset"] == 0 and p1["limit"] == 3
ids1, ids2 = [i["id"] for i in p1["incidents"]], [i["id"] for i in p2["incidents"]]
assert not set(ids1) & set(ids2)
dates = [i["date"] or "" for i in p1["incidents"] + p2["incidents"]]
assert dates == sorted(dates, reverse=True), dates
s = p1["incidents"][0]
assert set(s) >= {"id", "date", "event_type", "admin1", "place", "fatalities", "reports", "disputes", "disputed"}
assert all(i["admin1"] == "Homs" for i in load("homs.json")["incidents"]) and load("homs.json")["total"] >= 1
assert all(i["disputes"] > 0 for i in load("dis.json")["incidents"]) and load("dis.json")["total"] < n
assert any(i["place"] and i["place"]["name"] == "Jasim" for i in load("q.json")["incidents"])
m = load("map.json")
assert m["total"] == n and sum(p[2] for p in m["places"]) <= n and m["places"]
assert all(len(p) == 6 for p in m["places"])
assert m["timeline"]["unit"] in ("day", "week", "month") and sum(b[2] for b in m["timeline"]["bins"]) <= n
assert any(g[0] == "Homs" for g in m["admin1"])
# the incident's accounts: the Observatory's toll in report order, latest last
homs = [i for i in a["incidents"] if i["place"] and i["place"]["name"] == "Homs Military College"][0]
sohr = [x for x in homs["accounts"]["killed"] if x["source"] == "Syrian Observatory for Human Rights"][0]
assert [h["value"] for h in sohr["history"]][-1] == 123 and sohr["latest"]["value"] == 123
assert [h["value"] for h in sohr["history"]][0] == 7
md = open(f"{t}/brief.md", encoding="utf-8").read()
assert md.startswith("# ما الحقيقة؟") and "مقابل" in md
assert "<blockquote>" in open(f"{t}/brief.html", encoding="utf-8").read()
PY
kill "$pid"
wait "$pid" 2>/dev/null
rm -rf "$tmp"
echo ok
