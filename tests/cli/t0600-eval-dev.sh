#!/usr/bin/env bash
# rasd eval on the dev gold set: every metric line is printed with numbers
# (their values are not checked here; they change as extraction improves),
# the JSON form carries the same figures, and --verbose lists misses.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

gold="$RASD_SHARED/data/dev/gold.jsonl"
articles="$RASD_SHARED/data/dev/articles.jsonl"

"$RASD" eval --gold "$gold" "$articles" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 0 ]] || fail "exit $rc: $(cat "$tmp/err")"
num='[0-9]+\.[0-9]{3}'
prf="P $num  R $num  F1 $num"
check() { grep -Eq "^$1 +$2" "$tmp/out" || fail "no line '$1' with numbers in: $(cat "$tmp/out")"; }
check 'reports' '[0-9]+ gold, [0-9]+ extracted, [0-9]+ scored'
check 'claims' "$prf"
check 'claims \(written figures\)' "$prf"
check 'claim qualifier accuracy' "$num  \([0-9]+/[0-9]+\)"
check 'claim source accuracy' "$num  \([0-9]+/[0-9]+\)"
check 'events' "$prf"
check 'event type accuracy' "$num  \([0-9]+/[0-9]+\)"
check 'event date accuracy' "$num  \([0-9]+/[0-9]+\)"
check 'event place accuracy' "$num  \([0-9]+/[0-9]+\)"
check 'incidents B-cubed' "$prf"
check 'dispute recall' "$num  \([0-9]+/[0-9]+\)"
check 'dispute precision' "$num  \([0-9]+/[0-9]+\)"
check 'false events' "[0-9]+  \([0-9]+ reports of no event, $num per report\)"
grep -q '^reports  *29 gold, 29 extracted, 29 scored' "$tmp/out" || fail "not every report scored"

"$RASD" eval --json --gold "$gold" "$articles" >"$tmp/json" || fail "--json exit"
for k in claims claims_written claim_qualifier claim_source events event_type event_date \
	 event_place incidents_bcubed dispute_recall dispute_precision false_events; do
	grep -q "\"$k\":{" "$tmp/json" || fail "--json lacks $k"
done
if command -v python3 >/dev/null; then
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert 0 <= d["claims"]["f1"] <= 1' \
		"$tmp/json" || fail "--json is not valid JSON"
fi

"$RASD" eval --verbose --gold "$gold" "$articles" >"$tmp/verbose" || fail "--verbose exit"
grep -q '^per report:' "$tmp/verbose" || fail "--verbose lists no misses"
grep -Eq '^  [a-z0-9]+ (missed|spurious) ' "$tmp/verbose" || fail "--verbose misses format"
# gold source names resolved as the report means them: a bare "the Health
# Ministry" of an Iraqi record is Iraq's ministry, a title qualified by its
# place and followed by its holder ("Hatay governor Ali Kaya") the office
cat >"$tmp/src.jsonl" <<'EOF'
{"id":"x1","lang":"ar","published":"2024-05-06","outlet":"example.iq","text":"انفجرت عبوة ناسفة في مدينة كركوك صباح اليوم. وأعلنت وزارة الصحة مقتل أربعة أشخاص وإصابة ستة آخرين."}
{"id":"x2","lang":"en","published":"2024-05-06","outlet":"example.com","text":"A rocket hit the town of Reyhanli on Monday. Hatay governor Ali Kaya said 3 people were wounded in the town."}
EOF
cat >"$tmp/src-gold.jsonl" <<'EOF'
{"id":"x1","incident":"x1","country":"Iraq","events":[{"event_type":"Explosions/Remote violence","date":"2024-05-06","location":"Kirkuk","claims":[{"kind":"killed","value":4,"qualifier":"exact","source":"the Health Ministry"},{"kind":"wounded","value":6,"qualifier":"exact","source":"the Health Ministry"}]}],"disputes":[]}
{"id":"x2","incident":"x2","country":"Turkey","events":[{"event_type":"Explosions/Remote violence","date":"2024-05-06","location":"Reyhanli","claims":[{"kind":"wounded","value":3,"qualifier":"exact","source":"Hatay governor Ali Kaya"}]}],"disputes":[]}
EOF
"$RASD" eval --gold "$tmp/src-gold.jsonl" "$tmp/src.jsonl" >"$tmp/out" || fail "source names: exit"
grep -Eq '^claim source accuracy +1\.000  \(3/3\)' "$tmp/out" || fail "source names: $(cat "$tmp/out")"
echo ok
