#!/bin/bash
# rasd gazetteer import: a GeoNames dump becomes places TSV rows attached to
# Syria's governorates, which then load and resolve with `gazetteer lookup`.
set -u
RASD=${RASD:-rasd}
RASD_SRC=${RASD_SRC:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 19 tab-separated columns, as in download.geonames.org/export/dump/SY.txt.
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\t%s\t\t\t\t%s\t\t300\tAsia/Damascus\t2020-01-01\n' "$@"; }
{
	row 170903 "Muhafazat Dar'a" "Muhafazat Dar'a" "Daraa Governorate,محافظة درعا" 32.75 36.2 A ADM1 SY 02 0
	row 9990001 "Ţafas Test" "Tafas Test" "Tafs Test,طفس تجريبية,Тафас" 32.74 36.07 P PPL SY 02 31249
	row 9990002 "Khirbat Test" "Khirbat Test" "" 32.80 36.10 P PPL SY 02 1200
	row 9990003 "Unknown Code Test" "Unknown Code Test" "" 35.33 40.14 P PPL SY 77 500
	row 9990004 "Lake Test" "Lake Test" "" 32.8 36.1 H LK SY 02 0
	row 9990005 "Elsewhere Test" "Elsewhere Test" "" 33.9 35.5 P PPL LB 00 100
	# machine transliterations mixing scripts, a Kurdish spelling, two spellings joined by " - "
	row 9990006 "Dahuk Test" "Dahuk Test" "dhۆk tst,دهۆک تست,Dahuk Tst - دهوك تجريبية,دهوك ثانية,Khartún - (مدينة)" 32.76 36.08 P PPL SY 02 6000
} > "$tmp/SY.txt"

"$RASD" gazetteer import "$tmp/SY.txt" --country SY -o "$tmp/places-test.tsv" 2>"$tmp/err" ||
	fail "import failed: $(cat "$tmp/err")"
grep -q $'^gn:9990001\ttown\tTafas Test\tطفس تجريبية\tSY12\t' "$tmp/places-test.tsv" ||
	fail "Tafas row missing or not in SY12: $(cat "$tmp/places-test.tsv")"
grep -q $'^gn:9990002\tvillage\t' "$tmp/places-test.tsv" || fail "small place is not a village"
# An admin1 code without an ADM1 row: nearest governorate (Deir ez-Zor).
grep -q $'^gn:9990003\tvillage\tUnknown Code Test\t\tSY09\t' "$tmp/places-test.tsv" ||
	fail "nearest-centroid fallback"
grep -q 'Lake Test' "$tmp/places-test.tsv" && fail "a lake was imported"
grep -q 'Elsewhere Test' "$tmp/places-test.tsv" && fail "another country's place was imported"
grep -q 'Тафас' "$tmp/places-test.tsv" && fail "a Cyrillic form was kept"
# name_ar is a name in the Arabic alphabet itself; a Kurdish spelling is a form only
grep -q $'^gn:9990006\ttown\tDahuk Test\tدهوك تجريبية\tSY12\t' "$tmp/places-test.tsv" ||
	fail "Dahuk name_ar: $(grep 9990006 "$tmp/places-test.tsv")"
grep 9990006 "$tmp/places-test.tsv" | grep -q 'دهۆک تست' || fail "a Kurdish spelling was dropped"
grep -q 'dhۆk' "$tmp/places-test.tsv" && fail "a form mixing scripts was kept"
grep -q 'Khartún' "$tmp/places-test.tsv" && fail "a form mixing scripts was kept"
grep -q 'GeoNames' "$tmp/places-test.tsv" || fail "no attribution"

# The imported file loads beside the others and resolves by any form.
mkdir "$tmp/data"
cp -r "$RASD_SRC"/data/*.tsv "$RASD_SRC"/data/models "$tmp/data/"
cp "$tmp/places-test.tsv" "$tmp/data/"
out=$("$RASD" gazetteer lookup --data "$tmp/data" "Tafs Test") || fail "lookup failed"
echo "$out" | grep -q $'^place\tgn:9990001\ttown\t' || fail "lookup: $out"
out=$("$RASD" gazetteer lookup --data "$tmp/data" "طفس تجريبية") || fail "Arabic lookup failed"
echo "$out" | grep -q 'gn:9990001' || fail "Arabic lookup: $out"

# Look-ups in the shipped data.
out=$("$RASD" gazetteer lookup Reuters) || fail "lookup Reuters"
echo "$out" | grep -q $'^source\treuters\t' || fail "Reuters: $out"
out=$("$RASD" gazetteer lookup "دير الزور") || fail "lookup Deir ez-Zor"
echo "$out" | grep -q $'^place\tSY09\tgovernorate' || fail "Deir ez-Zor: $out"
"$RASD" gazetteer lookup "no such place anywhere" >/dev/null 2>&1 && fail "unknown name succeeded"

# A malformed dump line is reported with file and line, non-zero exit.
{ row 1 a a "" 1 1 P PPL SY 01 0; printf 'broken\tline\n'; } > "$tmp/bad.txt"
"$RASD" gazetteer import "$tmp/bad.txt" -o "$tmp/x.tsv" 2>"$tmp/err" && fail "bad dump accepted"
grep -q "bad.txt:2: expected 19 fields, got 2" "$tmp/err" || fail "message: $(cat "$tmp/err")"
"$RASD" gazetteer frobnicate >/dev/null 2>&1
[ $? -eq 2 ] || fail "unknown subcommand is not a usage error"
exit 0
