#!/usr/bin/env python3
"""Build data/places-geonames.tsv from two runs of tools/geonames-export.c.

  LANGUAGE=en LC_ALL=C.UTF-8 ./gn SY > gn-en.tsv
  LANGUAGE=ar LC_ALL=C.UTF-8 ./gn SY > gn-ar.tsv
  tools/places-from-geonames.py gn-en.tsv gn-ar.tsv > data/places-geonames.tsv

The data is Debian's libgeonames copy of GeoNames (CC BY 4.0,
https://www.geonames.org).  Cities are attached to our governorates (OCHA
P-codes of places.tsv) by the GeoNames state name.  Where libgeonames has no
Arabic translation (it repeats the Latin name, or gives a wrong one) the
reviewed Arabic name below is used.  Spelling variants: the ASCII folding of
the GeoNames name (Ţafas -> Tafas) and common English spellings in news.
"""
import sys
import unicodedata

STATE = {
    "Damascus Governorate": "SY01", "Aleppo Governorate": "SY02",
    "Rif-dimashq Governorate": "SY03", "Homs Governorate": "SY04",
    "Hama Governorate": "SY05", "Latakia Governorate": "SY06",
    "Idlib Governorate": "SY07", "Al-Hasakah Governorate": "SY08",
    "Deir ez-Zor Governorate": "SY09", "Tartus Governorate": "SY10",
    "Ar-Raqqah Governorate": "SY11", "Daraa Governorate": "SY12",
    "As-Suwayda Governorate": "SY13", "Quneitra Governorate": "SY14",
}

# Reviewed Arabic names (libgeonames lacks them or has a wrong one).
ARABIC = {
    "Jāsim": "جاسم", "Tādif": "تادف", "Şūrān": "صوران", "Şāfītā": "صافيتا",
    "Irbin": "عربين", "Ḩarastā": "حرستا", "Douma": "دوما", "Bāniyās": "بانياس",
    "Azaz": "أعزاز", "Al Bāb": "الباب", "Afrin": "عفرين", "Ad Dānā": "الدانا",
    "Ath Thawrah": "الطبقة", "Al Mayādīn": "الميادين", "Latakia": "اللاذقية",
    "Dārayyā": "داريا", "Ālbū Kamāl": "البوكمال",
}

# Common spellings in English and Arabic reporting (hand-reviewed).
VARIANTS = {
    "Jāsim": ["Jassim", "Jasem", "Jaseem", "مدينة جاسم"],
    "Ţafas": ["Tafas", "Tafs", "مدينة طفس"],
    "Dayr az Zawr": ["Deir ez-Zor city", "Deir Ezzor city", "Deir ez-Zor", "Deir Ezzor",
                     "Deir al-Zour", "Deir el-Zor", "Dayr az-Zawr", "مدينة دير الزور"],
    "Palmyra": ["Tadmur", "Tadmor", "مدينة تدمر"],
    "Ālbū Kamāl": ["Albu Kamal", "Abu Kamal", "Albukamal", "Al-Bukamal", "Bukamal", "Boukamal",
                   "Al-Boukamal", "البوكمال", "البو كمال", "أبو كمال"],
    "Al Mayādīn": ["Mayadin", "Al-Mayadin", "Mayadeen", "Al-Mayadeen", "الميادين"],
    "Latakia": ["Lattakia", "Latakia city", "مدينة اللاذقية", "اللاذقية"],
    "Rakka": ["Raqqa", "Raqqa city", "Al-Raqqa", "Ar-Raqqah", "مدينة الرقة"],
    "Ath Thawrah": ["Tabqa", "Al-Tabqa", "Al-Thawrah", "Madinat al-Thawrah", "مدينة الثورة",
                    "مدينة الطبقة"],
    "‘Ayn al ‘Arab": ["Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab", "كوباني"],
    "Khan Shaykhun": ["Khan Sheikhoun", "Khan Shaykhoun", "Khan Sheikhun", "خان شيخون"],
    "Jisr ash Shughūr": ["Jisr al-Shughur", "Jisr al-Shughour", "Jisr ash-Shughur",
                         "Jisr Al Shoghour"],
    "Kafranbel": ["Kafr Nabl", "Kafranbul", "Kafr Nabel", "كفرنبل"],
    "Ma‘arratmişrīn": ["Maarrat Misrin", "Maaret Misrin", "معرتمصرين"],
    "Al Bāb": ["Al-Bab", "al-Bab city", "مدينة الباب", "منطقة الباب"],
    "At Tall": ["Al-Tall", "al-Tal", "مدينة التل"],
    "Qārah": ["Qara", "Qarah", "مدينة قارة", "بلدة قارة"],
    "Nubl": ["Nubbul", "Nubul", "بلدة نبل"],
    "Al Ḩirāk": ["Al-Harak", "Hrak", "Al-Hirak"],
    "Inkhil": ["Inkhel", "Enkhel", "Inkhil city", "مدينة انخل"],
    "Aş Şanamayn": ["Al-Sanamayn", "Sanamayn", "Sanamein", "As-Sanamayn", "مدينة الصنمين"],
    "Shaykh Miskīn": ["Sheikh Miskin", "Al-Shaykh Maskin", "الشيخ مسكين"],
    "Al Quşayr": ["Al-Qusayr", "Qusayr", "Qusair", "Al-Qusair"],
    "Al Qaryatayn": ["Al-Qaryatayn", "Qaryatayn", "Qaryatein", "Al-Qaryatain"],
    "Az Zabadānī": ["Zabadani", "Al-Zabadani", "Zabadani city"],
    "Ar Rastan": ["Al-Rastan", "Rastan"],
    "Tallbīsah": ["Talbiseh", "Talbisa", "Tal Bisa"],
    "Tall Rif‘at": ["Tal Rifaat", "Tel Rifaat", "Tal Rifat", "Tell Rifaat"],
    "Tallkalakh": ["Tal Kalakh", "Talkalakh", "Tell Kalakh"],
    "Douma": ["Duma", "مدينة دوما"],
    "Ḩarastā": ["Harasta", "مدينة حرستا"],
    "Dārayyā": ["Daraya", "Darayya", "داريا"],
    "Manbij": ["Menbij", "Manbaj"],
    "Azaz": ["A'zaz", "Aazaz", "اعزاز", "إعزاز"],
    "Afrin": ["Efrin", "Afreen", "عفرين"],
    "Jarābulus": ["Jarablus", "Jarabulus"],
    "Sarāqib": ["Saraqeb"],
    "Binnish": ["Binish", "Benish"],
    "Salamiyah": ["Salamieh", "Salamiya", "Salamiyeh", "السلمية"],
    "Maşyāf": ["Masyaf", "Misyaf"],
    "Al Qunayţirah": ["Quneitra city", "Quneitra", "مدينة القنيطرة"],
    "Dar‘ā": ["Daraa city", "Deraa", "Daraa", "مدينة درعا"],
    "As-Suwayda": ["Suwayda city", "Sweida", "Suwayda", "مدينة السويداء"],
    "Al Ḩasakah": ["Hasakah city", "Hasakah", "Hasakeh", "مدينة الحسكة"],
    "Homs": ["Homs city", "Hims", "مدينة حمص"],
    "Hama": ["Hama city", "Hamah", "مدينة حماة"],
    "Aleppo": ["Aleppo city", "Halab", "مدينة حلب"],
    "Damascus": ["Damascus city", "Dimashq", "مدينة دمشق"],
    "Idlib": ["Idlib city", "Idleb", "مدينة إدلب"],
    "Tartous": ["Tartus", "Tartus city", "مدينة طرطوس"],
    "Ad Darbāsīyah": ["Al-Darbasiyah", "Darbasiyah", "Derbasiyah"],
    "Ţayyibat al Imām": ["Taybat al-Imam", "Tayyibat al-Imam", "طيبة الإمام"],
    "Ḩalfāyā": ["Halfaya", "Halfaya"],
    "Kafr Zaytā": ["Kafr Zita", "Kafrzita", "كفرزيتا"],
    "Yabrūd": ["Yabroud"],
    "Al Kiswah": ["Kiswah", "Al-Kiswah", "Kisweh"],
    "Hajīn": ["Hajin", "Hajeen"],
    "Subaykhān": ["Subaykhan", "Sbeikhan"],
}
# English display names where the folded GeoNames name is not the usual spelling.
DISPLAY = {"Dar‘ā": "Daraa"}

# Forms never used alone: ordinary words ("الباب" is "the door", "التل" "the hill").
STOP = {"الباب", "التل", "قارة", "نبل", "ثورة", "Ath Thawrah"}


def fold(s):
    s = s.replace("‘", "").replace("’", "").replace("ʼ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def load(p):
    rows = {}
    for line in open(p, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        rows[f[0]] = f
    return rows


def arabic(s):
    return any("\u0600" <= c <= "\u06ff" for c in s)


def main():
    en, ar = load(sys.argv[1]), load(sys.argv[2])
    print("# places-geonames.tsv - Syrian cities of the GeoNames database (CC BY 4.0,")
    print("# https://www.geonames.org) as shipped by Debian's libgeonames; generated by")
    print("# tools/geonames-export.c and tools/places-from-geonames.py (reviewed Arabic names")
    print("# and spelling variants are in the latter).  Ids are 'lgn:' + libgeonames index.")
    print("\t".join(["id", "kind", "name_en", "name_ar", "admin1", "admin2", "lat", "lon",
                     "population", "forms"]))
    for idx in sorted(en, key=lambda k: en[k][1]):
        _, name, state, lat, lon, pop = en[idx]
        nar = ar[idx][1]
        if name in ARABIC or not arabic(nar):
            nar = ARABIC.get(name, "")
        forms = [fold(name)]
        if nar and nar not in STOP:
            forms.append(nar)
        forms += VARIANTS.get(name, [])
        seen = []
        for f in forms:
            if f and f not in seen and f not in STOP:
                seen.append(f)
        nm = name if name not in STOP else fold(name)
        kind = "city" if int(pop) >= 50000 else "town"
        print("\t".join(["lgn:" + idx, kind, DISPLAY.get(name, fold(nm)), nar, STATE[state], "", lat, lon, pop,
                         "|".join(seen)]))


if __name__ == "__main__":
    main()
