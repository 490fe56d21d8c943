#!/usr/bin/env bash
# The report's own voice: an outlet whose web domain sources.tsv gives
# (`domains`, optional) speaks as that source, in extraction and in eval's
# reading of a gold "outlet"; a bare "مراسلنا" is that voice too.  And
# rasd eval --sources: the share of the gold's source expressions the
# source lexicon knows.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir "$tmp/data"
cp -r data/*.tsv data/models "$tmp/data/"
# a domains column: the Observatory's own site
awk -F'\t' 'BEGIN { OFS = "\t" }
	/^#/ { print; next }
	!seen++ { print $0, "domains"; next }
	$1 == "sohr" { print $0, "syriahr.com|www.syriahr.com"; next }
	{ print $0, "" }' data/sources.tsv >"$tmp/data/sources.tsv"

src() {
	python3 -c 'import json,sys
x = json.loads(sys.stdin.readline())
print(" ".join(c["source"]["id"] or "-" for e in x["events"] for c in e["claims"]))'
}
text="قتل خمسة مدنيين في قصف على بلدة جاسم بريف درعا."
got=$(printf '%s\n' "$text" | "$RASD" extract --data "$tmp/data" --lang ar --outlet https://www.syriahr.com/ar/1 | src)
[[ $got == sohr ]] || fail "the Observatory's site speaks as: $got"
got=$(printf '%s\n' "$text" | "$RASD" extract --data "$tmp/data" --lang ar --outlet example.org | src)
[[ $got == outlet ]] || fail "another site speaks as: $got"
got=$(printf 'وقال مراسلنا إن %s\n' "$text" | "$RASD" extract --data "$tmp/data" --lang ar --outlet syriahr.com | src)
[[ $got == sohr ]] || fail "our correspondent on the Observatory's site: $got"

# a domain is one source's
awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "sana" { $NF = "syriahr.com" } { print }' \
	"$tmp/data/sources.tsv" >"$tmp/s" && mv "$tmp/s" "$tmp/data/sources.tsv"
if printf '%s\n' "$text" | "$RASD" extract --data "$tmp/data" --lang ar >/dev/null 2>"$tmp/err"; then
	fail "a domain of two sources loaded"
fi
grep -q "domain 'syriahr.com' belongs to source 'sana' already" "$tmp/err" || fail "unclear error: $(cat "$tmp/err")"

# source coverage of the gold
out=$("$RASD" eval --sources --gold "$RASD_SHARED/data/dev/gold.jsonl" --gold gold/corpus \
	--folds gold/folds.tsv --fold dev "$RASD_SHARED/data/dev/articles.jsonl" \
	"$RASD_SHARED/data/corpus/articles.jsonl")
grep -Eq '^source spans known +[01]\.[0-9]{3}  \([0-9]+/[0-9]+ source spans' <<<"$out" || fail "no coverage: $out"
grep -Eq '^source names resolved +[01]\.[0-9]{3}' <<<"$out" || fail "no names: $out"
"$RASD" eval --sources ../x.jsonl >/dev/null 2>&1 && fail "--sources without --gold accepted"
echo ok
