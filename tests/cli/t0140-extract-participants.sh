#!/usr/bin/env bash
# rasd extract and incidents: who took part, according to whom.  An actor
# blamed by one source and denying in the same sentence ("HTS, which denied
# involvement") gives both; a speaker for an actor that denies its part
# ("The Russian defence ministry denied that its aircraft had carried out
# any strikes", "نفت وزارة الدفاع الروسية مشاركة طائراتها") denies for that
# actor, as does one saying its forces "had not been involved"; across
# reports this is a participation dispute.  "The toll rose to nine" is a
# figure; "قتل سبعة مدنيين بغارات" counts people, not raids; two towns
# named for one ambush are a location dispute.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/in.jsonl" <<'JSONL'
{"id":"r1","lang":"en","published":"2023-11-03","outlet":"syriahr.com","text":"Rockets fired by jihadist factions hit residential neighbourhoods in Aleppo city on Thursday morning, killing five civilians. State media blamed Hayat Tahrir al-Sham, which denied involvement in the attack."}
{"id":"r2","lang":"en","published":"2022-07-14","outlet":"example.com","text":"Russian warplanes struck a village near Jisr al-Shughur in Idlib province on Wednesday, killing seven civilians, rescuers said. The Russian defence ministry denied that its aircraft had carried out any strikes in the area."}
{"id":"r3","lang":"ar","published":"2022-07-14","outlet":"example.net","text":"قتل سبعة مدنيين بغارات جوية روسية استهدفت قرية قرب مدينة جسر الشغور بريف إدلب الغربي، أمس الأربعاء، بحسب الدفاع المدني السوري، فيما نفت وزارة الدفاع الروسية مشاركة طائراتها في أي غارات على المنطقة."}
{"id":"r4","lang":"ar","published":"2022-07-16","outlet":"example.org","text":"ارتفعت حصيلة ضحايا الغارات الروسية على قرية قرب جسر الشغور بريف إدلب إلى تسعة مدنيين، بحسب المرصد السوري لحقوق الإنسان."}
{"id":"t4","lang":"en","published":"2020-02-28","outlet":"bbc.com","text":"At least 33 Turkish soldiers have been killed in an air strike by Syrian government forces in Idlib province, a Turkish official said. Russia said the Turkish troops were among jihadist fighters and that its jets had not been involved."}
{"id":"u1","lang":"en","published":"2023-09-06","outlet":"a.com","text":"Five soldiers were killed on Monday when gunmen ambushed an army bus near Tafas in western Daraa, the Syrian Observatory said."}
{"id":"u2","lang":"ar","published":"2023-09-06","outlet":"b.net","text":"قتل خمسة عناصر من قوات النظام، يوم الثلاثاء، بكمين نصبه مسلحون لحافلة عسكرية قرب بلدة طفس بريف درعا الغربي، بحسب المرصد السوري."}
{"id":"u3","lang":"ar","published":"2023-09-06","outlet":"c.net","text":"قتل خمسة عناصر من قوات النظام، يوم الاثنين، بكمين نصبه مسلحون لحافلة عسكرية قرب بلدة المزيريب بريف درعا الغربي، وفق مصادر محلية."}
JSONL
"$RASD" extract "$tmp/in.jsonl" >"$tmp/out.jsonl"
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
docs = {d["id"]: d for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
def parts(i):
    return [(p["actor"], p["denied"], p["source"]["id"] or p["source"]["name"])
            for e in docs[i]["events"] for p in e["participants"]]
def claims(i):
    return [(c["kind"], c["value"], c["source"]["id"]) for e in docs[i]["events"] for c in e["claims"]]

p = parts("r1")
assert ("hts", False, "syria_state_media") in p, p
assert ("hts", True, "Hayat Tahrir al-Sham") in p, p
assert not any(a == "syria_regime" and dn for a, dn, s in p), p
p = parts("r2")
assert ("russia_forces", True, "russia_mod") in p, p
assert ("killed", 7, "rescuers") in claims("r2"), claims("r2")
p = parts("r3")
assert ("russia_forces", True, "russia_mod") in p, p
assert ("killed", 7, "white_helmets") in claims("r3"), claims("r3")
assert ("killed", 9, "sohr") in claims("r4"), claims("r4")
# "Russia said ... its jets had not been involved": Russia denies, and is no
# participant for having spoken; "33 Turkish soldiers" are victims
p = parts("t4")
assert ("russia_forces", True, "russia_mod") in p, p
assert ("russia_forces", False, "russia_mod") not in p, p
c = [(x["value"], x["who_actor"]) for e in docs["t4"]["events"] for x in e["claims"]]
assert (33, "turkey_forces") in c, c
print("ok")
PY
"$RASD" incidents "$tmp/out.jsonl" >"$tmp/inc.json"
python3 - "$tmp/inc.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
j = [i for i in incs if "r2" in i["documents"]][0]
assert sorted(j["documents"]) == ["r2", "r3", "r4"], j["documents"]
d = [x["detail"] for x in j["disputes"] if x["attribute"] == "participation"]
assert any("Russian forces" in x and "did not (Russian Ministry of Defence)" in x for x in d), j["disputes"]
# one ambush placed at two towns of one district: joined, and a location dispute
u = [i for i in incs if "u1" in i["documents"]][0]
assert sorted(u["documents"]) == ["u1", "u2", "u3"], u["documents"]
loc = [x["detail"] for x in u["disputes"] if x["attribute"] == "location"]
assert loc == ["Tafas (a.com, b.net) vs Muzayrib (c.net)"], u["disputes"]
print("ok")
PY
