#!/usr/bin/env bash
# rasd train: fits the link and source weights from the dev fold of the gold records,
# prints cross-validated accuracy before and after, writes the same weights
# byte for byte on a second run, refuses to train with folds but no fold,
# and the written weights load (rasd incidents runs with them).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

args=(--gold "$RASD_SHARED/data/dev/gold.jsonl" --gold gold/corpus --folds gold/folds.tsv
      --fold dev "$RASD_SHARED/data/dev/articles.jsonl" "$RASD_SHARED/data/corpus/articles.jsonl")
"$RASD" train "${args[@]}" -o "$tmp/a" >"$tmp/out" 2>"$tmp/err" || fail "train: $(cat "$tmp/err")"
grep -Eq '^link: ' "$tmp/out" || fail "no link decision in: $(cat "$tmp/out")"
grep -Eq '^source: ' "$tmp/out" || fail "no source decision in: $(cat "$tmp/out")"
grep -Eq '^  [0-9]+ choices: [0-9]+ figures paired with gold claims' "$tmp/out" ||
	fail "no source choices in: $(cat "$tmp/out")"
grep -Eq 'cross-validated accuracy, 5 folds by incident: [01]\.[0-9]{3} before, [01]\.[0-9]{3} after \([0-9]+ choices\)' "$tmp/out" ||
	fail "no cross-validated accuracy in: $(cat "$tmp/out")"
[[ -s $tmp/a/models/link.tsv ]] || fail "no weights written"
grep -Eq '^casualty: ' "$tmp/out" || fail "no casualty decision in: $(cat "$tmp/out")"
[[ -s $tmp/a/models/casualty.tsv ]] || fail "no casualty weights written"
"$RASD" train "${args[@]}" -o "$tmp/b" >/dev/null 2>&1 || fail "second train"
cmp -s "$tmp/a/models/link.tsv" "$tmp/b/models/link.tsv" || fail "weights differ between two runs"
cmp -s "$tmp/a/models/casualty.tsv" "$tmp/b/models/casualty.tsv" || fail "casualty weights differ between two runs"
cmp -s "$tmp/a/models/source.tsv" "$tmp/b/models/source.tsv" || fail "source weights differ between two runs"

# the test fold is never trained on by accident
"$RASD" train --gold gold/corpus --folds gold/folds.tsv "$RASD_SHARED/data/corpus/articles.jsonl" \
	>/dev/null 2>"$tmp/err" && fail "trained with folds but no fold"
grep -q 'name the fold' "$tmp/err" || fail "no reason given: $(cat "$tmp/err")"

# the written weights are a data folder's models: rasd incidents runs with them
mkdir "$tmp/data"
cp -r data/*.tsv "$tmp/data/"
cp -r "$tmp/a/models" "$tmp/data/"
"$RASD" incidents --data "$tmp/data" "$RASD_SHARED/data/dev/articles.jsonl" >/dev/null ||
	fail "incidents with trained weights"
# a weights file that lacks a feature stops loading, naming it
grep -v '^same_day' "$tmp/data/models/link.tsv" >"$tmp/l" && mv "$tmp/l" "$tmp/data/models/link.tsv"
"$RASD" incidents --data "$tmp/data" "$RASD_SHARED/data/dev/articles.jsonl" >/dev/null 2>"$tmp/err" &&
	fail "a weights file without same_day loaded"
grep -q "no weight for feature 'same_day'" "$tmp/err" || fail "unclear error: $(cat "$tmp/err")"
echo ok
