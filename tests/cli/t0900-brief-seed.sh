#!/usr/bin/env bash
# rasd brief on the seed incident (the Jasim operation of the Enab Baladi
# report, read from ../shared/data/dev at run time): the three disputes
# (the toll, Russian participation, the regime's part), each claim quoted
# from the report with its outlet, date and link, every quote a sentence of
# the report; in English and Arabic, Markdown and HTML; usage errors.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/s.db"
head -n 1 "$RASD_SHARED/data/dev/articles.jsonl" >"$tmp/seed.jsonl"
"$RASD" ingest -q --db "$db" "$tmp/seed.jsonl"

"$RASD" brief --db "$db" 'd000#0' >"$tmp/en.md"
"$RASD" brief --db "$db" --lang ar 'd000#0' >"$tmp/ar.md"
"$RASD" brief --db "$db" --lang ar --format html -o "$tmp/ar.html" 'd000#0'
id=$(sed -n 's/.*incident \(inc-[0-9a-f]\{16\}\).*/\1/p' "$tmp/en.md" | head -n 1)
"$RASD" brief --db "$db" --format html "$id" >"$tmp/en.html"

python3 - "$tmp" "$tmp/seed.jsonl" <<'PY'
import json, re, sys
from html.parser import HTMLParser
tmp, seed = sys.argv[1:3]
doc = json.loads(open(seed, encoding="utf-8").readline())
fold = lambda s: re.sub(r"\s+", " ", s).strip()
text = fold(doc["text"])
en = open(f"{tmp}/en.md", encoding="utf-8").read()
ar = open(f"{tmp}/ar.md", encoding="utf-8").read()

# the three disputes, numbered, each side with its sources
section = en.split("## Where the sources contradict each other")[1].split("\n## ")[0]
items = re.findall(r"^\d+\. (.*)$", section, re.M)
assert len(items) == 3, items
# the 20 side names at least Reuters and TASS (the report's own summary of
# "news agencies" may stand beside them), the other side the local sources
m = re.search(r"\*\*Killed\*\*: 20 \(([^)]*)\) against about 10 \(local sources\)", items[0])
assert m and "Reuters" in m.group(1) and "TASS" in m.group(1), items[0]
assert "**Took part: Russian forces**: took part (Reuters, TASS) against did not take part (local sources)" in items[1]
assert items[2].startswith("**Took part: Syrian government forces**") and "only a limited part" in items[2]
assert "low 10 · best 20 · high 20" in en

# quotes: sentences of the report, with outlet, date and link
quotes = re.findall(r"^> «(.*)»$", en, re.M)
attrib = re.findall(r"^> — (.*)$", en, re.M)
assert len(quotes) >= 8 and len(quotes) == len(attrib), (len(quotes), len(attrib))
for q in quotes:
    for part in re.sub(r"\\(.)", r"\1", q).split("…"):
        assert fold(part) in text, part
for a in attrib:
    assert "Enab Baladi, 17 October 2022" in a and f"(<{doc['url']}>)" in a, a
for needle in ("نحو عشرة قتلى", "لم تشارك أي قوات روسية", "قذيفتي مدفعية", "20 عنصرًا"):
    assert any(needle in q for q in quotes), needle
assert "citing Reuters → Russian officer" in en

# Arabic: the same three disputes in Arabic wording, quotes unchanged
sec_ar = ar.split("## أين تتناقض المصادر")[1].split("\n## ")[0]
assert len(re.findall(r"^\d+\. ", sec_ar, re.M)) == 3
assert "مقابل" in sec_ar and "لم يشارك" in sec_ar and "مشاركة محدودة فقط" in sec_ar
assert re.findall(r"^> «(.*)»$", ar, re.M) == quotes
assert "17 تشرين الأول 2022" in ar

# HTML: balanced, right to left in Arabic, quotes in blockquotes with links
class Check(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.quotes, self.links = [], 0, 0
    def handle_starttag(self, tag, attrs):
        if tag not in ("meta",):
            self.stack.append(tag)
        if tag == "blockquote":
            self.quotes += 1
        if tag == "a" and dict(attrs).get("href") == doc["url"]:
            self.links += 1
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()
for name, rtl in (("ar.html", True), ("en.html", False)):
    h = open(f"{tmp}/{name}", encoding="utf-8").read()
    c = Check()
    c.feed(h)
    assert not c.stack and c.quotes == len(quotes) and c.links >= c.quotes, (name, c.quotes, c.links)
    assert ('dir="rtl"' in h.split("<body>")[0]) == rtl
PY

set +e
"$RASD" brief --db "$db" >/dev/null 2>&1; [ $? = 2 ] || exit 1
"$RASD" brief --db "$db" --lang fr 'd000#0' >/dev/null 2>&1; [ $? = 2 ] || exit 1
"$RASD" brief --db "$db" inc-0000000000000000 >/dev/null 2>"$tmp/err"; [ $? = 1 ] || exit 1
grep -q "no incident 'inc-0000000000000000'" "$tmp/err"
set -e
echo ok
