#!/usr/bin/env bash
# test.sh - the whole test suite, as CI runs it (`make test`).
#
#  1. installs missing Debian packages (as root);
#  2. starts a throwaway PostgreSQL server so the store tests run against
#     both SQLite and PostgreSQL;
#  3. builds with gcc -Werror and runs every ctest suite (unit, golden, CLI,
#     fuzz-corpus replay, browser);
#  4. builds with clang under AddressSanitizer + UndefinedBehaviorSanitizer
#     and runs the suites again;
#  5. runs a few commands and the unit tests under valgrind;
#  6. runs `make run` on a clean copy of the tree with cmocka hidden from
#     pkg-config, as on a machine with only what building rasd needs: it
#     must configure, build and print the sample's disputes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

scripts/setup.sh --test

pg_started=""
scratch=""
cleanup() {
	if [[ -n "$pg_started" && -x scripts/pg-test.sh ]]; then
		scripts/pg-test.sh stop >/dev/null 2>&1 || true
	fi
	if [[ -n "$scratch" ]]; then
		rm -rf "$scratch"
	fi
}
trap cleanup EXIT
if [[ -x scripts/pg-test.sh ]]; then
	if url=$(scripts/pg-test.sh start); then
		export RASD_TEST_PG_URL="$url"
		pg_started=1
		echo "test.sh: PostgreSQL at $url"
	else
		echo "test.sh: could not start PostgreSQL" >&2
		exit 1
	fi
fi

run_suite() {
	local dir=$1
	shift
	cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
	cmake --build "$dir" -j "$jobs"
	(cd "$dir" && ctest --output-on-failure -j "$jobs" --timeout 900)
}

echo "== gcc, -Werror"
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=gcc -DRASD_WERROR=ON \
	-DRASD_BUILD_TESTS=ON

echo "== clang, AddressSanitizer + UndefinedBehaviorSanitizer"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
RASD_SANITIZED=1 run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
	-DRASD_WERROR=ON -DRASD_BUILD_TESTS=ON -DRASD_SANITIZER=address,undefined

echo "== valgrind (memcheck) on the gcc build"
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --show-leak-kinds=definite)
shared=${RASD_SHARED:-$root/../shared}
"${vg[@]}" build/rasd extract -j 2 --mentions "$shared/data/dev/articles.jsonl" >/dev/null
"${vg[@]}" build/rasd extract samples/reports.jsonl >/dev/null
"${vg[@]}" build/rasd eval --gold "$shared/data/dev/gold.jsonl" "$shared/data/dev/articles.jsonl" >/dev/null
# The extraction stages' tests are test_<stage>*.c (tests/unit/extractfx.h).
stages=(build/tests/test_{tokens,negation,attribution,figures,places,participation,framing}*)
for t in test_base test_reader test_extraction test_utf8 test_normalize test_segment test_numbers test_dates \
	 test_lexicon test_reconcile test_linking test_clustering test_html test_feed "${stages[@]#build/tests/}"; do
	"${vg[@]}" "build/tests/$t" >/dev/null
done
echo "valgrind: no errors, no definite leaks"

echo "== make run on a clean copy, cmocka hidden"
scratch=$(mktemp -d)
# The files git tracks, as they are in the working tree: uncommitted edits
# are tried, build folders and untracked files are not.
mkdir "$scratch/tree"
git ls-files -z | while IFS= read -r -d '' f; do
	if [[ -e "$f" || -L "$f" ]]; then printf '%s\0' "$f"; fi
done | tar --null -T - -cf - | tar -xf - -C "$scratch/tree"
# A pkg-config search path with every .pc file but cmocka's.
mkdir "$scratch/pkgconfig"
IFS=: read -r -a pcdirs <<<"$(pkg-config --variable pc_path pkg-config)"
for d in "${pcdirs[@]}"; do
	for f in "$d"/*.pc; do
		if [[ -e "$f" && $(basename "$f") != cmocka.pc && ! -e "$scratch/pkgconfig/$(basename "$f")" ]]; then
			ln -s "$f" "$scratch/pkgconfig/"
		fi
	done
done
export PKG_CONFIG_LIBDIR="$scratch/pkgconfig"
if pkg-config --exists cmocka; then
	echo "test.sh: cmocka is still visible to pkg-config" >&2
	exit 1
fi
if ! make -C "$scratch/tree" run >"$scratch/run.out" 2>&1; then
	cat "$scratch/run.out" >&2
	echo "test.sh: make run failed without cmocka" >&2
	exit 1
fi
unset PKG_CONFIG_LIBDIR
if [[ -e "$scratch/tree/build/tests" ]]; then
	echo "test.sh: tests were configured without cmocka" >&2
	exit 1
fi
for want in '^inc-[0-9a-f]\{16\}  2022-10-14  Jasim (Daraa)' \
	    '! killed: 20 (Reuters, Russian officer[^)]*) vs about 10 (local sources)' \
	    '! participation: Russian forces: took part (Reuters) vs did not (local sources)' \
	    '^Review page: build/rasd serve --db build/sample.db'; do
	if ! grep -q "$want" "$scratch/run.out"; then
		cat "$scratch/run.out" >&2
		echo "test.sh: make run did not print: $want" >&2
		exit 1
	fi
done
echo "make run: built without cmocka, the sample's disputes printed"
