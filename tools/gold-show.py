#!/usr/bin/env python3
"""gold-show.py - print gold records with the text of every span, to re-read them.

    tools/gold-show.py GOLD.jsonl [ID...] [--articles ARTICLES.jsonl] [--no-text]

For each record: the report's metadata and text (lines numbered), then each
event, claim and participant with its spans shown as «quoted text».
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ARTICLES = os.path.join(HERE, "..", "..", "shared", "data", "corpus", "articles.jsonl")


def q(text, span):
    if not span:
        return "-"
    s, e = span
    return "«%s»[%d:%d]" % (text[s:e], s, e)


def show(rec, art, with_text):
    text = art["text"]
    print("=" * 72)
    print("%s  %s  lang=%s  published=%s  incident=%s  country=%s  outlet_kind=%s" % (
        rec["id"], art.get("outlet"), art.get("lang"), art.get("published"),
        rec.get("incident"), rec.get("country"), rec.get("outlet_kind")))
    if art.get("title"):
        print("title:", art["title"])
    if with_text:
        for i, line in enumerate(text.split("\n"), 1):
            if line.strip():
                print("  %2d| %s" % (i, line))
    for i, ev in enumerate(rec.get("events") or []):
        print("-- event %d [%s] %s / %s" % (i, ev.get("role"), ev.get("event_type"), ev.get("sub_event_type")))
        print("   date %s (%s) %s period=%s" % (ev.get("date"), ev.get("date_precision"),
                                             q(text, ev.get("date_span")), ev.get("date_period")))
        print("   place %s (%s) %s admin2=%s admin1=%s" % (ev.get("location"), ev.get("location_level"),
                                                      q(text, ev.get("location_span")), ev.get("admin2"), ev.get("admin1")))
        print("   actor1=%s actor2=%s actors=%s" % (ev.get("actor1"), ev.get("actor2"), ev.get("actors")))
        for c in ev.get("claims") or []:
            flags = [k for k in ("denied", "derived", "subset") if c.get(k)]
            print("   claim %s %s %s (%s; group %s) source=%s%s %s at %s %s" % (
                c.get("kind"), c.get("qualifier"), c.get("value"), c.get("who"), c.get("group"),
                c.get("source"), (" via " + c["via"]) if c.get("via") else "",
                q(text, c.get("source_span")), q(text, c.get("span")), " ".join(flags)))
        for p in ev.get("participants") or []:
            print("   participant %s source=%s %s%s%s" % (p.get("actor"), p.get("source"), q(text, p.get("source_span")),
                                                       " DENIED" if p.get("denied") else "", " LIMITED" if p.get("limited") else ""))
    for d in rec.get("disputes") or []:
        print("-- dispute %s: %s" % (d.get("attribute"), d.get("detail")))
    if rec.get("note"):
        print("-- note:", rec["note"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--articles", default=DEFAULT_ARTICLES)
    ap.add_argument("--no-text", action="store_true")
    a = ap.parse_args()
    arts = {}
    with open(a.articles, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                arts[d["id"]] = d
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            if a.ids and rec["id"] not in a.ids:
                continue
            if rec["id"] not in arts:
                print("unknown id", rec["id"], file=sys.stderr)
                continue
            show(rec, arts[rec["id"]], not a.no_text)


if __name__ == "__main__":
    main()
