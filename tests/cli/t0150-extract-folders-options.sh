#!/usr/bin/env bash
# Folders, a byte order mark, and options out of range, the same for every
# command that takes reports: extract, incidents and ingest read a folder
# as its report files (recursively); a folder with none is reported (exit
# 3); a UTF-8 byte order mark before the first JSONL line is skipped; -j 0,
# -j -3, -j 99999, --max-doc 0 and --lang fr are refused (exit 2).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$tmp/in/sub" "$tmp/empty/sub" "$tmp/noreports"
head -3 "$RASD_SHARED/data/dev/articles.jsonl" >"$tmp/in/a.jsonl"
sed -n 4,5p "$RASD_SHARED/data/dev/articles.jsonl" >"$tmp/in/sub/b.jsonl"
echo "not a report file" >"$tmp/noreports/notes.md"

"$RASD" extract "$tmp/in" >"$tmp/out" 2>"$tmp/err" || fail "extract DIR: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") == 5 ]] || fail "extract DIR wrote $(wc -l <"$tmp/out") lines, not 5"
"$RASD" incidents "$tmp/in" >"$tmp/inc" 2>"$tmp/err" || fail "incidents DIR: $(cat "$tmp/err")"
grep -q '"incidents"' "$tmp/inc" || fail "incidents DIR output"
"$RASD" ingest --db "$tmp/s.db" "$tmp/in" >"$tmp/ing" 2>"$tmp/err" || fail "ingest DIR: $(cat "$tmp/err")"
grep -q "ingested 5 new" "$tmp/ing" || fail "ingest DIR: $(cat "$tmp/ing")"
for cmd in extract incidents; do
	"$RASD" $cmd "$tmp/empty" >/dev/null 2>"$tmp/err"
	[[ $? == 3 ]] || fail "$cmd of a folder without reports: exit status"
	grep -q "empty': no report files in this folder" "$tmp/err" || fail "$cmd empty folder: $(cat "$tmp/err")"
done
"$RASD" ingest --db "$tmp/s2.db" "$tmp/noreports" >/dev/null 2>"$tmp/err"
[[ $? == 3 ]] || fail "ingest of a folder without reports: exit status"
grep -q "no report files in this folder" "$tmp/err" || fail "ingest empty folder: $(cat "$tmp/err")"

# A byte order mark before the first line.
{ printf '\xef\xbb\xbf'; cat "$tmp/in/a.jsonl"; } >"$tmp/bom.jsonl"
"$RASD" extract "$tmp/bom.jsonl" >"$tmp/out" 2>"$tmp/err" || fail "BOM: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") == 3 ]] || fail "BOM: the first line was lost"
"$RASD" extract <"$tmp/bom.jsonl" >"$tmp/out" 2>"$tmp/err" || fail "BOM on stdin: $(cat "$tmp/err")"
[[ $(wc -l <"$tmp/out") == 3 ]] || fail "BOM on stdin: the first line was lost"

# Options out of range.
for args in "-j 0" "-j -3" "-j 99999" "-j x" "--max-doc 0" "--max-line 0" "--lang fr" "--format xml"; do
	"$RASD" extract $args "$tmp/in/a.jsonl" >/dev/null 2>"$tmp/err"
	[[ $? == 2 ]] || fail "extract $args was accepted"
	grep -q "^rasd: option '--" "$tmp/err" || fail "extract $args: $(cat "$tmp/err")"
done
for args in "-j 0" "-j 99999" "--max-doc 0"; do
	"$RASD" ingest --db "$tmp/s3.db" $args "$tmp/in" >/dev/null 2>&1
	[[ $? == 2 ]] || fail "ingest $args was accepted"
done
"$RASD" incidents --lang fr "$tmp/in" >/dev/null 2>&1
[[ $? == 2 ]] || fail "incidents --lang fr was accepted"
"$RASD" extract -j 64 --lang ar "$tmp/in/a.jsonl" >/dev/null || fail "-j 64 --lang ar refused"
echo ok
