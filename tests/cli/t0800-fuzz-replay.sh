#!/usr/bin/env bash
# Fuzz corpora through the command line: every fuzz target has a committed
# seed corpus and a replay program that was built; the replay programs pass
# over their corpus (inputs under tests/fuzz/crashes/ are open findings and
# move into the corpus once fixed, so they are not replayed here); every seed of the
# text targets, given to `rasd extract` as a file, ends with an exit status
# and never a signal.
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

fuzz="$RASD_SRC/tests/fuzz"
n=0
for src in "$fuzz"/fuzz_*.c; do
	entry=$(basename "$src" .c)
	entry=${entry#fuzz_}
	corpus="$fuzz/corpus/$entry"
	[[ -d $corpus ]] || fail "$entry: no corpus directory"
	count=$(find "$corpus" -maxdepth 1 -type f | wc -l)
	[[ $count -ge 5 ]] || fail "$entry: only $count seeds"
	if [[ -n ${RASD_BUILD:-} ]]; then
		bin="$RASD_BUILD/fuzz-replay/fuzz-replay-$entry"
		[[ -x $bin ]] || fail "$entry: replay program $bin not built"
		"$bin" "$corpus" >"$tmp/log" 2>&1 || fail "$entry: replay failed: $(tail -20 "$tmp/log")"
	fi
	n=$((n + 1))
done
[[ $n -ge 4 ]] || fail "only $n fuzz targets"

# Hand-made seeds as input files (not the fz-* inputs the fuzzer kept, to
# bound the time): the control byte is just one more byte of text here.
m=0
for f in "$fuzz"/corpus/extract/* "$fuzz"/corpus/utf8/* "$fuzz"/corpus/jsonl/*; do
	[[ -f $f && $(basename "$f") != fz-* ]] || continue
	for fmt in text jsonl; do
		"$RASD" extract -j 1 -f "$fmt" "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
		[[ $rc -lt 128 ]] || fail "rasd extract -f $fmt $f: signal (exit $rc): $(tail -5 "$tmp/err")"
		[[ $rc -eq 0 || -s "$tmp/err" ]] || fail "rasd extract -f $fmt $f: exit $rc with no message"
		m=$((m + 1))
	done
	"$RASD" extract -j 1 --repair-utf8 -f text "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
	[[ $rc -lt 128 ]] || fail "rasd extract --repair-utf8 $f: signal (exit $rc)"
done
echo "ok: $n targets replayed, $m runs of rasd extract"
