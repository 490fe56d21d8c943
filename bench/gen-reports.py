#!/usr/bin/env python3
"""gen-reports.py - synthetic conflict reports (JSONL) for benchmarks and tests.

Writes reports in the shape `rasd ingest` reads, in Arabic and English,
built from a few sentence templates that rasd's extractor reads: a count
of killed (and wounded), an attack, a town of the gazetteer with its
governorate, a weekday resolved against the publication date, and the
source that gives the figures.  Reports come in groups of one to four
that tell one happening (same town, type and day; different outlets,
sources and figures), so the incident clustering has work to do.  Each
report ends with a line of filler words and a serial number, so no two
texts are syndicated copies of each other.

    bench/gen-reports.py N [--seed S] [--from 2012-01-01] [--years Y]
                         [--towns K] [--out FILE]

--towns K keeps only K towns (denser blocks, more joins per week); the
default uses every town of data/places-geonames.tsv.  Deterministic for a
given seed.  Standard library only.
"""
import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ATTACKS = [
    ("an air strike", "غارة جوية على"),
    ("shelling", "قصف مدفعي على"),
    ("a car bomb explosion", "انفجار سيارة مفخخة في"),
    ("clashes", "اشتباكات في"),
]
SOURCES = [
    ("the Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان"),
    ("SANA", "وكالة سانا"),
    ("local sources", "مصادر محلية"),
    ("Reuters", "وكالة رويترز"),
]
GROUPS = [("civilians", "مدنيين"), ("people", "أشخاص"), ("soldiers", "جنود")]
OUTLETS = ["enabbaladi.net", "sana.sy", "syriahr.com", "reuters.com", "aljazeera.net",
           "alquds.co.uk", "halabtodaytv.net", "zamanalwsl.net", "smartnews-agency.com",
           "syria.tv", "orient-news.net", "north-press.com"]
FILLER_EN = ("rescue teams worked through the night near the market while residents "
             "described the damage to homes schools and a bakery in the area").split()
FILLER_AR = ("عملت فرق الإنقاذ طوال الليل قرب السوق بينما وصف السكان الأضرار التي لحقت "
             "بالمنازل والمدارس والمخابز في المنطقة").split()


def read_tsv(name):
    rows = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            rows.append(dict(zip(header, cols)))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--from", dest="start", default="2012-01-01")
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--towns", type=int, default=0)
    ap.add_argument("--prefix", default="g")
    ap.add_argument("--out", default="-")
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    govs = {r["id"]: r for r in read_tsv("places.tsv") if r["kind"] == "governorate"}
    towns = [r for r in read_tsv("places-geonames.tsv")
             if r["admin1"] in govs and r["kind"] in ("town", "city")]
    towns.sort(key=lambda r: r["id"])
    if a.towns:
        rnd.shuffle(towns)
        towns = towns[:a.towns]
    start = datetime.date.fromisoformat(a.start)
    days = max(1, int(a.years * 365))
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    serial = 0
    while serial < a.n:
        town = rnd.choice(towns)
        gov = govs[town["admin1"]]
        day = start + datetime.timedelta(days=rnd.randrange(days))
        attack = rnd.randrange(len(ATTACKS))
        killed = rnd.randint(1, 40)
        for _ in range(rnd.choice((1, 1, 2, 2, 3, 4))):
            if serial >= a.n:
                break
            serial += 1
            pub = day + datetime.timedelta(days=rnd.randint(0, 3))
            k = max(1, killed + rnd.choice((0, 0, 0, -1, 1, -3, 5)))
            wounded = rnd.randint(0, 30)
            src = rnd.randrange(len(SOURCES))
            grp = rnd.randrange(len(GROUPS))
            wd = day.weekday()
            if rnd.random() < 0.6:
                words = " ".join(rnd.choice(FILLER_AR) for _ in range(rnd.randint(6, 12)))
                text = ("قتل %d %s وأصيب %d آخرون في %s %s في ريف %s يوم %s، بحسب %s. %s رقم %d."
                        % (k, GROUPS[grp][1], wounded, ATTACKS[attack][1], town["name_ar"],
                           gov["name_ar"], WEEKDAYS_AR[wd], SOURCES[src][1], words, serial))
                lang = "ar"
            else:
                words = " ".join(rnd.choice(FILLER_EN) for _ in range(rnd.randint(6, 12)))
                text = ("%d %s were killed and %d wounded in %s on %s in %s province on %s, "
                        "%s said. %s, report %d."
                        % (k, GROUPS[grp][0], wounded, ATTACKS[attack][0],
                           town["name_en"], gov["name_en"], WEEKDAYS_EN[wd],
                           SOURCES[src][0], words.capitalize(), serial))
                lang = "en"
            rec = {"id": "%s%07d" % (a.prefix, serial), "lang": lang,
                   "outlet": rnd.choice(OUTLETS), "published": pub.isoformat(),
                   "title": "report %d" % serial, "text": text}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
