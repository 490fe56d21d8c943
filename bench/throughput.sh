#!/usr/bin/env bash
# throughput.sh - how fast `rasd extract` runs, and how that compares with
# peer tools on the same texts.  Prints figures; asserts nothing about time.
#
#   bench/throughput.sh            # Release build in build-bench/, 3 runs each
#   RUNS=1 DEV_REPEAT=20 bench/throughput.sh
#
# Inputs: FA-KES (English, 804 reports; converted from its CSV to JSONL with
# Python's csv module) and the dev set (Arabic and English) repeated
# DEV_REPEAT times to a measurable size, also its Arabic reports alone
# (dev-ar).  rasd always loads its full
# lexicons and gazetteer, and that start-up is inside every timing.  MB/s
# counts the bytes of the report texts (not the JSON around them), so the
# peers, which read the same texts, compare like for like.
#
# Peers, on FA-KES: compromise + compromise-dates (.numbers(), .dates()) and
# chrono-node (parse), installed with npm into bench/peers/; and
# `grep -cF -f FORMS` with every surface form of the data/*.tsv lexicons,
# the floor for a one-pass multi-pattern match.  If npm packages cannot be
# installed, the JavaScript peers are skipped with a message.
#
# rasd is timed with -j 1, 2 and every core; each figure is the best of RUNS
# runs, in wall time and in CPU time (user + system, the figure to compare on
# a shared machine), with the largest peak RSS.  Start-up (an empty input)
# is timed with the lexicon built from its TSV files and read from the
# start-up cache, which the runs keep in their temporary folder.
#
# Environment: BUILD (build folder, default build-bench), RUNS (default 3;
# the best times are kept, the largest RSS), DEV_REPEAT (default 40),
# RASD_SHARED (shared data folder, default ../shared beside the repository),
# PEERS=0 to skip the peers, RASD=path to time an existing binary instead.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${RASD_SHARED:-$repo/../shared}
build=${BUILD:-$repo/build-bench}
runs=${RUNS:-3}
dev_repeat=${DEV_REPEAT:-40}
fakes_csv=$shared/data/fa-kes/FA-KES-Dataset.csv
dev_jsonl=$shared/data/dev/articles.jsonl

say() { printf '%s\n' "$*" >&2; }
die() { say "throughput: $*"; exit 1; }

[[ -r $fakes_csv ]] || die "cannot read '$fakes_csv'"
[[ -r $dev_jsonl ]] || die "cannot read '$dev_jsonl'"
command -v python3 >/dev/null || die "python3 is needed"

# ---- build ------------------------------------------------------------------
if [[ -n ${RASD:-} ]]; then
	rasd=$RASD
else
	say "building Release in $build"
	mkdir -p "$build"
	log=$build/throughput-build.log
	cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
		-DRASD_BUILD_TESTS=OFF -DRASD_WERROR=OFF >"$log" 2>&1 ||
		{ cat "$log" >&2; die "cmake failed"; }
	ninja -C "$build" rasd >>"$log" 2>&1 || { tail -30 "$log" >&2; die "build failed"; }
	rasd=$build/rasd
fi
[[ -x $rasd ]] || die "no binary at '$rasd'"

# ---- a timer that reports CPU time and peak RSS -----------------------------
# The child is started with posix_spawn and reaped with wait4, whose rusage
# is that process's alone, to the microsecond: wall seconds, user + system
# seconds (all threads), and its largest resident set.

work=$(mktemp -d "${TMPDIR:-/tmp}/rasd-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# rasd's lexicon cache (src/lexicon/lexcache.c) lives with the run; the first
# run below writes it, the timed ones read it.
export RASD_CACHE=$work/cache

# measure OUT -- CMD...: run CMD with stdout to OUT (stderr to OUT.err); sets
# secs (wall), cpu (user + system) and rss_kib.
measure() {
	local out=$1
	shift 2
	read -r secs cpu rss_kib < <(python3 - "$out" "$@" <<'PY'
import os, shutil, sys, time
out = sys.argv[1]
argv = sys.argv[2:]
path = shutil.which(argv[0]) or argv[0]
actions = [(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
           (os.POSIX_SPAWN_OPEN, 2, out + '.err', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)]
t0 = time.monotonic()
pid = os.posix_spawn(path, argv, os.environ, file_actions=actions)
_, status, ru = os.wait4(pid, 0)
wall = time.monotonic() - t0
print('%.4f %.4f %d' % (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss))
PY
)
}

# best_of OUT -- CMD...: RUNS runs; best wall time, best CPU time, largest RSS.
best_of() {
	local out=$1 i best="" bestcpu="" maxrss=0
	for ((i = 0; i < runs; i++)); do
		measure "$@"
		if [[ -z $best ]] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$secs
		fi
		if [[ -z $bestcpu ]] || awk -v a="$cpu" -v b="$bestcpu" 'BEGIN { exit !(a < b) }'; then
			bestcpu=$cpu
		fi
		if ((rss_kib > maxrss)); then
			maxrss=$rss_kib
		fi
	done
	secs=$best
	cpu=$bestcpu
	rss_kib=$maxrss
}

# ---- inputs -------------------------------------------------------------------
say "preparing inputs in $work"
python3 - "$fakes_csv" "$dev_jsonl" "$dev_repeat" "$work" "$repo/data" <<'PY'
import csv, glob, json, os, sys
fakes_csv, dev_jsonl, repeat, work, datadir = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]

def ymd(s):
    try:
        m, d, y = (int(x) for x in s.split('/'))
        return '%04d-%02d-%02d' % (y, m, d)
    except ValueError:
        return None

n = nbytes = 0
with open(fakes_csv, encoding='utf-8', errors='replace', newline='') as f, \
     open(os.path.join(work, 'fakes.jsonl'), 'w', encoding='utf-8') as out, \
     open(os.path.join(work, 'fakes.txt'), 'w', encoding='utf-8') as txt:
    for row in csv.DictReader(f):
        text = row['article_content']
        out.write(json.dumps({'id': 'fakes-' + row['unit_id'], 'outlet': row['source'],
                              'lang': 'en', 'published': ymd(row['date']),
                              'title': row['article_title'], 'text': text},
                             ensure_ascii=False) + '\n')
        txt.write(' '.join(text.split()) + '\n')
        n += 1
        nbytes += len(text.encode('utf-8'))
open(os.path.join(work, 'fakes.meta'), 'w').write('%d %d\n' % (n, nbytes))

lines = [l for l in open(dev_jsonl, encoding='utf-8') if l.strip()]
# the dev set, and its Arabic reports alone (dev-ar)
for name, keep in (('dev', lambda o: True), ('dev-ar', lambda o: o.get('lang') == 'ar')):
    n = nbytes = 0
    with open(os.path.join(work, name + '.jsonl'), 'w', encoding='utf-8') as out:
        for r in range(repeat):
            for l in lines:
                o = json.loads(l)
                if not keep(o):
                    continue
                o['id'] = '%s-%d' % (o.get('id'), r)
                out.write(json.dumps(o, ensure_ascii=False) + '\n')
                n += 1
                nbytes += len((o.get('text') or '').encode('utf-8'))
    open(os.path.join(work, name + '.meta'), 'w').write('%d %d\n' % (n, nbytes))

# Every surface form of every lexicon: name columns and '|' alternatives.
forms = set()
for path in sorted(glob.glob(os.path.join(datadir, '*.tsv'))):
    header = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        cols = line.split('\t')
        if header is None:
            header = cols
            continue
        for name, val in zip(header, cols):
            if name in ('name_en', 'name_ar', 'name', 'label', 'forms'):
                for form in val.split('|'):
                    form = form.strip()
                    if len(form) >= 2 and form != '-':
                        forms.add(form)
with open(os.path.join(work, 'forms.txt'), 'w', encoding='utf-8') as f:
    for form in sorted(forms):
        f.write(form + '\n')
PY
read -r fakes_docs fakes_bytes <"$work/fakes.meta"
read -r dev_docs dev_bytes <"$work/dev.meta"
read -r devar_docs devar_bytes <"$work/dev-ar.meta"
nforms=$(wc -l <"$work/forms.txt")
say "FA-KES: $fakes_docs reports, $fakes_bytes text bytes; dev x$dev_repeat: $dev_docs reports, $dev_bytes text bytes ($devar_docs Arabic, $devar_bytes bytes); $nforms lexicon forms"

# ---- runs -------------------------------------------------------------------------
rows=()       # "tool|data|secs|cpu|docs|bytes|rss_kib"
declare -A base basecpu   # data -> rasd -j1 wall and CPU seconds

# Start-up: the whole process on an empty input, with the lexicon built from
# the TSV files (cold: no cache) and read from the cache (warm).
: >"$work/empty.jsonl"
say "start-up ($runs runs each)"
RASD_CACHE=off best_of "$work/out.jsonl" -- "$rasd" extract -j 1 "$work/empty.jsonl"
startup_cold="$secs $cpu"
"$rasd" extract -j 1 "$work/empty.jsonl" >/dev/null
best_of "$work/out.jsonl" -- "$rasd" extract -j 1 "$work/empty.jsonl"
startup_warm="$secs $cpu"

run_rasd() {
	local data=$1 docs=$2 bytes=$3 j=$4 out
	say "rasd extract -j$j on $data ($runs runs)"
	best_of "$work/out.jsonl" -- "$rasd" extract -j "$j" "$work/$data.jsonl"
	out=$(wc -l <"$work/out.jsonl")
	[[ $out -eq $docs ]] || say "  note: $out of $docs reports came out ($(head -c 200 "$work/out.jsonl.err" 2>/dev/null))"
	rows+=("rasd extract -j$j|$data|$secs|$cpu|$docs|$bytes|$rss_kib")
	[[ $j -eq 1 ]] && base[$data]=$secs && basecpu[$data]=$cpu
	return 0
}
cores=$(nproc)
jobs_list="1 2"
((cores > 2)) && jobs_list="1 2 $cores"
for j in $jobs_list; do
	run_rasd fakes "$fakes_docs" "$fakes_bytes" "$j"
done
for j in $jobs_list; do
	run_rasd dev "$dev_docs" "$dev_bytes" "$j"
done
run_rasd dev-ar "$devar_docs" "$devar_bytes" 1

say "grep -cF -f forms on fakes"
best_of "$work/grep.out" -- grep -cF -f "$work/forms.txt" "$work/fakes.txt"
rows+=("grep -cF ($nforms forms)|fakes|$secs|$cpu|$fakes_docs|$fakes_bytes|$rss_kib")
grep_secs=$secs
grep_cpu=$cpu

peers=$repo/bench/peers
if [[ ${PEERS:-1} == 0 ]]; then
	say "peers skipped (PEERS=0)"
elif ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	say "peers skipped: node and npm are not installed"
else
	if [[ ! -d $peers/node_modules/compromise-dates || ! -d $peers/node_modules/chrono-node ]]; then
		say "installing peers with npm in $peers"
		(cd "$peers" && npm ci --no-audit --no-fund >"$work/npm.log" 2>&1) ||
			say "peers skipped: npm could not install them ($(tail -3 "$work/npm.log" | tr '\n' ' '))"
	fi
	if [[ -d $peers/node_modules/compromise-dates && -d $peers/node_modules/chrono-node ]]; then
		for tool in compromise chrono; do
			say "$tool on fakes (1 run)"
			runs_saved=$runs
			runs=1
			best_of "$work/$tool.out" -- node "$peers/peers.mjs" "$tool" "$work/fakes.jsonl"
			runs=$runs_saved
			say "  $(cat "$work/$tool.out")"
			label=$tool
			[[ $tool == compromise ]] && label="compromise+dates (node)"
			[[ $tool == chrono ]] && label="chrono-node (node)"
			rows+=("$label|fakes|$secs|$cpu|$fakes_docs|$fakes_bytes|$rss_kib")
		done
	fi
fi

# ---- table --------------------------------------------------------------------------
printf '\n%-28s %-6s %8s %8s %8s %8s %10s %9s %12s\n' tool data "wall s" "CPU s" "MB/s" "CPU MB/s" docs/s "RSS MiB" "vs rasd -j1"
for r in "${rows[@]}"; do
	IFS='|' read -r tool data s c docs bytes rss <<<"$r"
	awk -v tool="$tool" -v data="$data" -v s="$s" -v c="$c" -v docs="$docs" -v bytes="$bytes" \
	    -v rss="$rss" -v b="${base[$data]:-0}" 'BEGIN {
		if (s <= 0) s = 0.001
		if (c <= 0) c = 0.001
		ratio = b > 0 ? sprintf("%.2fx", b / s) : "-"
		printf "%-28s %-6s %8.3f %8.3f %8.2f %8.2f %10.1f %9.1f %12s\n", tool, data, s, c,
		       bytes / s / 1e6, bytes / c / 1e6, docs / s, rss / 1024, ratio
	}'
done
read -r cold_s cold_c <<<"$startup_cold"
read -r warm_s warm_c <<<"$startup_warm"
printf '\nstart-up (empty input, whole process): %.1f ms wall / %.1f ms CPU building the lexicon from the TSV files, %.1f ms / %.1f ms reading it from the cache\n' \
	"$(awk -v x="$cold_s" 'BEGIN { print x * 1000 }')" "$(awk -v x="$cold_c" 'BEGIN { print x * 1000 }')" \
	"$(awk -v x="$warm_s" 'BEGIN { print x * 1000 }')" "$(awk -v x="$warm_c" 'BEGIN { print x * 1000 }')"
awk -v r="${base[fakes]:-0}" -v rc="${basecpu[fakes]:-0}" -v g="$grep_secs" -v gc="$grep_cpu" 'BEGIN {
	if (g > 0 && gc > 0)
		printf "rasd extract -j1 on fakes vs the grep -cF floor: %.2fx its wall time, %.2fx its CPU time\n", r / g, rc / gc
}'
printf '\nMB/s: text bytes per wall second; CPU MB/s: per second of user + system time (the\n'
printf 'figure to compare on a shared machine).  Start-up is included in both (the lexicon is\n'
printf 'read from its cache, written by the first run).\n'
printf 'vs rasd -j1: speed relative to rasd extract -j1 on the same data (above 1 is faster than rasd).\n'
printf 'machine: %s cores, %s, load average %s\n' "$(nproc)" "$(uname -sr)" "$(cut -d' ' -f1-3 /proc/loadavg)"
