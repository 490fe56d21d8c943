#!/usr/bin/env python3
"""Generate data/places.tsv from the OpenSyria administrative gazetteer.

Input: governorates.json, districts.json and subdistricts.json of
github.com/Open-Syria/data-geography (CC BY 4.0).  Output: one TSV row per
governorate, district and subdistrict with its OCHA P-code as id, parent
P-codes, centroid, population and every usable surface form.

Forms: the English and Arabic names and aliases, plus the bare name inside
formal ones ("Nahiyat Markaz al Hasakah" -> "al Hasakah", "ناحية مركز قطنا"
-> "قطنا").  Machine transliterations without capitals ("nahyt mrkz
alhskt") are dropped, and so is any form that is only an ordinary word
("مركز", "Center", "ملح"), which would fire on every text.

usage: tools/gazetteer-from-opensyria.py SRC_DIR > data/places.tsv
"""
import json
import os
import re
import sys

# Words that must never be a form on their own: generic administrative
# words and subdistrict names that are also everyday words.
STOP = {
    "markaz", "center", "centre", "city", "district", "subdistrict", "nahiyat",
    "mantiqat", "al", "el", "town", "village", "salt", "sea", "mountain",
    "مركز", "ناحية", "منطقة", "محافظة", "مدينة", "بلدة", "قرية", "الريف", "ريف",
    "ملح", "الجبل", "جبل", "البحر", "بحر", "السلام", "النصر", "الخير", "العين",
    "عين", "تل", "الحمراء", "الشيخ", "المركز", "الغرب", "الشرق", "الشمال",
    "الجنوب", "الوسط", "الثورة", "البعث", "الحرية", "الوحدة", "المدينة",
    "السلمية الشرقية", "صلاح", "جب", "الحرف", "القصور", "بيت", "كسب", "المخرم",
    "الربيعة", "الريحان", "عقيربات", "السبخة", "الحول", "مركدة", "الهول",
    "السجن", "سوسة", "الكسرة", "كسرة", "صور", "الصور", "الكرامة", "الروضة",
    "الناصرة", "الشجرة", "السودا", "السوداء", "الكريمة", "كريمة", "الزيارة",
    "الوعرة", "الجيزة", "المزرعة", "الحاضر", "الراعي", "التبني", "الحصان",
    "الحميدية", "هنادي", "ربيعة", "المنصورة", "الجلاء", "الحديدة", "حديدة",
    "الدالية", "دالية", "شين", "عوج", "سبة", "الغارية", "الحواش", "نبل",
    "Sijn", "Sousa", "Susah", "Sur", "Karama", "Rawda", "Nasira", "Jala",
    "الباب", "التل", "قارة", "نبل", "ثورة", "الثورة", "Hole", "Hamra", "Dana", "Shin", "Hish", "Heish", "Sabbah", "Hanadi",
    "Hinadi", "Dara", "Jizeh", "Mansura", "Nasra", "Awj", "Tabni", "Jalaa",
    "Suwar", "Sibbeh", "Milh", "Mallah", "Malah", "Tal", "Ain", "Sabkha", "Salamiyah East",
}
# The camp town "al-Hol" is a place in its own right (places-extra.tsv);
# the subdistrict keeps only its formal name, since "الهول" is also "horror".

# Hand-reviewed spellings common in news reporting, by governorate P-code.
EXTRA = {
    "SY01": ["Dimashq", "Damascus city", "العاصمة دمشق", "العاصمة السورية"],
    "SY02": ["Halab", "Haleb"],
    "SY03": ["Damascus countryside", "Damascus suburbs", "Rural Damascus",
             "Damascus Countryside Governorate", "Reef Dimashq", "Rif Damascus",
             "ريف العاصمة", "ريف دمشق"],
    "SY04": ["Hims"],
    "SY05": ["Hamah", "Hamat"],
    "SY06": ["Lattakia", "Latakiyah", "Al-Ladhiqiyah", "Ladhiqiyah"],
    "SY07": ["Idleb", "Edlib", "ادلب"],
    "SY08": ["Hasakeh", "Al-Hasakeh", "Hassakeh", "Hasaka", "Hassake", "Al-Hassakeh"],
    "SY09": ["Deir Ezzor", "Deir el-Zor", "Deir al-Zour", "Deir al-Zor", "Deir Ez-Zor",
             "Dayr az Zawr", "Deir Ezzour", "Der Ezzor", "Deir Al Zour", "Deirezzor",
             "Deir ez Zor", "Deir Azzour", "ديرالزور"],
    "SY10": ["Tartous", "Tartous", "Tortosa"],
    "SY11": ["Raqqah", "Rakka", "Al-Raqqa", "Ar-Raqqa", "al-Raqqa"],
    "SY12": ["Deraa", "Dar'a", "Daraa", "Der'a", "Dera'a", "Deraa governorate"],
    "SY13": ["Sweida", "Suwaida", "Sweida", "al-Suwaida", "As-Suwayda", "Suwayda", "Swaida"],
    "SY14": ["Qunaitra", "Kuneitra", "Qunaytirah", "al-Quneitra", "Quneitra"],
}

PREFIXES_EN = [r"^N[aā][hḩ]iyat\s+", r"^Mant[iī]qat\s+", r"^Mu[hḩ][aā]fa[zẓ]at\s+",
               r"^Markaz\s+"]
SUFFIXES_EN = [r"\s+Subdistrict$", r"\s+Sub-district$", r"\s+District$",
               r"\s+Governorate$", r"\s+Nahiya$"]
PREFIXES_AR = ["ناحية ", "منطقة ", "محافظة ", "مركز ", "مدينة "]


def bare_forms(v, lang):
    """The form and the bare names inside it."""
    out = [v]
    if lang == "ar":
        cur = v
        changed = True
        while changed:
            changed = False
            for p in PREFIXES_AR:
                if cur.startswith(p) and len(cur) > len(p) + 1:
                    cur = cur[len(p):]
                    out.append(cur)
                    changed = True
    else:
        cur = v
        for _ in range(3):
            nxt = cur
            for r in PREFIXES_EN + SUFFIXES_EN:
                nxt = re.sub(r, "", nxt)
            if nxt == cur:
                break
            cur = nxt
            out.append(cur)
    return out


def usable(f):
    f = f.strip()
    if len(f) < 3:
        return False
    if f in STOP or f.lower() in STOP:
        return False
    if re.search(r"[A-Za-z]", f) and not re.search(r"[A-Z]", f):
        return False           # "nahyt mrkz alhskt": a machine transliteration
    if "ʾ" in f or "ʿ" in f:
        return False
    return True


def forms_of(rec, extra=()):
    seen = []
    cands = []
    for lang in ("en", "ar"):
        cands += bare_forms(rec["name"][lang], lang)
    for a in rec.get("aliases", []):
        cands += bare_forms(a["value"], a["language"])
    cands += list(extra)
    for f in cands:
        f = f.strip().replace("\t", " ")
        if usable(f) and f not in seen:
            seen.append(f)
    return seen


def clean_name(rec, lang):
    """The display name: the bare form of the official name."""
    v = rec["name"][lang]
    b = bare_forms(v, lang)[-1]
    return b if usable(b) else v


def pcode(rec):
    return rec.get("externalIds", {}).get("ochaPcode") or rec["id"]


def row(kind, rec, a1, a2, extra=()):
    c = rec.get("centroid") or {}
    pop = (rec.get("population") or {}).get("value") or ""
    forms = forms_of(rec, extra)
    return "\t".join([pcode(rec), kind, clean_name(rec, "en"), clean_name(rec, "ar"),
                      a1, a2, "%.5f" % c["latitude"] if c else "",
                      "%.5f" % c["longitude"] if c else "", str(pop),
                      "|".join(forms)])


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteer-syria"
    load = lambda n: json.load(open(os.path.join(src, n + ".json"), encoding="utf-8"))
    govs, dists, subs = load("governorates"), load("districts"), load("subdistricts")
    gid = {g["id"]: pcode(g) for g in govs}
    did = {d["id"]: pcode(d) for d in dists}
    print("# places.tsv - Syria's governorates, districts and subdistricts.")
    print("# Generated by tools/gazetteer-from-opensyria.py from OpenSyria Data Geography")
    print("# (https://github.com/Open-Syria/data-geography, CC BY 4.0); ids are OCHA P-codes.")
    print("# Edit the generator or add rows to places-extra.tsv rather than this file.")
    print("\t".join(["id", "kind", "name_en", "name_ar", "admin1", "admin2", "lat", "lon",
                     "population", "forms"]))
    # "سورية" alone is left out: its article form is the adjective "السورية".
    print("\t".join(["SY", "country", "Syria", "سوريا", "", "", "35.00000", "38.50000", "",
                     "Syria|سوريا|في سورية|Syrian Arab Republic|الجمهورية العربية السورية"]))
    for g in govs:
        print(row("governorate", g, "", "", EXTRA.get(pcode(g), ())))
    for d in dists:
        print(row("district", d, gid[d["governorateId"]], ""))
    for s in subs:
        print(row("subdistrict", s, gid[s["governorateId"]], did[s["districtId"]]))


if __name__ == "__main__":
    main()
