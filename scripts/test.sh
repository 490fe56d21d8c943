#!/usr/bin/env bash
# test.sh - the whole test suite, as CI runs it (`make test`).
#
#  1. installs missing Debian packages (as root);
#  2. starts a throwaway PostgreSQL server so the store tests run against
#     both SQLite and PostgreSQL;
#  3. builds with gcc -Werror and runs every ctest suite (unit, golden, CLI,
#     fuzz-corpus replay, browser);
#  4. builds with clang under AddressSanitizer + UndefinedBehaviorSanitizer
#     and runs the suites again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

scripts/setup.sh --test

pg_started=""
cleanup() {
	if [[ -n "$pg_started" && -x scripts/pg-test.sh ]]; then
		scripts/pg-test.sh stop >/dev/null 2>&1 || true
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
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=gcc -DRASD_WERROR=ON

echo "== clang, AddressSanitizer + UndefinedBehaviorSanitizer"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
RASD_SANITIZED=1 run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
	-DRASD_WERROR=ON -DRASD_SANITIZER=address,undefined

echo "== valgrind (memcheck) on the gcc build"
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --show-leak-kinds=definite)
shared=${RASD_SHARED:-$root/../shared}
"${vg[@]}" build/rasd extract -j 2 --mentions "$shared/data/dev/articles.jsonl" >/dev/null
"${vg[@]}" build/rasd extract samples/reports.jsonl >/dev/null
"${vg[@]}" build/rasd eval --gold "$shared/data/dev/gold.jsonl" "$shared/data/dev/articles.jsonl" >/dev/null
for t in test_base test_reader test_utf8 test_normalize test_segment test_numbers test_dates \
	 test_lexicon test_extract test_incident test_html test_feed; do
	"${vg[@]}" "build/tests/$t" >/dev/null
done
echo "valgrind: no errors, no definite leaks"
