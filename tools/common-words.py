#!/usr/bin/env python3
"""Write data/common.tsv: ordinary English words a place name's spelling variant may not be.

  tools/common-words.py [/usr/share/dict/american-english] > data/common.tsv

A Latin word of a report reaches a place form through its Latin key
(src/lexicon/latin.c) when it is spelled another way: "Huwara" and
"Huwwarah".  An ordinary English word must not: "Daily" has the key of the
town "Dael", "Mar" that of "Maarra".  The words are those of an English word
list (Debian's wamerican, SCOWL; the lower-case entries, so ordinary words
and not the personal and place names the list also holds) whose Latin key is
the key of a word of a place form (data/places*.tsv): the only ones that
could be taken for a variant.  Such a word still matches a form written
exactly as it is ("Tell" in "Tell Abyad"); it only makes no variant match.
"""
import os
import re
import sys
from importlib.machinery import SourceFileLoader

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
# One definition of the Latin key and of the TSV reader.
_pfc = SourceFileLoader("pfc", os.path.join(HERE, "places-from-communities.py")).load_module()
latin_key = _pfc.latin_key


def place_keys():
    keys = set()
    for name in sorted(os.listdir(DATA)):
        if not (name.startswith("places") and name.endswith(".tsv")):
            continue
        for r in _pfc.tsv_rows(os.path.join(DATA, name)):
            for form in [r.get("name_en", "")] + r.get("forms", "").split("|"):
                for w in re.split(r"[^A-Za-z\u00c0-\u024f]+", form):
                    k = latin_key(w)
                    if len(k) >= 3:
                        keys.add(k)
    return keys


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english"
    keys = place_keys()
    words = set()
    for line in open(path, encoding="utf-8", errors="replace"):
        w = line.strip()
        if len(w) >= 3 and re.fullmatch("[a-z]+", w) and latin_key(w) in keys:
            words.add(w)
    out = sys.stdout
    out.write("# common.tsv - ordinary English words whose Latin key is a place word's: they\n"
              "# match a place form only as written, never as its spelling variant.  Made by\n"
              "# tools/common-words.py from Debian's wamerican (SCOWL, Copyright 2000-2011 by\n"
              "# Kevin Atkinson; free to use, copy, modify and distribute with this notice).\n")
    out.write("class\tlang\tforms\n")
    words = sorted(words)
    for i in range(0, len(words), 400):
        out.write("common\ten\t%s\n" % "|".join(words[i:i + 400]))


if __name__ == "__main__":
    main()
