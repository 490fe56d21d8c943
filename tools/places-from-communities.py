#!/usr/bin/env python3
"""Build data/places-communities.tsv: Syria's villages, towns and city
neighbourhoods below the subdistrict, from the shared community tables.

  tools/places-from-communities.py ../shared/data/gazetteer-syria-communities \
      [--words ../shared/data/arabic-events/arabic_gsr_validation_18-11-14.xml] \
      > data/places-communities.tsv

Inputs (see that folder's README for provenance and terms):
  communities-osm.tsv   OCHA communities matched to OpenStreetMap place nodes:
                        P-code, English and Arabic names, point, admin P-codes
  locations-ocha-en.tsv every community and neighbourhood of the IOM DTM
                        baseline: P-code, English name, admin3 P-code
The output is a derived database of OpenStreetMap data: it stays a separate
file under the ODbL (credited in data/README.md).

Ids are the OCHA P-codes (C1234 a community, N0012 a neighbourhood), and
admin1/admin2/admin3 the P-codes of places.tsv.  A community that is already
a row of places-geonames.tsv or places-extra.tsv (same Arabic name or same
Latin key, within 10 km) is not repeated: that row gets the community's
P-code and subdistrict instead (--update rewrites those two files), so one
place has one identity.  A city of those files that is no community (its
area is neighbourhoods: Homs, Daraa) gets the subdistrict named after it in
its governorate.

`match` says how much context a name needs before it is taken as a place
(the extractor reads it, data/README.md):
  always   towns and cities of OSM: their names are places wherever they occur
  context  villages, hamlets and neighbourhoods: their governorate or district
           must be named in the report, or a locative word ("قرية", "village
           of") stand before them
  cue      names that are also ordinary words: only after a locative word.
           Ordinary words are the single words of the other lexicons and of
           gazetteer-from-opensyria.py's stop list, and, with --words, the
           Arabic words frequent in a body of news text (at least FREQ times),
           and the lower-case words of an English word list (Debian's
           wamerican, /usr/share/dict/words).
"""
import argparse
import csv
import math
import os
import re
import sys
import unicodedata
from collections import Counter

FREQ = 6
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

# ---- the Latin key: the same steps as src/lexicon/latin.c ------------------

ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "adh", "ath", "ed",
            "es", "et", "ez", "er", "en"}


def latin_key(word):
    """Key of one Latin word: spelling variants of one transliteration meet."""
    s = unicodedata.normalize("NFKD", word.lower())
    s = "".join(c for c in s if "a" <= c <= "z")
    if not s:
        return ""
    if s in ARTICLES:
        return "al"
    s = s.replace("e", "i").replace("o", "u").replace("q", "k")
    s = s[0] + s[1:].replace("y", "i")
    s = re.sub(r"(.)\1+", r"\1", s)
    s = s.replace("ai", "i").replace("au", "u").replace("aw", "u").replace("uw", "w")
    s = re.sub(r"(.)\1+", r"\1", s)
    if len(s) > 3 and s.endswith("h") and s[-2] in "aiu":
        s = s[:-1]
    while len(s) > 3 and s[-1] in "aiu":
        s = s[:-1]
    return s


def latin_name_key(name):
    return " ".join(latin_key(w) for w in re.split(r"[\s\-]+", name) if latin_key(w))


# ---- Arabic comparison key (as src/text/normalize.c, enough for matching) --

AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                        "ؤ": "و", "ئ": "ي"})
AR_MARKS = re.compile("[\u064b-\u0652\u0640]")


def ar_norm(s):
    """Diacritics and tatweel dropped, alef/hamza forms, ta marbuta, alef maqsura folded."""
    return AR_MARKS.sub("", s).translate(AR_MAP).strip()


def ar_key(s):
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in ar_norm(s).split())


def dist_km(a, b):
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


# ---- ordinary words ----------------------------------------------------------

def tsv_rows(path):
    """The rows of a TSV file of data/ as dicts by header column ('#' lines skipped)."""
    head = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if head is None:
            head = f
            continue
        yield dict(zip(head, f))


def lexicon_words():
    """Single-word forms of the lexicons that are not places."""
    out = set()
    for name in ("cues.tsv", "triggers.tsv", "casualty.tsv", "speech.tsv",
                 "negation.tsv", "groups.tsv", "actors.tsv", "sources.tsv"):
        for row in tsv_rows(os.path.join(DATA, name)):
            for col in ("forms", "name", "name_en", "name_ar"):
                for form in row.get(col, "").split("|"):
                    form = form.strip()
                    if form and " " not in form:
                        out.add(ar_key(form) if re.search("[\u0600-\u06ff]", form)
                                else form.lower())
    return out


def opensyria_stop():
    src = open(os.path.join(HERE, "gazetteer-from-opensyria.py"), encoding="utf-8").read()
    m = re.search(r"^STOP = (\{.*?^\})", src, re.S | re.M)
    words = eval(m.group(1)) if m else set()  # a literal set in our own tool
    return {ar_key(w) if re.search("[\u0600-\u06ff]", w) else w.lower() for w in words}


def frequent_words(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"<[^>]*>", " ", text)
    c = Counter()
    for w in re.findall("[\u0621-\u064a]+", text):
        w = ar_key(w)
        for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        c[w] += 1
    return {w for w, n in c.items() if n >= FREQ}


# ---- reading -----------------------------------------------------------------

def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def clean_ar(name):
    """"Babisqa بابيسقا", "Maţarī, مطري" -> the Arabic-script words alone (OSM
    names that carry a Latin transliteration beside the Arabic)."""
    if not re.search("[A-Za-z\u00c0-\u024f]", name):
        return name
    words = [w.strip(",;") for w in name.split() if re.search("[\u0600-\u06ff]", w)]
    return " ".join(w for w in words if w and not re.search("[A-Za-z\u00c0-\u024f]", w))


def clean_en(name):
    """"Tishrine - Damascus (ne)" -> "Tishrine"; "Al Hurriya_ Ish Al Werwer" -> two."""
    name = re.sub(r"\s*\((ne|c)\)\s*$", "", name).strip()
    name = re.sub(r"\s+-\s+.*$", "", name)
    parts = [p.strip() for p in re.split(r"[_/]", name) if p.strip()]
    return parts


def places_rows(path):
    """Header and rows (dicts, in order) of a places TSV, comments kept."""
    comments, head, rows = [], None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line:
            if head is None:
                comments.append(line)
            continue
        f = line.split("\t")
        if head is None:
            head = f
            continue
        rows.append(dict(zip(head, f)))
    return comments, head, rows


def write_places(path, comments, head, rows):
    with open(path, "w", encoding="utf-8") as out:
        for c in comments:
            out.write(c + "\n")
        out.write("\t".join(head) + "\n")
        for r in rows:
            out.write("\t".join(r.get(h, "") for h in head) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--words", help="Arabic news text (XML or plain) for frequent words")
    ap.add_argument("--english", default="/usr/share/dict/words",
                    help="English word list (Debian wamerican); lower-case entries are ordinary words")
    ap.add_argument("--update", action="store_true",
                    help="write P-codes into places-geonames.tsv and places-extra.tsv")
    a = ap.parse_args()

    osm = read_tsv(os.path.join(a.src, "communities-osm.tsv"))
    for r in osm:
        r["name_ar"] = clean_ar(r["name_ar"])
    ocha = read_tsv(os.path.join(a.src, "locations-ocha-en.tsv"))
    ordinary = lexicon_words() | opensyria_stop()
    if a.words:
        ordinary |= frequent_words(a.words)
    if a.english and os.path.exists(a.english):
        ordinary |= {w.strip() for w in open(a.english, encoding="utf-8", errors="replace")
                     if w.strip().isalpha() and w.strip().islower() and len(w.strip()) >= 3}

    # Existing towns: one identity per place.
    existing = []
    for name in ("places-geonames.tsv", "places-extra.tsv"):
        path = os.path.join(DATA, name)
        comments, head, rows = places_rows(path)
        existing.append((path, comments, head, rows))
    known = []
    for _, _, _, rows in existing:
        for r in rows:
            if r["kind"] not in ("city", "town", "village", "neighbourhood"):
                continue
            try:
                pt = (float(r["lat"]), float(r["lon"]))
            except ValueError:
                continue
            keys = {ar_key(r["name_ar"])} if r["name_ar"] else set()
            for f in r.get("forms", "").split("|") + [r["name_en"]]:
                if re.search("[A-Za-z]", f):
                    keys.add(latin_name_key(f))
                elif f:
                    keys.add(ar_key(f))
            known.append((r, pt, keys))

    def same_as_known(keys, pt):
        best = None
        for r, kpt, kk in known:
            if keys & kk:
                d = dist_km(pt, kpt)
                if d <= 10 and (best is None or d < best[0]):
                    best = (d, r)
        return best[1] if best else None

    out = []
    seen = set()
    for r in osm:
        pt = (float(r["lat"]), float(r["lon"]))
        names_en = []
        for n in (r["name_en"], r["name_osm_en"]):
            for p in clean_en(n):
                if p not in names_en:
                    names_en.append(p)
        keys = {latin_name_key(n) for n in names_en}
        if r["name_ar"]:
            keys.add(ar_key(r["name_ar"]))
        k = same_as_known(keys, pt)
        seen.add(r["pcode"])
        if k is not None:
            if not k.get("pcode"):
                k["pcode"] = r["pcode"]
                k["admin3"] = r["adm3_pcode"]
            continue
        kind = {"city": "city", "town": "town", "suburb": "neighbourhood"}.get(r["osm_place"],
                                                                               "village")
        match = "always" if kind in ("city", "town") else "context"
        forms = []
        for f in [r["name_ar"]] + names_en:
            f = f.strip()
            if f and f not in forms and len(f) >= 3:
                forms.append(f)
        if any((ar_key(f) if re.search("[\u0600-\u06ff]", f) else f.lower()) in ordinary
               for f in forms if " " not in f.strip()):
            match = "cue"
        out.append({
            "id": r["pcode"], "kind": kind, "name_en": names_en[0], "name_ar": r["name_ar"],
            "admin1": r["adm1_pcode"], "admin2": r["adm2_pcode"], "admin3": r["adm3_pcode"],
            "lat": "%.5f" % pt[0], "lon": "%.5f" % pt[1], "population": "",
            "forms": "|".join(forms), "match": match,
            "source": "OSM node, OCHA %s (%s %s)" % (r["pcode"], r["match"],
                                                     r["match_score"].split(".")[0]),
        })
    # Subdistrict names: a community named as its subdistrict is its seat town.
    sub_keys = {}
    for line in open(os.path.join(DATA, "places.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) > 9 and f[1] == "subdistrict":
            sub_keys[f[0]] = {latin_name_key(x) for x in f[9].split("|") + [f[2]]
                              if re.search("[A-Za-z]", x)}
    for r in ocha:
        if r["pcode"] in seen:
            continue
        a3 = r["adm3_pcode"]
        names_en = clean_en(r["name_en"])
        if not names_en:
            continue
        keys = {latin_name_key(n) for n in names_en}
        # A town of the other files in the same governorate: one place.
        k = None
        for kr, _, kk in known:
            if keys & kk and kr["admin1"] == a3[:4]:
                k = kr
                break
        if k is not None:
            if not k.get("pcode"):
                k["pcode"] = r["pcode"]
                k["admin3"] = a3
            continue
        kind = "neighbourhood" if r["pcode"].startswith("N") else "village"
        if kind == "village" and keys & sub_keys.get(a3, set()):
            kind = "town"
        match = "always" if kind == "town" else "context"
        if any(" " not in f and f.lower() in ordinary for f in names_en):
            match = "cue"
        out.append({
            "id": r["pcode"], "kind": kind, "name_en": names_en[0], "name_ar": "",
            "admin1": a3[:4], "admin2": a3[:6], "admin3": a3, "lat": "", "lon": "",
            "population": "", "forms": "|".join(f for f in names_en if len(f) >= 3),
            "match": match, "source": "IOM DTM/OCHA %s (no point)" % r["pcode"],
        })
    out = [o for o in out if o["forms"]]

    w = sys.stdout
    w.write("# places-communities.tsv - Syria's villages, towns and city neighbourhoods\n"
            "# below the subdistrict.  Generated by tools/places-from-communities.py from\n"
            "# IOM DTM Syria / OCHA community P-codes and OpenStreetMap place nodes\n"
            "# (names, points): (c) OpenStreetMap contributors, ODbL 1.0.  This file is a\n"
            "# derived database of OpenStreetMap data and is released under the ODbL 1.0\n"
            "# (https://opendatacommons.org/licenses/odbl/1-0/); see data/README.md.\n")
    head = ["id", "kind", "name_en", "name_ar", "admin1", "admin2", "admin3", "lat", "lon",
            "population", "forms", "match", "source"]
    w.write("\t".join(head) + "\n")
    for o in out:
        w.write("\t".join(o[h] for h in head) + "\n")

    if a.update:
        # A city that is no community (its area is neighbourhoods: Homs,
        # Daraa) is the seat of the subdistrict of its name in its
        # governorate: that is its subdistrict.
        subs = []
        for row in tsv_rows(os.path.join(DATA, "places.tsv")):
            if row["kind"] != "subdistrict":
                continue
            keys = {ar_key(row["name_ar"])} if row["name_ar"] else set()
            for f in row["forms"].split("|") + [row["name_en"]]:
                if re.search("[A-Za-z]", f):
                    keys.add(latin_name_key(f))
                elif f:
                    keys.add(ar_key(f))
            subs.append((row["id"], row["admin1"], keys))
        for _, _, _, rows in existing:
            for r in rows:
                if r["kind"] not in ("city", "town") or r.get("admin3"):
                    continue
                keys = {ar_key(r["name_ar"])} if r["name_ar"] else set()
                keys |= {latin_name_key(r["name_en"])}
                seats = [sid for sid, a1, kk in subs if a1 == r["admin1"] and keys & kk]
                if len(seats) == 1:
                    r["admin3"] = seats[0]
        for path, comments, head, rows in existing:
            for col in ("admin3", "pcode"):
                if col not in head:
                    head.insert(head.index("lat") if col == "admin3" else head.index("forms"), col)
            write_places(path, comments, head, rows)


if __name__ == "__main__":
    main()
