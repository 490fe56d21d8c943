#!/usr/bin/env python3
"""Check an ACLED export against the ACLED codebook, column by column.

usage: acled_codebook.py EXPORT.csv INCIDENTS.json DATA_DIR

EXPORT.csv is `rasd export --format acled`, read with Python's csv module
as a user appending it to ACLED data would; INCIDENTS.json is `rasd
incidents --db` of the same store, to check fatalities against the
sources' accounts; DATA_DIR is rasd's data folder (the reviewed ACLED
names the rows must use).  Prints one line per violation and exits 1 if
there is any.

The codebook's fixed vocabularies (columns, event and sub-event types with
their disorder types, inter codes, source scales, time and geo precision)
are written here as the codebook gives them: this is the oracle the
export is held to, not a copy of the exporter's tables.
"""
import csv
import datetime
import json
import re
import sys

COLUMNS = ("event_id_cnty event_date year time_precision disorder_type event_type "
           "sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction "
           "civilian_targeting iso region country admin1 admin2 admin3 location latitude "
           "longitude geo_precision source source_scale notes fatalities tags timestamp").split()

# ACLED codebook: the fatalities coded for a vague number killed ("dozens",
# "hundreds", "thousands"; "tens" as several) when no figure is given.
VAGUE_VALUES = {10, 12, 100, 1000, 10000, 12000, 100000}

# ACLED codebook: event types, their sub-event types and disorder types.
PV, DEM, SD = "Political violence", "Demonstrations", "Strategic developments"
TYPES = {
    "Battles": {"Armed clash": PV, "Government regains territory": PV,
                "Non-state actor overtakes territory": PV},
    "Explosions/Remote violence": {"Chemical weapon": PV, "Air/drone strike": PV,
                                   "Suicide bomb": PV, "Shelling/artillery/missile attack": PV,
                                   "Remote explosive/landmine/IED": PV, "Grenade": PV},
    "Violence against civilians": {"Sexual violence": PV, "Attack": PV,
                                   "Abduction/forced disappearance": PV},
    "Protests": {"Peaceful protest": DEM, "Protest with intervention": DEM,
                 "Excessive force against protesters": PV + "; " + DEM},
    "Riots": {"Violent demonstration": DEM, "Mob violence": PV + "; " + DEM},
    "Strategic developments": {k: SD for k in (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other")},
}
SCALES = {"Local", "Subnational", "National", "Regional", "International", "New media",
          "Other", "Local partner"}
GEO = ["Local", "Subnational", "National", "Regional", "International"]


def tsv(path):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")
            if l.strip() and not l.startswith("#")]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def main():
    export, incidents, data = sys.argv[1:4]
    errors = []

    def bad(row, col, what):
        errors.append(f"{row.get('event_id_cnty', '?')}: {col}: {what} ({row.get(col)!r})")

    countries = {c["name"]: c for c in tsv(f"{data}/exports/countries.tsv")}
    admin = {a["pcode"]: a for a in tsv(f"{data}/exports/admin.tsv")}
    names1 = {a["name"]: p for p, a in admin.items() if a["level"] == "1"}
    children = {}
    for p, a in admin.items():
        children.setdefault((a["parent"], a["level"]), set()).add(a["name"])
    # the gazetteer's spelling of a unit where ACLED's differs ("Idlib": "Idleb")
    other_spellings = {}
    for p in tsv(f"{data}/places.tsv"):
        a = admin.get(p["id"])
        if a and p["name_en"] != a["name"] and p["name_en"] not in {x["name"] for x in admin.values()}:
            other_spellings[p["name_en"]] = a["name"]
    actor_names = set()
    for a in tsv(f"{data}/exports/actors.tsv"):
        for c in countries:
            actor_names.add((a["name"].replace("{country}", c), int(a["inter"])))
    known_actor = {n for n, _ in actor_names}
    inter_of = {}
    for n, i in actor_names:
        inter_of.setdefault(n, set()).add(i)
    # the sources' latest totals per incident, from the incidents JSON
    incs = {i["id"]: i for i in json.load(open(incidents, encoding="utf-8"))["incidents"]}

    raw = open(export, "rb").read()
    if raw and not raw.endswith(b"\r\n"):
        errors.append("lines must end with CRLF (RFC 4180)")
    rows = list(csv.reader(open(export, newline="", encoding="utf-8")))
    if not rows or rows[0] != COLUMNS:
        errors.append(f"header is not ACLED's columns: {rows[0] if rows else None}")
        print("\n".join(errors))
        return 1
    ids = set()
    for values in rows[1:]:
        if len(values) != len(COLUMNS):
            errors.append(f"row of {len(values)} fields: {values[:1]}")
            continue
        r = dict(zip(COLUMNS, values))
        # identifiers and time
        if not re.fullmatch(r"[A-Z]{3}\d+", r["event_id_cnty"]):
            bad(r, "event_id_cnty", "not a country acronym and a number")
        if r["event_id_cnty"] in ids:
            bad(r, "event_id_cnty", "not unique")
        ids.add(r["event_id_cnty"])
        try:
            day = datetime.date.fromisoformat(r["event_date"])
        except ValueError:
            bad(r, "event_date", "not a date")
            day = None
        if day and r["year"] != str(day.year):
            bad(r, "year", "not the event date's year")
        if r["time_precision"] not in ("1", "2", "3"):
            bad(r, "time_precision", "not 1, 2 or 3")
        m = re.search(r"rasd=(inc-[0-9a-f]{16})", r["tags"])
        if not m:
            bad(r, "tags", "no rasd incident id")
            continue
        inc = incs.get(m.group(1))
        if not inc:
            bad(r, "tags", "names no incident of the store")
            continue
        if inc.get("date") is None:
            if r["time_precision"] != "3" or "publication date" not in r["tags"]:
                bad(r, "time_precision", "an undated incident must be precision 3 and say so in tags")
        elif day and not (inc["date"] <= r["event_date"] <= (inc.get("date_last") or inc["date"])):
            bad(r, "event_date", f"outside the incident's period {inc['date']}..{inc.get('date_last')}")
        # event types
        subs = TYPES.get(r["event_type"])
        if subs is None:
            bad(r, "event_type", "not an ACLED event type")
        elif r["sub_event_type"] not in subs:
            bad(r, "sub_event_type", f"not a sub-event type of {r['event_type']}")
        elif r["disorder_type"] != subs[r["sub_event_type"]]:
            bad(r, "disorder_type", f"should be {subs[r['sub_event_type']]!r}")
        # actors
        country = r["country"]
        if not r["actor1"]:
            bad(r, "actor1", "empty")
        for col, icol in (("actor1", "inter1"), ("actor2", "inter2")):
            name, inter = r[col], r[icol]
            if not name:
                if inter:
                    bad(r, icol, "an inter code without an actor")
                continue
            if name not in known_actor:
                bad(r, col, "not an ACLED actor name of data/exports/actors.tsv")
            if not inter.isdigit() or int(inter) not in inter_of.get(name, {int(inter or 0)}):
                bad(r, icol, f"not the inter code of {name}")
            if re.search(r"\((\w[\w ]*)\)$", name) and not re.search(r"\(\d{4}-(\d{4})?\)", name):
                if name.rsplit("(", 1)[1][:-1] != country:
                    bad(r, col, "names another country than the row's")
        if r["actor1"] and r["actor1"] == r["actor2"]:
            bad(r, "actor2", "the same as actor1")
        if r["inter1"] == "7" and r["event_type"] not in ("Protests", "Riots"):
            bad(r, "actor1", "civilians never act in political violence")
        for col in ("assoc_actor_1", "assoc_actor_2"):
            for name in filter(None, r[col].split("; ")):
                if name not in known_actor or name in (r["actor1"], r["actor2"]):
                    bad(r, col, f"{name!r} is no associate")
        codes = sorted(int(c) for c in (r["inter1"], r["inter2"]) if c.isdigit())
        want = "" if not codes else f"{codes[0]}{codes[1]}" if len(codes) == 2 else f"{codes[0]}0"
        if r["interaction"] != want:
            bad(r, "interaction", f"should be {want}")
        civ = r["inter2"] == "7" or r["event_type"] == "Violence against civilians"
        if r["civilian_targeting"] != ("Civilian targeting" if civ else ""):
            bad(r, "civilian_targeting", "does not follow inter2 and the event type")
        # geography
        c = countries.get(country)
        if not c:
            bad(r, "country", "not a country of data/exports/countries.tsv")
        else:
            if r["iso"] != c["iso"]:
                bad(r, "iso", f"should be {c['iso']}")
            if r["region"] != c["region"]:
                bad(r, "region", f"should be {c['region']}")
            if not r["event_id_cnty"].startswith(c["iso3"]):
                bad(r, "event_id_cnty", f"should start with {c['iso3']}")
        if country == "Syria":
            p1 = names1.get(r["admin1"])
            if not p1:
                bad(r, "admin1", "not ACLED's spelling of a governorate")
            elif r["admin2"] and r["admin2"] not in children.get((p1, "2"), ()):
                bad(r, "admin2", f"not a district of {r['admin1']}")
            if r["admin3"]:
                p2 = [p for p, a in admin.items() if a["level"] == "2" and a["name"] == r["admin2"]
                      and a["parent"] == p1]
                if not p2 or r["admin3"] not in children.get((p2[0], "3"), ()):
                    bad(r, "admin3", f"not a subdistrict of {r['admin2']}")
            units = {a["name"] for a in admin.values()}
            for col in ("admin1", "admin2", "admin3"):
                if r[col] and r[col] not in units:
                    bad(r, col, "not an ACLED administrative name")
            if r["location"] in other_spellings:
                bad(r, "location", f"written {other_spellings[r['location']]!r} by ACLED")
        if not r["location"]:
            bad(r, "location", "empty")
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                bad(r, "latitude", "out of range")
            if len(r["latitude"].split(".")[-1]) > 4:
                bad(r, "latitude", "more than four decimals")
        except ValueError:
            bad(r, "latitude", "not a number")
        if r["geo_precision"] not in ("1", "2", "3"):
            bad(r, "geo_precision", "not 1, 2 or 3")
        # sources
        if not r["source"]:
            bad(r, "source", "empty")
        parts = r["source_scale"].split("-")
        if not r["source_scale"] or not all(p in SCALES for p in parts) or len(parts) > 2:
            bad(r, "source_scale", "not ACLED's source scale")
        elif len(parts) == 2 and parts[0] in GEO and parts[1] in GEO and GEO.index(parts[0]) >= GEO.index(parts[1]):
            bad(r, "source_scale", "the narrower scale comes first")
        outlets = {d.split("#")[0] for d in inc["documents"]}
        if len(r["source"].split("; ")) > len(outlets):
            bad(r, "source", "more outlets than reports")
        # notes: one sentence with date, place, who did what, the toll and the disputes
        notes = r["notes"]
        if not notes or not notes.endswith(".") or re.search(r"[.!?] [A-Z]", notes[:-1]):
            bad(r, "notes", "not one sentence")
        if day and str(day.year) not in notes:
            bad(r, "notes", "does not give the date")
        if r["location"] not in notes:
            bad(r, "notes", "does not give the place")
        if r["actor1"] not in notes:
            bad(r, "notes", "does not say who acted")
        if inc.get("disputes"):
            if "dispute" not in notes or "disputed=" not in r["tags"]:
                bad(r, "notes", "does not name the disputed attributes")
        elif "dispute" in notes:
            bad(r, "notes", "names a dispute the incident does not have")
        # fatalities: the lowest credible figure for the whole toll
        if not r["fatalities"].isdigit():
            bad(r, "fatalities", "not a whole number")
            continue
        fat = int(r["fatalities"])
        latest = [a for a in inc.get("accounts", {}).get("killed", [])
                  if a["latest"] and not a["superseded"]]
        if latest:
            lows = [a["latest"]["value"] for a in latest
                    if a["latest"]["qualifier"] not in ("up_to", "vague")]
            if lows and fat != min(lows):
                bad(r, "fatalities", f"not the lowest latest total {min(lows)}")
            parts_ = {b["figure"]["value"] for a in inc["accounts"]["killed"] for b in a["breakdown"]}
            if fat in parts_ - {a["latest"]["value"] for a in latest}:
                bad(r, "fatalities", "a subgroup count or a part of a breakdown")
            if str(fat) not in notes and f"{inc['fatalities']['low']}" not in notes:
                bad(r, "notes", "does not give the toll")
        elif fat and not inc.get("fatalities"):
            # the codebook's values for a vague count ("dozens" 12,
            # "hundreds" 100), said to be one in the notes
            if fat not in VAGUE_VALUES or "vague count" not in notes:
                bad(r, "fatalities", "a toll no source gives")
        if not r["timestamp"].isdigit():
            bad(r, "timestamp", "not a Unix time")
    for e in errors:
        print(e)
    print(f"{len(rows) - 1} rows checked, {len(errors)} violations")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
