#!/usr/bin/env bash
# rasd extract: a town written often in news is no ordinary word
# (data/ordinary.tsv, tools/ordinary-words.py): "في تلعفر", "وسط تكريت"
# name the place with no locative word ("مدينة") before it, while a
# weekday that is also a village's name ("الجمعة") names none.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/in.jsonl" <<'JSONL'
{"id":"town1","lang":"ar","published":"2017-08-22","outlet":"example.iq","text":"قتل أربعة جنود وأصيب سبعة آخرون في اشتباكات عنيفة مع مسلحين في تلعفر يوم الثلاثاء، بحسب مصدر أمني."}
{"id":"town2","lang":"ar","published":"2015-03-10","outlet":"example.iq","text":"انفجرت عبوة ناسفة بسيارة مدنية وسط تكريت صباح الأحد فقتلت ثلاثة أشخاص."}
{"id":"weekday","lang":"ar","published":"2019-05-03","outlet":"example.sy","text":"قتل خمسة مدنيين بقصف مدفعي يوم الجمعة، وفق ما ذكر المرصد."}
JSONL
"$RASD" extract "$tmp/in.jsonl" >"$tmp/out.jsonl"
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
docs = {d["id"]: d for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
def places(i):
    return [(e["place"] or {}).get("admin1") for e in docs[i]["events"]]

assert places("town1") == ["Nineveh"], places("town1")
assert places("town2") == ["Salah ad Din"], places("town2")
assert places("weekday") == [None], places("weekday")
print("ok")
PY
