#!/usr/bin/env bash
# rasd eval errors: usage (exit 2), unreadable files (exit 1), a gold line
# that is not JSON reported as file:line (exit 1).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
articles="$RASD_SHARED/data/dev/articles.jsonl"

"$RASD" eval >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 2 ]] || fail "no mode: exit $rc"
"$RASD" eval --gold "$tmp/g.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 2 ]] || fail "no articles: exit $rc"
"$RASD" eval --gold x --fakes y >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 2 ]] || fail "two modes: exit $rc"
"$RASD" eval --bogus >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 2 ]] || fail "unknown option: exit $rc"

"$RASD" eval --gold "$tmp/missing.jsonl" "$articles" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "missing gold: exit $rc"
grep -q "missing.jsonl" "$tmp/err" || fail "missing gold not named"

printf '%s\n' '{"id":"d000","incident":null,"events":[]}' '{"id": "x", oops' >"$tmp/gold.jsonl"
"$RASD" eval --gold "$tmp/gold.jsonl" "$articles" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "bad gold line: exit $rc"
grep -q "^rasd: $tmp/gold.jsonl:2: " "$tmp/err" || fail "bad gold line not file:line: $(cat "$tmp/err")"

printf '%s\n' '{"id":"d000","incident":null,"events":[]}' >"$tmp/gold1.jsonl"
"$RASD" eval --gold "$tmp/gold1.jsonl" "$tmp/no-articles.jsonl" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "missing articles: exit $rc"

"$RASD" eval --fakes "$tmp/none.csv" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "missing csv: exit $rc"
printf 'unit_id,article_title,article_content,source,date,location,labels\n1,"t,"x"\n' >"$tmp/bad.csv"
"$RASD" eval --fakes "$tmp/bad.csv" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "bad csv: exit $rc"
grep -q "bad.csv:2:" "$tmp/err" || fail "bad csv not file:line: $(cat "$tmp/err")"
"$RASD" eval --arabic-events "$tmp/none.xml" >"$tmp/out" 2>"$tmp/err"; rc=$?
[[ $rc -eq 1 ]] || fail "missing xml: exit $rc"
"$RASD" eval -h | grep -q -- "--arabic-events" || fail "help"
echo ok
