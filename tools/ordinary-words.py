#!/usr/bin/env python3
"""Write data/ordinary.tsv: one-word place names that are also ordinary words.

  tools/ordinary-words.py ../shared/data/arabic-events/arabic_gsr_validation_18-11-14.xml \
      > data/ordinary.tsv

A one-word form of an imported place (places-communities.tsv,
places-mena.tsv: the files no one reviewed name by name) is an ordinary word
when it is frequent in a body of Arabic news text (at least FREQ times, the
proclitics and article peeled off), is a word of an Arabic dictionary
(Debian's hunspell-ar, as written or with a hamza the news text leaves out:
"الراس", "عشاير"), and the text seldom writes it where a place stands
(right after a locative word, `LOCATIVE`: at most half of at least
PLACE_MIN such uses).  A town is frequent in news because it is a place:
"تكريت" and "تلعفر" are no dictionary words, and "بلعين" (a dictionary
reads ب+لعين) follows "قرية" in most of its uses.  Without hunspell-ar
the dictionary test is skipped (a warning says so).  An English form is
ordinary when it is a word of an English word list
(Debian's wamerican, names included: "Omar").  An English word whose Latin
key (src/lexicon/latin.c) is a place form's is listed too: "Syrian" is not
the Yemeni town "Siryan".  "سيان" (alike) names a Yemeni village and
"حربية" (military) a Turkish one; such a form is matched as a place only
after a locative word ("قرية سيان", cues.tsv `locative`).  The forms of
the reviewed files, and the names (not every alternate) of countries,
governorates, districts and cities of 100,000 people or more are never
listed: those are places
wherever they are written.
"""
import os
import re
import shutil
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DATA = os.path.join(HERE, "..", "data")
FREQ = 6
PLACE_MIN = 2
# words after which a news sentence names a place (cues.tsv `locative`, and
# the governorate and countryside words of an address)
LOCATIVE = ("قرب", "مدينة", "مدينتي", "بلدة", "بلدتي", "قرية", "قريتي", "محافظة",
            "ريف", "مخيم", "منطقة", "ناحية")
# hamza seats and final letters the news text writes bare
HAMZA = {"ا": ("أ", "إ", "آ"), "ي": ("ئ",), "و": ("ؤ",), "ه": ("ة",), "ة": ("ه",), "ى": ("ي", "ئ")}
IMPORTED = ("places-communities.tsv", "places-mena.tsv")
PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل", "ك")

from importlib.machinery import SourceFileLoader

# The Latin key, the Arabic comparison key and the TSV reader of the
# communities tool: one definition of each.
_pfc = SourceFileLoader("pfc", os.path.join(HERE, "places-from-communities.py")).load_module()
latin_key = _pfc.latin_key
ar_norm = _pfc.ar_norm


def peel(w):
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def rows(name):
    return _pfc.tsv_rows(os.path.join(DATA, name))


def place_uses(raw):
    """Per peeled form: how often the sentences write it, and how often
    right after a locative word."""
    uses, placed = Counter(), Counter()
    loc = {ar_norm(w) for w in LOCATIVE}
    for t in re.findall(r"<Text>(.*?)</Text>", raw, re.S):
        prev = ""
        for w in re.findall("[\u0621-\u064a]+", ar_norm(t)):
            k = peel(w)
            uses[k] += 1
            if prev in loc:
                placed[k] += 1
            prev = w
    return uses, placed


def variants(f):
    """The form and its spellings with one hamza or final letter of its stem
    restored (not right after a first letter: "باجل" is no "بأجل")."""
    out = [f]
    for i, c in enumerate(f):
        for v in HAMZA.get(c, ()) if i >= 2 else ():
            out.append(f[:i] + v + f[i + 1:])
    return out


def dictionary_words(forms):
    """The forms hunspell-ar knows (a variant known is enough); None
    without hunspell-ar."""
    if not os.path.exists("/usr/share/hunspell/ar.dic") or not shutil.which("hunspell"):
        sys.stderr.write("ordinary-words: no hunspell-ar, dictionary test skipped\n")
        return None
    cand = {f: variants(f) for f in forms}
    words = sorted({v for vs in cand.values() for v in vs})
    res = subprocess.run(["hunspell", "-d", "ar", "-l"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True)
    unknown = set(res.stdout.split())
    return {f for f, vs in cand.items() if any(v not in unknown for v in vs)}


def main():
    raw = open(sys.argv[1], encoding="utf-8").read()
    text = re.sub(r"<[^>]*>", " ", raw)
    freq = Counter(peel(ar_norm(w)) for w in re.findall("[\u0621-\u064a]+", text))
    uses, placed = place_uses(raw)
    english = set()
    if os.path.exists("/usr/share/dict/words"):
        english = {w.strip().lower() for w in open("/usr/share/dict/words", encoding="utf-8",
                                                   errors="replace")
                   if w.strip().isalpha()}
    protected = set()
    for name in sorted(os.listdir(DATA)):
        if not (name.startswith("places") and name.endswith(".tsv")):
            continue
        for r in rows(name):
            forms = r.get("forms", "").split("|")
            pop = int(r.get("population") or 0)
            if name not in IMPORTED:
                protected |= {ar_norm(f).lower() for f in forms}
            elif r["kind"] in ("country", "governorate", "district") or pop >= 100000:
                # the names of a large place, not every alternate GeoNames lists,
                # also without the article ("البصرة" is written "بصرة" after a proclitic)
                names = {ar_norm(r["name_en"]).lower(), ar_norm(r["name_ar"]).lower()}
                protected |= names | {peel(n) for n in names}
    ar, en = set(), set()
    keys = set()
    for name in IMPORTED:
        for r in rows(name):
            for f in r.get("forms", "").split("|"):
                f = f.strip()
                if not f or " " in f or "-" in f or ar_norm(f).lower() in protected:
                    continue
                if re.search("[\u0600-\u06ff]", f):
                    if freq[peel(ar_norm(f))] >= FREQ:
                        ar.add(f)
                elif f.lower() in english:
                    en.add(f.lower())
                else:
                    keys.add(latin_key(f))
    # English words that only share a Latin key with a place form: "Syrian"
    # and a Yemeni "Siryan".
    for w in english:
        if w not in protected and latin_key(w) in keys and len(w) >= 4:
            en.add(w)
    # a frequent form is ordinary only as a dictionary word the text seldom
    # writes where a place stands
    known = dictionary_words(ar)
    if known is not None:
        ar &= known
    ar = {f for f in ar
          if not (placed[peel(ar_norm(f))] >= PLACE_MIN
                  and 2 * placed[peel(ar_norm(f))] > uses[peel(ar_norm(f))])}
    out = sys.stdout
    out.write("# ordinary.tsv - one-word place names that are also ordinary words: matched\n"
              "# as places only after a locative word (cues.tsv `locative`).  Generated by\n"
              "# tools/ordinary-words.py; edit the tool, or add words by hand below it.\n")
    out.write("class\tlang\tforms\n")
    out.write("ordinary\tar\t%s\n" % "|".join(sorted(ar)))
    out.write("ordinary\ten\t%s\n" % "|".join(sorted(en)))


if __name__ == "__main__":
    main()
