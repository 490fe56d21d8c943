#!/usr/bin/env bash
# rasd extract, then rasd incidents on each report alone: how a figure
# stands against the report's others of its kind (figures_report.c) makes
# no dispute of what reporting sets side by side.  A count one hospital
# received or one team recovered is a part of a larger toll; a place's own
# share ("alone", "وحدها", or a town inside the area of the toll) is a
# part of a toll told before it; a first
# count ("initial", "حصيلة أولية") is the toll as it stood before an updated
# one ("in an updated toll", "في حصيلة جديدة", "later said"); a group said
# to be among the dead is a part.  A hospital's count that is the only one
# of its kind stays the toll, and two sources' plain totals still disagree.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pad_en=" Shops stayed shut across the district and families gathered in the schools that serve as shelters. Aid workers asked for safe access to the villages."
pad_ar=" وأغلقت المحال أبوابها في أنحاء المنطقة ولجأت عائلات إلى المدارس التي تحولت إلى مراكز إيواء. وطالب عاملون في الإغاثة بممرات آمنة إلى القرى."
python3 - "$tmp/in.jsonl" "$pad_en" "$pad_ar" <<'PY'
import json, sys
out, pad_en, pad_ar = sys.argv[1], sys.argv[2], sys.argv[3]
reports = [
    ("en-hospital", "en", "Shelling on Talbisa killed 21 people on Monday, the monitoring group said. A nurse said 9 bodies and 30 wounded arrived at the town hospital."),
    ("en-rubble", "en", "Shelling on Talbisa killed 21 people on Monday, the monitoring group said. \"Our teams pulled 11 bodies from the rubble,\" a rescue worker said."),
    ("ar-hospital", "ar", "قتل 21 شخصا في قصف على بلدة تلبيسة يوم الاثنين، بحسب المرصد السوري لحقوق الإنسان. وقال مصدر طبي إن المستشفى الوطني استقبل 9 جثث."),
    ("en-alone", "en", "Shelling on villages of northern Homs killed 21 people on Monday, the monitoring group said. In Talbisa alone, 5 people were killed, local activists said."),
    ("ar-alone", "ar", "قتل 21 شخصا في قصف على قرى ريف حمص الشمالي يوم الاثنين، بحسب المرصد السوري لحقوق الإنسان. وقال ناشطون إن 5 أشخاص قتلوا في بلدة تلبيسة وحدها."),
    ("en-inside", "en", "Shelling on northern Homs killed 21 people on Monday, the monitoring group said. In Talbisa, 5 people were killed, local activists said."),
    ("ar-inside", "ar", "قتل 21 شخصا في قصف على ريف حمص الشمالي يوم الاثنين، بحسب المرصد السوري لحقوق الإنسان. وقال ناشطون إن 5 أشخاص قتلوا في قصف على بلدة تلبيسة."),
    ("en-updated", "en", "Shelling on Talbisa killed 13 people on Monday, the civil defence said in an initial toll. In an updated toll, the monitoring group said 22 people had been killed."),
    ("en-later", "en", "Shelling on Talbisa killed 13 people on Monday, according to initial reports from the civil defence. The monitoring group later said 22 people had been killed."),
    ("ar-updated", "ar", "قتل 13 شخصا في قصف على بلدة تلبيسة يوم الاثنين، بحسب حصيلة أولية للدفاع المدني. وقال المرصد السوري لحقوق الإنسان في حصيلة محدثة إن 22 شخصا قتلوا."),
    ("en-among", "en", "A bomb at a checkpoint near Talbisa killed 26 people on Monday, the monitoring group said. The army said 17 soldiers were among the dead."),
    ("en-only-hospital", "en", "Shelling hit Talbisa on Monday. A nurse said 9 bodies arrived at the town hospital."),
    ("en-rivals", "en", "Shelling on Talbisa killed 21 people on Monday, the monitoring group said. The civil defence said 13 people had been killed."),
]
with open(out, "w", encoding="utf-8") as f:
    for i, lang, text in reports:
        f.write(json.dumps({"id": i, "lang": lang, "published": "2024-03-11", "outlet": "example.net",
                            "text": text + (pad_en if lang == "en" else pad_ar) * 3}, ensure_ascii=False) + "\n")
PY
"$RASD" extract "$tmp/in.jsonl" >"$tmp/out.jsonl"
while IFS= read -r line; do
	id=$(printf '%s' "$line" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
	printf '%s\n' "$line" >"$tmp/$id.jsonl"
	"$RASD" incidents "$tmp/$id.jsonl" >"$tmp/$id.inc.json"
done <"$tmp/out.jsonl"
python3 - "$tmp" <<'PY'
import json, os, sys
tmp = sys.argv[1]
docs = {d["id"]: d for d in map(json.loads, open(os.path.join(tmp, "out.jsonl"), encoding="utf-8"))}
def claim(i, kind, value):
    for ev in docs[i]["events"]:
        for c in ev["claims"]:
            if c["kind"] == kind and c["value"] == value:
                return c
    raise AssertionError((i, kind, value, docs[i]["events"]))
def disputes(i):
    inc = json.load(open(os.path.join(tmp, i + ".inc.json"), encoding="utf-8"))
    return [d["detail"] for x in inc["incidents"] for d in x.get("disputes", [])]

for i, v in (("en-hospital", 9), ("en-rubble", 11), ("ar-hospital", 9), ("en-alone", 5),
             ("ar-alone", 5), ("en-inside", 5), ("ar-inside", 5), ("en-among", 17)):
    assert claim(i, "killed", v).get("subset"), (i, claim(i, "killed", v))
    assert not claim(i, "killed", 21 if i != "en-among" else 26).get("subset"), i
    assert disputes(i) == [], (i, disputes(i))
# the wounded are the only count of their kind: the toll of the wounded
assert not claim("en-hospital", "wounded", 30).get("subset")
for i in ("en-updated", "en-later", "ar-updated"):
    assert claim(i, "killed", 13).get("revision") == "earlier", (i, claim(i, "killed", 13))
    assert claim(i, "killed", 22).get("revision") == "later", (i, claim(i, "killed", 22))
    assert disputes(i) == [], (i, disputes(i))
assert not claim("en-only-hospital", "killed", 9).get("subset")
assert not claim("en-rivals", "killed", 13).get("subset")
assert not claim("en-rivals", "killed", 13).get("revision")
assert len(disputes("en-rivals")) == 1, disputes("en-rivals")
print("ok")
PY
