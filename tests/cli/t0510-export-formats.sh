#!/usr/bin/env bash
# rasd export from a store filled by rasd ingest: ACLED CSV (ACLED's
# header exactly, RFC 4180 quoting that a CSV reader round-trips, one row
# per incident that has a date, place and type), UCDP GED-style CSV
# (best/low/high consistent, where_prec and date_prec in range), GeoJSON (a
# FeatureCollection of Points with [lon, lat], P-codes, precisions,
# low/best/high and dispute flags), JSONL (the stored incidents with the
# same in "export"; with --events the stored extraction lines), --events,
# --from/--to filters and usage errors.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/s.db"
arts="$RASD_SHARED/data/dev/articles.jsonl"

"$RASD" ingest -q --db "$db" "$arts"
"$RASD" export --db "$db" >"$tmp/a.csv"
"$RASD" export --db "$db" --events -f acled -o "$tmp/e.csv"
"$RASD" export --db "$db" --format geojson >"$tmp/g.json"
"$RASD" export --db "$db" --format jsonl >"$tmp/i.jsonl"
"$RASD" export --db "$db" --format jsonl --events >"$tmp/x.jsonl"
"$RASD" export --db "$db" --format ucdp >"$tmp/u.csv"

python3 - "$db" "$tmp" "$arts" <<'PY'
import csv, json, re, sqlite3, sys
db, tmp, arts = sys.argv[1:4]
con = sqlite3.connect(db)
cols = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
        "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
        "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
        "source_scale,notes,fatalities,tags,timestamp").split(",")
raw = open(f"{tmp}/a.csv", "rb").read()
assert raw.endswith(b"\r\n")
rows = list(csv.reader(open(f"{tmp}/a.csv", newline="", encoding="utf-8")))
assert rows[0] == cols, rows[0]
body = rows[1:]
assert all(len(r) == len(cols) for r in body)
n_inc = con.execute("select count(*) from incidents").fetchone()[0]
assert n_inc > 0 and 0 < len(body) <= n_inc, (len(body), n_inc)
ids = [r[0] for r in body]
assert len(set(ids)) == len(ids)
c = {k: i for i, k in enumerate(cols)}
for r in body:
    assert -90 <= float(r[c["latitude"]]) <= 90 and -180 <= float(r[c["longitude"]]) <= 180
    assert r[c["year"]] == r[c["event_date"]][:4]
    assert r[c["time_precision"]] in ("1", "2", "3")
    assert int(r[c["fatalities"]]) >= 0
# ucdp: GED columns, best/low/high ordered, precisions in range
u = list(csv.DictReader(open(f"{tmp}/u.csv", newline="", encoding="utf-8")))
assert len(u) == len(body)
for r in u:
    assert int(r["low"]) <= int(r["best"]) <= int(r["high"]), r
    assert 1 <= int(r["where_prec"]) <= 7 and 1 <= int(r["date_prec"]) <= 5
    assert r["type_of_violence"] in ("1", "2", "3") and r["date_start"] <= r["date_end"]
    assert r["geom_wkt"].startswith("POINT (")
# events: one row per stored event that has a date, place and type
ev = list(csv.reader(open(f"{tmp}/e.csv", newline="", encoding="utf-8")))[1:]
assert 0 < len(ev) <= con.execute("select count(*) from events").fetchone()[0]
# geojson: every incident, with P-codes, precisions, figures and dispute flags
g = json.load(open(f"{tmp}/g.json", encoding="utf-8"))
assert g["type"] == "FeatureCollection" and len(g["features"]) == n_inc
pts = [f for f in g["features"] if f["geometry"]]
assert pts, "no located incident"
for f in pts:
    p = f["properties"]
    assert f["geometry"]["type"] == "Point"
    lon, lat = f["geometry"]["coordinates"]
    assert 25 < lon < 60 and 10 < lat < 45, (lon, lat)
    assert isinstance(p["documents"], list)
    if p["country"] == "Syria":
        assert p["pcodes"]["admin1"].startswith("SY"), p["pcodes"]
    assert "Between" not in p["notes"] or " 20" in p["notes"], p["notes"]
    assert not re.search(r"\b\d{5,}\b", p["notes"]), p["notes"]
    assert p["where_prec"] in range(1, 8) and p["geo_precision"] in (1, 2, 3)
    assert isinstance(p["disputed"], bool) and isinstance(p["disputed_attributes"], list)
    assert p["disputed"] == bool(p["disputes"])
    if p["best"] is not None:
        assert p["low"] <= p["best"] <= p["high"]
# jsonl: the stored incidents, each with its export member
incs = [json.loads(l) for l in open(f"{tmp}/i.jsonl", encoding="utf-8")]
assert len(incs) == n_inc and all(i["id"].startswith("inc-") for i in incs)
for i in incs:
    e = i["export"]
    assert set(e["pcodes"]) == {"admin1", "admin2", "admin3", "place"}
    assert e["disputed"] == bool(i["disputes"]) and "accounts" in i
    assert (e["best"] is None) == (i["fatalities"] is None)
# jsonl --events: the stored extraction lines, one per document
lines = [json.loads(l) for l in open(f"{tmp}/x.jsonl", encoding="utf-8")]
n_docs = sum(1 for _ in open(arts, encoding="utf-8"))
assert len(lines) == n_docs
assert {l["id"] for l in lines} == {json.loads(l)["id"] for l in open(arts, encoding="utf-8")}
assert all("events" in l and "hash" in l for l in lines)
PY

# RFC 4180 quoting of commas, quotes and line breaks.
cat >"$tmp/q.jsonl" <<'EOF2'
{"id": "q1", "outlet": "a \"quoted\", outlet", "published": "2022-10-17", "title": "x", "text": "Shelling by regime forces killed three civilians in Ariha in Idlib on 16 October 2022, local sources said."}
EOF2
"$RASD" ingest -q --db "$tmp/q.db" "$tmp/q.jsonl"
"$RASD" export --db "$tmp/q.db" --events >"$tmp/q.csv"
grep -q '"a ""quoted"", outlet"' "$tmp/q.csv"

# Date filters: --from after every event gives only the header.
"$RASD" export --db "$db" --from 2099-01-01 >"$tmp/none.csv"
[ "$(wc -l <"$tmp/none.csv")" = 1 ]
"$RASD" export --db "$db" --format jsonl --events --to 1900-01-01 >"$tmp/none.jsonl"
[ ! -s "$tmp/none.jsonl" ]

set +e
"$RASD" export --db "$db" --format xml >/dev/null 2>"$tmp/err"; [ $? = 2 ] || exit 1
grep -q "^rasd: unknown --format 'xml'" "$tmp/err"
"$RASD" export --db "$db" --from 17/10/2022 >/dev/null 2>&1; [ $? = 2 ] || exit 1
"$RASD" export --db "$db" extra >/dev/null 2>&1; [ $? = 2 ] || exit 1
set -e
echo ok
