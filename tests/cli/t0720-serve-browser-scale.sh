#!/usr/bin/env bash
# The review page on a store of 100,000 synthetic incidents (bench_store;
# 20,000 under the sanitizers, which check memory, not scale): headless
# Chromium opens it, filters it by governorate and by text, pages it and
# opens an incident (tests/browser/scale.mjs, run by bench/review-page.sh,
# which prints the time to the first list and to each filter).  The store
# is generated once per build folder and reused while newer than its
# generator.  Times are printed, never asserted.
set -euo pipefail
if [[ ! -x /usr/bin/chromium ]]; then
	echo "FAIL: /usr/bin/chromium is missing (scripts/setup.sh --test installs it)" >&2
	exit 1
fi
n=100000
if [[ -n "${RASD_SANITIZED:-}" ]]; then n=20000; fi
N=${RASD_SCALE_N:-$n} RUNS=1 "$RASD_SRC/bench/review-page.sh" "$RASD_BUILD" | tee "$RASD_BUILD/review-page-scale.txt"
grep -Eq '^1 +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$' "$RASD_BUILD/review-page-scale.txt"
