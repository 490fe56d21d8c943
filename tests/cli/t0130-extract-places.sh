#!/usr/bin/env bash
# rasd extract: places that are not where the event happened.  Where a
# speaker is ("a Damascus-affiliated official", "Iran's ambassador to
# Damascus"), where fire came from ("fired from the occupied Golan
# Heights", "من اتجاه الجولان"), and a place in a sentence that only
# speaks of "this explosion" do not open another event; a strike named by
# its force ("استهدف سلاح الجو الإسرائيلي") is an air strike, dated by its
# sentence; "شرقي حمص", "بريف حمص", "Homs countryside" name a region of
# the governorate, so a town named beside them is the place, as it is
# beside a region ("دوما في الغوطة الشرقية").
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/in.jsonl" <<'JSONL'
{"id": "en-speaker", "lang": "en", "published": "2023-10-06", "outlet": "example.com", "text": "A drone attack on the military college in Homs killed dozens on Thursday, state television said.\n\nThe Syrian Observatory and a Damascus-affiliated official told Reuters that around 100 people were killed in the attack.\n\nIran's ambassador to Damascus told Syrian TV that five to seven people were killed in the attack."}
{"id": "en-origin", "lang": "en", "published": "2024-04-02", "outlet": "example.org", "text": "An Israeli air strike on the Iranian consulate in Damascus killed seven people on April 1, officials said. A military source said the missiles were fired from the occupied Golan Heights and that air defences intercepted a number of them."}
{"id": "ar-anaphor", "lang": "ar", "published": "2021-10-20", "outlet": "example.sy", "text": "تفجير إرهابي هز مدينة دمشق صباح اليوم بعبوتين ناسفتين استهدفتا حافلة عسكرية في منطقة جسر الرئيس وأسفر عن 14 شهيدا. هذا الانفجار الذي يأتي بعد ثلاث سنوات من الهدوء يعكس حالة الإحباط بعد الانتصار الذي حققه الجيش السوري في درعا."}
{"id": "ar-airforce", "lang": "ar", "published": "2024-04-01", "outlet": "example.ir", "text": "استهدف سلاح الجو الإسرائيلي اليوم الإثنين مبنى القنصلية الإيرانية في دمشق. وقالت وسائل إعلام إيرانية إن 6 أشخاص قتلوا في الهجوم الجوي."}
{"id":"c1","lang":"ar","published":"2024-03-12","outlet":"enabbaladi.net","text":"قتل ثلاثة عناصر من قوات النظام وأصيب آخرون، أمس الإثنين، بهجوم لخلايا تنظيم الدولة الإسلامية على نقطة عسكرية في بادية السخنة شرقي حمص."}
{"id":"c4","lang":"ar","published":"2024-03-12","outlet":"sana.sy","text":"استشهد عسكريان وأصيب ثالث في اعتداء إرهابي على نقطة عسكرية في بادية السخنة بريف حمص الشرقي أمس."}
{"id":"w3","lang":"ar","published":"2018-04-08","outlet":"z.net","text":"قتل ما لا يقل عن 42 شخصا وأصيب أكثر من 500 آخرين بحالات اختناق جراء هجوم كيميائي على مدينة دوما في الغوطة الشرقية مساء السبت، بحسب الدفاع المدني، فيما نفت الحكومة السورية استخدام أسلحة كيميائية."}
JSONL
"$RASD" extract "$tmp/in.jsonl" >"$tmp/out.jsonl"
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
docs = {d["id"]: d for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
def evs(i):
    return [(e["event_type"], e["date"], e["place"]["name"] if e["place"] else None,
             e["place"]["admin1"] if e["place"] else None) for e in docs[i]["events"]]

e = evs("en-speaker")
assert len(e) == 1 and e[0][3] == "Homs", e
e = evs("en-origin")
assert len(e) == 1 and e[0][3] == "Damascus", e
assert not any(x[3] == "Quneitra" for x in e), e
e = evs("ar-anaphor")
assert len(e) == 1 and e[0][3] == "Damascus", e
e = evs("ar-airforce")
assert len(e) == 1, e
assert e[0][0] == "Explosions/Remote violence" and e[0][1] == "2024-04-01" and e[0][3] == "Damascus", e
e = evs("c1")   # "في بادية السخنة شرقي حمص": east of Homs is the region
assert e[0][2] in ("Sokhneh", "al-Sukhnah"), e
e = evs("c4")   # "بريف حمص الشرقي": the countryside of Homs
assert e[0][2] in ("Sokhneh", "al-Sukhnah"), e
e = evs("w3")   # "مدينة دوما في الغوطة الشرقية": the town, not the region around it
assert e[0][2] == "Douma", e
print("ok")
PY
