#!/usr/bin/env python3
"""gold-folds.py - split the corpus into dev and test folds, once.

    tools/gold-folds.py ../shared/data/corpus/collection.tsv \
        ../shared/data/dev/gold.jsonl > gold/folds.tsv

Folds are by incident, so no incident has reports on both sides. Per country,
a third of the incidents (rounded, at least one) go to `test`: those whose
SHA-256 of "rasd-fold:" + key is lowest. Reports of no violent event are split
the same way per country, by report id. The output was written once and is
committed; the test fold is never tuned on.
"""
import csv
import hashlib
import json
import sys
from collections import defaultdict


def h(key):
    return hashlib.sha256(("rasd-fold:" + key).encode()).hexdigest()


def pick(keys):
    keys = sorted(keys, key=h)
    n = max(1, round(len(keys) / 3))
    return set(keys[:n])


def main():
    rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
    inc, none = defaultdict(set), defaultdict(set)
    for r in rows:
        (none if r["incident"] == "none" else inc)[r["country"]].add(
            r["id"] if r["incident"] == "none" else r["incident"])
    print("# gold/folds.tsv - dev and test folds of the corpus, fixed once by")
    print("# tools/gold-folds.py (a third of each country's incidents, and of its")
    print("# reports of no event, in test). Key: an incident key, or a report id for")
    print("# reports of no violent event. Never tune on the test fold.")
    print("key\tcountry\tfold")
    for groups in (inc, none):
        for country in sorted(groups):
            test = pick(groups[country])
            for k in sorted(groups[country]):
                print(f"{k}\t{country}\t{'test' if k in test else 'dev'}")
    if len(sys.argv) > 2:
        keys = []
        for line in open(sys.argv[2], encoding="utf-8"):
            if line.strip():
                g = json.loads(line)
                k = g.get("incident") or g["id"]
                if k not in keys:
                    keys.append(k)
        for k in keys:
            print(f"{k}\tSyria\tdev")


if __name__ == "__main__":
    main()
