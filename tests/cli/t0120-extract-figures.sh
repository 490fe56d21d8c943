#!/usr/bin/env bash
# rasd extract: whose figure is whose, and which numbers are no casualty
# figure.  Two speakers set against each other in one sentence each keep
# their own figure; a number counting things ("two explosive devices",
# "عبوتين") is not a toll; the toll of the whole war quoted as background
# is not a figure of the event; "5 others" counts a part of the toll; a
# sentence that only adds detail names who took part only when it speaks
# of taking part; a source's holder named later by surname ("Akbari
# said", "وقال أكبري"), by pronoun or by role ("The diplomat said") speaks
# for that source; a casualty word and a noun naming one person ("مقتل
# شاب", "a soldier was wounded") are a count of one; the outlet restating a
# figure a source gives (a headline) is the source's figure only; an armed
# actor speaks as itself ("the SDF said" -> the SDF, not its media office); a
# part of a toll ("بينهم طفلان", ", including two children,") counts what
# the toll counts and is marked subset.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/in.jsonl" <<'JSONL'
{"id": "ar-two-speakers", "lang": "ar", "published": "2023-10-06", "outlet": "example.net", "text": "قتل أكثر من 80 شخصا الخميس في هجوم بطائرات مسيرة على الكلية الحربية في حمص. وتضاربت الأنباء حول أعداد القتلى فبينما أكد المرصد السوري لحقوق الإنسان أن الهجوم أسفر عن مقتل نحو 100 من العسكريين، أكدت مصادر سورية رسمية أن عدد القتلى بلغ 81 شخصا."}
{"id": "en-things", "lang": "en", "published": "2021-10-20", "outlet": "example.com", "text": "At least 14 people were killed in Damascus on Wednesday when two explosive devices detonated on a military bus, SANA said. The United Nations says at least 350,000 people were killed during the civil war that began a decade ago."}
{"id": "ar-things", "lang": "ar", "published": "2021-10-20", "outlet": "example.org", "text": "قتل 14 عسكريا وأصيب 3 آخرون في دمشق صباح الأربعاء جراء تفجير عبوتين ناسفتين بحافلة عسكرية، بحسب وكالة سانا."}
{"id": "ar-dual", "lang": "ar", "published": "2021-10-20", "outlet": "example.sy", "text": "ارتقى 13 شهيداً ووقع 3 جرحى جراء تفجير إرهابي بعبوتين ناسفتين استهدف حافلة مبيت عسكري في دمشق."}
{"id": "en-raids", "lang": "en", "published": "2023-03-06", "outlet": "example.com", "text": "Syrian warplanes killed 3 in raids on Idlib on Monday, the Syrian Observatory for Human Rights said."}
{"id": "ar-subset", "lang": "ar", "published": "2023-10-06", "outlet": "example.net", "text": "وبحسب المرصد السوري لحقوق الإنسان فقد ارتفعت حصيلة قتلى القصف على بلدة سرمين إلى 30 شخصا من ضمنهم 12 مدنيا بينهم 5 أطفال."}
{"id": "ar-late-speaker", "lang": "ar", "published": "2024-04-01", "outlet": "example.net", "text": "قتل قائد في غارات إسرائيلية على مبنى القنصلية الإيرانية في دمشق. وأكد التلفزيون الرسمي أن مبنى القنصلية دمر بالكامل، في وقت أشار السفير الإيراني في سورية إلى مقتل 7 أشخاص في القصف."}
{"id": "en-holder", "lang": "en", "published": "2024-04-02", "outlet": "example.tr", "text": "An Israeli air strike destroyed the Iranian consulate in Damascus on Monday.\n\nIranian Ambassador to Syria Hossein Akbari and his family were unhurt.\n\nSpeaking to the media after the attack, Akbari said the building was hit by six missiles.\n\nHe put the death toll from the attack at between five and seven people.\n\nThe diplomat said two police officers were also killed in the attack."}
{"id": "ar-holder", "lang": "ar", "published": "2024-04-01", "outlet": "example.net", "text": "دمرت غارة إسرائيلية مبنى القنصلية الإيرانية في دمشق اليوم الإثنين. ونجا السفير الإيراني في سورية حسين أكبري مع عائلته. وقال أكبري إن 7 أشخاص قتلوا في الغارة."}
{"id": "ar-one", "lang": "ar", "published": "2023-05-10", "outlet": "example.net", "text": "مقتل شاب برصاص مجهولين في مدينة طفس بريف درعا الغربي، أمس الثلاثاء، واعتقال عنصر من قوات النظام."}
{"id": "en-one", "lang": "en", "published": "2023-05-10", "outlet": "example.com", "text": "A soldier was wounded and gunmen killed 3 civilians in Tafas in western Daraa on Tuesday, local sources said."}
{"id": "en-restated", "lang": "en", "published": "2021-10-21", "outlet": "example.th", "title": "Bombs on military bus in Damascus kill at least 14", "text": "Bombs on military bus in Damascus kill at least 14\n\nAt least 14 people were killed in Damascus on Wednesday when bombs went off on a military bus, according to SANA."}
{"id": "ar-frame-after", "lang": "ar", "published": "2022-03-15", "outlet": "example.org", "text": "اعتقلت قوات النظام السوري 12 شابا خلال حملة دهم في مدينة التل بريف دمشق، أمس الاثنين، وفق ما أفاد به ناشطون محليون، فيما نفت مصادر رسمية حدوث أي اعتقالات."}
{"id": "en-coord", "lang": "en", "published": "2024-02-03", "outlet": "example.com", "text": "A civilian was killed and two others were injured on Friday evening when a landmine exploded in eastern Daraa countryside, local sources said."}
{"id": "ar-coord", "lang": "ar", "published": "2024-02-03", "outlet": "example.net", "text": "قُتل مدني وأصيب اثنان آخران، مساء الجمعة، بانفجار لغم أرضي في ريف درعا الشرقي، بحسب مصادر محلية."}
{"id":"q1","lang":"en","published":"2023-08-21","outlet":"aljazeera.com","text":"A Turkish drone strike on a car near Qamishli in northeast Syria killed three members of the Kurdish-led Syrian Democratic Forces on Sunday, the SDF said. Turkey's defence ministry did not comment."}
{"id":"q2","lang":"ar","published":"2023-08-21","outlet":"hawarnews.com","text":"استشهد ثلاثة مقاتلين من قوات سوريا الديمقراطية، أمس الأحد، إثر استهداف مسيرة تركية لسيارة كانوا يستقلونها قرب مدينة القامشلي، بحسب بيان للمركز الإعلامي لقسد."}
{"id":"q3","lang":"ar","published":"2023-11-02","outlet":"sana.sy","text":"ارتقى خمسة شهداء مدنيين بينهم طفلان وأصيب 12 آخرون جراء اعتداء إرهابي بالقذائف الصاروخية شنته التنظيمات الإرهابية على أحياء مدينة حلب صباح اليوم."}
{"id":"q4","lang":"en","published":"2023-11-02","outlet":"syriahr.com","text":"Five civilians, including two children, were killed and 12 others were injured when rockets fired by jihadist factions hit residential neighbourhoods in Aleppo city this morning, SOHR reported. Government media blamed Hayat Tahrir al-Sham, which denied involvement."}
{"id":"s3","lang":"ar","published":"2023-06-27","outlet":"example.sy","text":"استهدفت القوات الجوية الروسية ليل السبت-الأحد مقرات للإرهابيين في ريف إدلب، ما أسفر عن مقتل 15 مسلحا، بحسب مصادر عسكرية."}
{"id":"s4","lang":"en","published":"2024-01-10","outlet":"example.com","text":"Gunmen shot dead a former rebel commander in the town of Nawa in the western Daraa countryside late on Monday, local sources said."}
{"id":"s5","lang":"ar","published":"2024-01-10","outlet":"daraa24.net","text":"اغتال مسلحون مجهولون القيادي السابق في فصائل المعارضة أبو محمد الحريري في مدينة نوى بريف درعا الغربي، مساء الإثنين."}
{"id":"v1","lang":"en","published":"2023-05-10","outlet":"x.com","text":"Five gunmen were killed in clashes in Busra al-Sham in eastern Daraa on Tuesday, the 8th Brigade said."}
{"id":"w3","lang":"ar","published":"2018-04-08","outlet":"z.net","text":"قتل ما لا يقل عن 42 شخصا وأصيب أكثر من 500 آخرين بحالات اختناق جراء هجوم كيميائي على مدينة دوما في الغوطة الشرقية مساء السبت، بحسب الدفاع المدني، فيما نفت الحكومة السورية استخدام أسلحة كيميائية."}
{"id": "ar-others", "lang": "ar", "published": "2024-04-01", "outlet": "example.ir", "text": "قتل قائد في الحرس الثوري مع معاونه في غارة إسرائيلية على دمشق اليوم الإثنين، إلى جانب مقتل 5 آخرين، بحسب وسائل إعلام إيرانية."}
{"id": "ar-no-part", "lang": "ar", "published": "2024-03-05", "outlet": "example.sy", "text": "قتل 7 أشخاص في غارة إسرائيلية على مبنى في حمص اليوم الثلاثاء. وقال وزير الخارجية إن إسرائيل لا يمكنها التأثير على العلاقة بين سوريا وإيران. بينما لم تشارك أي قوات روسية في الرد."}
JSONL
"$RASD" extract "$tmp/in.jsonl" >"$tmp/out.jsonl"
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
docs = {d["id"]: d for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
def claims(i):
    return [(c["kind"], c["value"], c["source"]["id"] if c["source"] else None, c["who"])
            for ev in docs[i]["events"] for c in ev["claims"]]

c = claims("ar-two-speakers")
assert any(k == "killed" and v == 100 and s == "sohr" for k, v, s, w in c), c
assert any(k == "killed" and v == 81 and s == "official_sources" for k, v, s, w in c), c
assert not any(v == 81 and s == "sohr" for k, v, s, w in c), c

c = claims("en-things")
assert any(k == "killed" and v == 14 for k, v, s, w in c), c
assert not any(v == 2 for k, v, s, w in c), c          # two explosive devices
assert not any(v == 350000 for k, v, s, w in c), c     # the whole war's toll

c = claims("ar-things")
assert any(k == "killed" and v == 14 for k, v, s, w in c), c
assert not any(v == 2 for k, v, s, w in c), c

c = claims("ar-dual")
assert any(k == "killed" and v == 13 for k, v, s, w in c), c
assert any(k == "wounded" and v == 3 for k, v, s, w in c), c
assert not any(v == 2 for k, v, s, w in c), c          # بعبوتين: two devices

c = claims("en-raids")
assert any(k == "killed" and v == 3 for k, v, s, w in c), c   # "in raids" parts them

sub = [(c["value"], c.get("subset", False)) for ev in docs["ar-subset"]["events"] for c in ev["claims"]]
assert (30, False) in sub and (12, True) in sub and (5, True) in sub, sub

c = claims("ar-late-speaker")
assert any(k == "killed" and v == 7 and s == "iran_ambassador" for k, v, s, w in c), c

c = claims("en-holder")
assert any(k == "killed" and v == 5 and s == "iran_ambassador" for k, v, s, w in c), c
assert any(k == "killed" and v == 2 and s == "iran_ambassador" for k, v, s, w in c), c
c = claims("ar-holder")
assert any(k == "killed" and v == 7 and s == "iran_ambassador" for k, v, s, w in c), c

c = claims("ar-one")
assert ("killed", 1, "outlet", "civilians") in c, c
assert any(k == "arrested" and v == 1 for k, v, s, w in c), c
c = claims("en-one")
assert any(k == "wounded" and v == 1 and w == "soldiers" for k, v, s, w in c), c
assert any(k == "killed" and v == 3 for k, v, s, w in c), c
assert not any(k == "killed" and v == 1 for k, v, s, w in c), c   # "3 civilians", not one

c = claims("en-restated")
# the outlet's headline and SANA's body give the figure twice (gold/GUIDE.md, repeats)
assert sorted(s for k, v, s, w in c if k == "killed" and v == 14) == ["outlet", "sana"], c

c = claims("ar-frame-after")
assert any(k == "arrested" and v == 12 and s == "activists" for k, v, s, w in c), c
for i in ("en-coord", "ar-coord"):
    c = claims(i)
    assert any(k == "killed" and v == 1 for k, v, s, w in c), (i, c)
    assert any(k == "wounded" and v == 2 for k, v, s, w in c), (i, c)
    assert not any(k == "killed" and v == 2 for k, v, s, w in c), (i, c)

c = claims("q1")   # "the SDF said": the actor itself, not its media office
assert any(k == "killed" and v == 3 and s == "sdf_itself" for k, v, s, w in c), c
c = claims("q2")   # "بحسب بيان للمركز الإعلامي لقسد": whose statement, not an addressee
assert any(k == "killed" and v == 3 and s == "sdf_media" for k, v, s, w in c), c
sub = [(c["kind"], c["value"], c.get("subset", False)) for ev in docs["q3"]["events"] for c in ev["claims"]]
assert ("killed", 5, False) in sub and ("killed", 2, True) in sub, sub
assert ("wounded", 12, False) in sub, sub      # "وأصيب 12 آخرون" is no part of the five
sub = [(c["kind"], c["value"], c.get("subset", False)) for ev in docs["q4"]["events"] for c in ev["claims"]]
assert ("killed", 5, False) in sub and ("killed", 2, True) in sub, sub   # ", including two children,"

c = claims("s3")   # the Russian air force struck: an air strike, 15 killed
assert ("killed", 15, "military_source", "fighters") in c, c
assert docs["s3"]["events"][0]["sub_event_type"] == "Air/drone strike", docs["s3"]["events"][0]
c = claims("s4")   # "shot dead a former rebel commander": one
assert any(k == "killed" and v == 1 for k, v, s, w in c), c
c = claims("s5")   # "اغتال مسلحون مجهولون القيادي السابق": one
assert ("killed", 1, "outlet", "leaders") in c, c

# an actor with no voice in the lexicon speaks by its name
c = [(x["value"], x["source"]["id"], x["source"]["name"]) for e in docs["v1"]["events"] for x in e["claims"]]
assert (5, None, "8th Brigade") in c, c

# "ما لا يقل عن 42" is "at least", no negation of what follows
d3 = [(c["kind"], c["value"], c["qualifier"], c["denied"]) for e in docs["w3"]["events"] for c in e["claims"]]
assert ("killed", 42, "at_least", False) in d3 and ("wounded", 500, "more_than", False) in d3, d3

c = claims("ar-others")
assert any(v == 5 and w == "others" for k, v, s, w in c), c

parts = [(p["actor"], p["denied"]) for ev in docs["ar-no-part"]["events"] for p in ev["participants"]]
assert not any(a in ("iran_forces", "israel_forces") and dn for a, dn in parts), parts
assert ("russia_forces", True) in parts, parts
print("ok")
PY

# A vague amount is no claim (gold/GUIDE.md): "dozens were killed" gives
# no claim and one vague figure with ACLED's value and its span; "at least
# 12" stays a claim.  Two reports of one strike, "dozens" and "12", make no
# dispute, and "dozens" alone gives the incident no toll; the ACLED export
# codes it as the codebook does (12) and its notes say the count is vague.
cat >"$tmp/vague.jsonl" <<'JSONL'
{"id": "vg-dozens", "lang": "en", "published": "2024-02-06", "outlet": "example.com", "text": "Dozens were killed when artillery shells hit the market in Jasim on Monday, local sources said."}
{"id": "vg-written", "lang": "en", "published": "2024-02-06", "outlet": "example.org", "text": "At least 12 were killed when artillery shells hit the market in Jasim on Monday, local sources said."}
{"id": "vg-ar", "lang": "ar", "published": "2024-03-12", "outlet": "example.net", "text": "قتل العشرات بقصف مدفعي استهدف سوق مدينة الصنمين بريف درعا الشمالي يوم الإثنين."}
JSONL
"$RASD" extract "$tmp/vague.jsonl" >"$tmp/vague.out"
python3 - "$tmp/vague.out" "$tmp/vague.jsonl" <<'PY'
import json, sys
docs = {d["id"]: d for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
texts = {d["id"]: d["text"].encode() for d in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
for i in ("vg-dozens", "vg-ar"):
    evs = docs[i]["events"]
    assert len(evs) == 1 and evs[0]["claims"] == [], evs
    v = evs[0]["vague_figures"]
    assert len(v) == 1 and v[0]["kind"] == "killed" and v[0]["qualifier"] == "vague", v
    assert v[0]["value"] == 12, v
    s, e = v[0]["span"]
    assert texts[i][s:e].decode() == v[0]["text"], v
c = [(c["value"], c["qualifier"]) for e in docs["vg-written"]["events"] for c in e["claims"]]
assert c == [(12, "at_least")], c
assert all(e["vague_figures"] == [] for e in docs["vg-written"]["events"])
print("ok")
PY
"$RASD" incidents "$tmp/vague.out" >"$tmp/vague.inc"
python3 - "$tmp/vague.inc" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
jasim = [i for i in incs if "vg-dozens" in i["documents"]]
assert jasim and all(not x["attribute"] == "killed" for i in jasim for x in i["disputes"]), jasim
ar = [i for i in incs if "vg-ar" in i["documents"]][0]
assert not ar.get("fatalities"), ar.get("fatalities")
print("ok")
PY
"$RASD" ingest -q --db "$tmp/vague.db" "$tmp/vague.jsonl"
"$RASD" export --db "$tmp/vague.db" --format acled -o "$tmp/vague.csv" 2>/dev/null
python3 - "$tmp/vague.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
ar = [r for r in rows if "Sanamayn" in r["location"] or "Sanamein" in r["location"]]
assert ar and ar[0]["fatalities"] == "12" and "vague count" in ar[0]["notes"], rows
print("ok")
PY

# Reconciled alone, the two speakers' tolls are a dispute: "about 100"
# allows 90-110, not 81.
"$RASD" incidents "$tmp/out.jsonl" >"$tmp/inc.json"
python3 - "$tmp/inc.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
homs = [i for i in incs if "ar-two-speakers" in i["documents"]][0]
d = [x["detail"] for x in homs["disputes"] if x["attribute"] == "killed"]
assert any("about 100" in x and "81" in x for x in d), homs["disputes"]
sub = [i for i in incs if "ar-subset" in i["documents"]][0]
assert sub["disputes"] == [], sub["disputes"]       # 30, of whom 12 civilians: no dispute
others = [i for i in incs if "ar-others" in i["documents"]][0]
assert others["disputes"] == [], others["disputes"]
print("ok")
PY
