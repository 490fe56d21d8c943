#!/usr/bin/env bash
# adversarial.sh - extraction time and peak memory on one large report,
# for report sizes from half a megabyte up to the default 16 MiB limit.
# Prints figures; asserts nothing about time.
#
#   bench/adversarial.sh                   # Release build in build-bench/
#   SIZES="0.5 1 2" bench/adversarial.sh   # quicker
#   KINDS="dates killed" bench/adversarial.sh
#   RASD=build/rasd bench/adversarial.sh   # time an existing binary
#
# Each report is one sentence pattern repeated to the size (MB = 10^6
# bytes of text; "16" is just under the 16 MiB --max-doc default):
#
#   dates     "On 3 March 2023. "                        (the service ticket)
#   killed    "Five civilians were killed in Idlib on Monday. "
#   figures   "N civilians were killed in Idlib on Monday, SANA said. "
#             with N running 1..9999: every figure a new claim of one event
#   events    "N people were killed in <town> on <day>. " cycling towns
#             and days: a new event every sentence
#   arabic    "قتل N مدنيين في قصف على إدلب يوم الاثنين بحسب المرصد السوري. "
#   runon     "killed 5 civilians and wounded 3 in Idlib and " with no full
#             stop: one sentence the size of the report
#
# A report over 1 MiB is read in parts of at most 1 MiB (src/extract/parts.c),
# so its peak is one part's arrays, the text and the joined events; a kind
# whose figure changes every sentence gives an event a part.
#
# Columns: user CPU seconds (the machine may be shared, so CPU time rather
# than wall time is the figure to compare), wall seconds, peak RSS, and the
# time of each size relative to the 1 MB report of its kind: linear time
# makes the 16 MB ratio near 16.
#
# Environment: BUILD (default build-bench), SIZES (default "0.5 1 2 4 16"),
# KINDS (default all), TIMEOUT (seconds per run, default 600), JOBS (rasd
# extract -j, default 1), REPORTS (default 1: the report that many times
# in the one input, so REPORTS=3 SIZES=16 JOBS=2 measures several long
# reports in flight; the events column is the first report's).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD:-$repo/build-bench}
sizes=${SIZES:-0.5 1 2 4 16}
kinds=${KINDS:-dates killed figures events arabic runon}
timeout=${TIMEOUT:-600}
jobs=${JOBS:-1}
reports=${REPORTS:-1}

say() { printf '%s\n' "$*" >&2; }
die() { say "adversarial: $*"; exit 1; }

command -v python3 >/dev/null || die "python3 is needed"
if [[ -n ${RASD:-} ]]; then
	rasd=$RASD
else
	say "building Release in $build"
	mkdir -p "$build"
	log=$build/adversarial-build.log
	cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
		-DRASD_BUILD_TESTS=OFF -DRASD_WERROR=OFF >"$log" 2>&1 ||
		{ cat "$log" >&2; die "cmake failed"; }
	ninja -C "$build" rasd >>"$log" 2>&1 || { tail -30 "$log" >&2; die "build failed"; }
	rasd=$build/rasd
fi
[[ -x $rasd ]] || die "no binary at '$rasd'"

work=$(mktemp -d "${TMPDIR:-/tmp}/rasd-adv.XXXXXX")
trap 'rm -rf "$work"' EXIT

# gen KIND MB OUT: one JSONL report of the pattern repeated to MB.
gen() {
	python3 - "$1" "$2" "$3" "$reports" <<'PY'
import json, sys
kind, mb, out, copies = sys.argv[1], float(sys.argv[2]), sys.argv[3], int(sys.argv[4])
limit = 16 * 1024 * 1024 - 4096          # under the default --max-doc
size = min(int(mb * 1e6), limit)
towns = ['Idlib', 'Aleppo', 'Homs', 'Hama', 'Daraa', 'Raqqa', 'Jasim', 'Tafas',
         'Maarat al-Numan', 'Saraqib', 'Douma', 'Manbij']
days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
def sentence(i):
    n = i % 9999 + 1
    if kind == 'dates':
        return 'On 3 March 2023. '
    if kind == 'killed':
        return 'Five civilians were killed in Idlib on Monday. '
    if kind == 'figures':
        return '%d civilians were killed in Idlib on Monday, SANA said. ' % n
    if kind == 'events':
        return '%d people were killed in %s on %s. ' % (n, towns[i % len(towns)],
                                                     days[(i // len(towns)) % len(days)])
    if kind == 'arabic':
        return 'قتل %d مدنيين في قصف على إدلب يوم الاثنين بحسب المرصد السوري. ' % n
    if kind == 'runon':
        return 'killed 5 civilians and wounded 3 in Idlib and '
    raise SystemExit('unknown kind ' + kind)
parts, n, i = [], 0, 0
while True:
    s = sentence(i)
    b = len(s.encode('utf-8'))
    if n + b > size:
        break
    parts.append(s)
    n += b
    i += 1
text = ''.join(parts)
with open(out, 'w', encoding='utf-8') as f:
    for c in range(copies):
        f.write(json.dumps({'id': kind if copies == 1 else '%s-%d' % (kind, c + 1),
                            'lang': 'ar' if kind == 'arabic' else 'en',
                            'published': '2023-03-10', 'text': text}, ensure_ascii=False) + '\n')
print(n)
PY
}

# run IN: sets user, wall, rss_mib, ok.
run() {
	local in=$1
	ok=1
	if [[ -x /usr/bin/time ]]; then
		if ! timeout "$timeout" /usr/bin/time -f '%U %e %M' -o "$work/time.txt" \
			"$rasd" extract -j "$jobs" "$in" >"$work/out.jsonl" 2>"$work/err.txt"; then
			ok=0
		fi
		read -r user wall rss < <(tail -1 "$work/time.txt")
		rss_mib=$(awk -v k="${rss:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
	else
		read -r user wall rss_mib ok < <(python3 - "$timeout" "$rasd" "$in" "$work/out.jsonl" "$jobs" <<'PY'
import resource, subprocess, sys, time
t0 = time.monotonic()
ok = 1
with open(sys.argv[4], 'wb') as out:
    try:
        ok = int(subprocess.call([sys.argv[2], 'extract', '-j', sys.argv[5], sys.argv[3]], stdout=out,
                                 stderr=subprocess.DEVNULL, timeout=float(sys.argv[1])) == 0)
    except subprocess.TimeoutExpired:
        ok = 0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print('%.2f %.2f %.1f %d' % (ru.ru_utime, time.monotonic() - t0, ru.ru_maxrss / 1024, ok))
PY
)
	fi
	[[ $ok == 1 && $(wc -l <"$work/out.jsonl") -eq $reports ]] || ok=0
}

printf '%-8s %8s %10s %9s %9s %12s %10s %s\n' kind MB "text bytes" "user s" "wall s" "peak RSS MiB" "vs 1 MB" events
for kind in $kinds; do
	base=""
	for mb in $sizes; do
		bytes=$(gen "$kind" "$mb" "$work/in.jsonl")
		say "$kind $mb MB"
		run "$work/in.jsonl"
		if [[ $ok != 1 ]]; then
			printf '%-8s %8s %10s %9s %9s %12s %10s %s\n' "$kind" "$mb" "$bytes" "-" ">$timeout" "$rss_mib" "-" \
				"not done ($(head -c 120 "$work/err.txt" 2>/dev/null))"
			break
		fi
		[[ $mb == 1 ]] && base=$user
		events=$(python3 -c 'import json,sys; print(len(json.loads(open(sys.argv[1]).readline())["events"]))' "$work/out.jsonl")
		ratio=$(awk -v u="$user" -v b="$base" 'BEGIN { if (b > 0) printf "%.1fx", u / b; else print "-" }')
		printf '%-8s %8s %10s %9.2f %9.2f %12s %10s %s\n' "$kind" "$mb" "$bytes" "$user" "$wall" "$rss_mib" "$ratio" "$events"
	done
done
printf '\nuser s: CPU seconds of rasd extract -j %s on %s report(s) in one input, start-up included; vs 1 MB: user time over that of the 1 MB report.\n' "$jobs" "$reports"
printf 'machine: %s cores, %s\n' "$(nproc)" "$(uname -sr)"
