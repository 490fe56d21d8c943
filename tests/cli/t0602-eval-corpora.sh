#!/usr/bin/env bash
# rasd eval --fakes and --arabic-events on small files in their formats
# (RFC 4180 quoting with embedded newlines; UniversalPetrarch XML): the
# figures are printed, sentence and article counts are right.  FA-KES
# reports get no publication date (the record's date is the answer).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
num='[0-9]+\.[0-9]{3}'

cat >"$tmp/fakes.csv" <<'CSV'
unit_id,article_title,article_content,source,date,location,labels
1,Shelling kills five in Idlib,"Five civilians were killed on 4 April 2017 when shells hit a market in Idlib city, ""local sources"" said.
The Syrian Observatory said the toll could rise.",nna,4/4/2017,idlib,1
2,Clashes in Aleppo,"At least 12 fighters were killed in clashes in Aleppo, according to the Syrian Observatory for Human Rights.",reuters,7/10/2016,aleppo,0
CSV
"$RASD" eval --fakes "$tmp/fakes.csv" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "fakes exit $rc: $(cat "$tmp/err")"
grep -Eq '^articles +2 ' "$tmp/out" || fail "fakes: article count: $(cat "$tmp/out")"
for l in 'governorate accuracy' 'governorate coverage' 'date within a week' 'date coverage'; do
	grep -Eq "^$l +$num  \([0-9]+/2\)" "$tmp/out" || fail "fakes: no '$l' line: $(cat "$tmp/out")"
done
"$RASD" eval --json --fakes "$tmp/fakes.csv" | grep -q '"governorate_accuracy":' || fail "fakes --json"
"$RASD" eval --stamp --fakes "$tmp/fakes.csv" | grep -Eq "^date within a week +$num  \(2/2\)" && fail "fakes --stamp: report 2 tells no day"
# -v lists each report whose date is not within a week: the second tells no day
"$RASD" eval -v --fakes "$tmp/fakes.csv" >"$tmp/out" || fail "fakes -v exit"
grep -q '^  2 date: record 2016-07-10, no dated event$' "$tmp/out" || fail "fakes -v: no miss line: $(cat "$tmp/out")"
grep -q '^  1 date:' "$tmp/out" && fail "fakes -v: a right date listed: $(cat "$tmp/out")"

cat >"$tmp/ar.xml" <<'XML'
<?xml version='1.0' encoding='utf-8'?>
<Validation><Sentences>
<Sentence category="ASSAULT" date="20130305" id="s1">
<EventText eid="0" eventtext="" sourcetext="قوات النظام" targettext="المدنيين" />
<EventCoding eid="0" eventcode="" plover="ASSAULT" />
<Text>
قتلت قوات النظام خمسة من المدنيين في قصف على مدينة درعا.
</Text>
</Sentence>
<Sentence category="PROTEST" date="20110415" id="s2">
<EventText eid="0" eventtext="" sourcetext="المتظاهرون" targettext="" />
<EventCoding eid="0" eventcode="" plover="PROTEST" />
<Text>
خرج المتظاهرون في مظاهرة في حمص للمطالبة بالإفراج عن المعتقلين.
</Text>
</Sentence>
</Sentences></Validation>
XML
"$RASD" eval --arabic-events "$tmp/ar.xml" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "arabic exit $rc: $(cat "$tmp/err")"
grep -Eq '^sentences +2 ' "$tmp/out" || fail "arabic: sentence count: $(cat "$tmp/out")"
grep -Eq "^event type accuracy +$num  \([0-9]+/2\)" "$tmp/out" || fail "arabic: type line"
grep -Eq "^  ASSAULT +$num  \([0-9]+/1\)" "$tmp/out" || fail "arabic: ASSAULT line"
grep -Eq "^  PROTEST +$num  \([0-9]+/1\)" "$tmp/out" || fail "arabic: PROTEST line"
grep -Eq "^no event rate +$num" "$tmp/out" || fail "arabic: no event line"
grep -Eq "^actor span recall +$num  \([0-9]+/3\)" "$tmp/out" || fail "arabic: actor line"
# -v lists each sentence typed wrong: its id, category, reading and text
printf '%s\n' "<?xml version='1.0' encoding='utf-8'?>" \
	'<Validation><Sentences><Sentence category="PROTEST" date="20110415" id="m1"><Text>التقى الوزير نظيره في عمان.</Text></Sentence></Sentences></Validation>' \
	>"$tmp/ar-miss.xml"
"$RASD" eval -v --arabic-events "$tmp/ar.xml" "$tmp/ar-miss.xml" >"$tmp/out" || fail "arabic -v exit"
grep -q '^  m1 PROTEST: NONE "التقى الوزير نظيره في عمان."$' "$tmp/out" || fail "arabic -v: no miss line: $(cat "$tmp/out")"
"$RASD" eval --arabic-events "$tmp/ar-miss.xml" | grep -q '^  m1' && fail "arabic: misses listed without -v"
echo ok
