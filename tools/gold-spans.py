#!/usr/bin/env python3
"""gold-spans.py - turn a labelling draft (quotes) into gold records (spans).

    tools/gold-spans.py DRAFT.jsonl [-o OUT.jsonl] [--articles ARTICLES.jsonl]

The draft has the schema of gold/GUIDE.md with quotes where the gold has
spans: `date_text`, `location_text` (events), `span_text`, `source_text`
(claims), `source_text` (participants). Each quote must occur exactly once in
the report's text; square brackets inside a quote mark the part to keep
("قتل [11] شخصا"), and whitespace matches any run of whitespace. The output
holds spans [start, end) in characters of `text`, never the words, so the
repository keeps no copy of a report.

Errors are printed as `DRAFT:LINE: id: field: what`; the exit status is 1
when there was any, and nothing is written then.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ARTICLES = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "articles.jsonl")

# (draft key, gold key) per level.
EVENT_KEYS = (("date_text", "date_span"), ("location_text", "location_span"))
CLAIM_KEYS = (("span_text", "span"), ("source_text", "source_span"))
PART_KEYS = (("source_text", "source_span"),)


def load_texts(path):
    texts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    return texts


def pattern(quote):
    """Regex for a quote; returns (regex, has_brackets)."""
    if quote.count("[") == 1 and quote.count("]") == 1 and quote.index("[") < quote.index("]"):
        a, rest = quote.split("[", 1)
        b, c = rest.split("]", 1)
        parts, marked = (a, b, c), True
    else:
        parts, marked = ("", quote, ""), False

    def rx(s):
        return r"\s+".join(re.escape(w) for w in s.split()) if s.strip() else ""

    pre, mid, post = (rx(p) for p in parts)
    # Keep whitespace at the seams the quote had.
    sep1 = r"\s+" if parts[0][-1:].isspace() else ""
    sep2 = r"\s+" if parts[2][:1].isspace() else ""
    if not marked:
        return re.compile("(" + mid + ")"), False
    return re.compile(pre + sep1 + "(" + mid + ")" + sep2 + post), True


def find(text, quote):
    if not isinstance(quote, str) or not quote.strip():
        return None, "empty quote"
    rx, _ = pattern(quote)
    hits = [m.span(1) for m in rx.finditer(text)]
    if not hits:
        return None, "quote not found in the text: %r" % quote
    if len(hits) > 1:
        return None, "quote occurs %d times; give more context in brackets: %r" % (len(hits), quote)
    return list(hits[0]), None


def convert(obj, keys, text, where, errors):
    """Replace each quote key of `obj` by its span key, in place and in order."""
    names = dict(keys)
    items = list(obj.items())
    obj.clear()
    for k, v in items:
        if k not in names:
            obj[k] = v
            continue
        span = None
        if v is not None:
            span, err = find(text, v)
            if err:
                errors.append("%s: %s: %s" % (where, k, err))
        obj[names[k]] = span


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("draft")
    ap.add_argument("-o", "--output")
    ap.add_argument("--articles", default=DEFAULT_ARTICLES)
    a = ap.parse_args()
    texts = load_texts(a.articles)
    out, errors = [], []
    with open(a.draft, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("%s:%d: not JSON: %s" % (a.draft, n, e))
                continue
            rid = rec.get("id")
            if rid not in texts:
                errors.append("%s:%d: unknown report id %r" % (a.draft, n, rid))
                continue
            text = texts[rid]
            for i, ev in enumerate(rec.get("events") or []):
                w = "%s:%d: %s: events[%d]" % (a.draft, n, rid, i)
                convert(ev, EVENT_KEYS, text, w, errors)
                for j, c in enumerate(ev.get("claims") or []):
                    convert(c, CLAIM_KEYS, text, "%s.claims[%d]" % (w, j), errors)
                for j, p in enumerate(ev.get("participants") or []):
                    convert(p, PART_KEYS, text, "%s.participants[%d]" % (w, j), errors)
            out.append(rec)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print("gold-spans: %d error(s), nothing written" % len(errors), file=sys.stderr)
        return 1
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(data)
    else:
        sys.stdout.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
