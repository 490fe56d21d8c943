#!/usr/bin/env bash
# Read commands never create a store: export and incidents --db of a path
# that holds none fail (exit 1) and leave nothing behind; a file that is
# not a store is named; --from 2023-13-45 is refused (exit 2).
set -uo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
"$RASD" export --db "$tmp/typo.db" >"$tmp/out" 2>"$tmp/err"
[[ $? == 1 ]] || fail "export of a missing store: exit status"
[[ ! -e "$tmp/typo.db" ]] || fail "export created a store"
grep -q "no store at '$tmp/typo.db'" "$tmp/err" || fail "message: $(cat "$tmp/err")"
"$RASD" incidents --db "$tmp/typo.db" >"$tmp/out" 2>"$tmp/err"
[[ $? == 1 && ! -e "$tmp/typo.db" ]] || fail "incidents --db created a store or succeeded"
echo "hello" >"$tmp/notes.txt"
"$RASD" export --db "$tmp/notes.txt" >"$tmp/out" 2>"$tmp/err"
[[ $? == 1 ]] || fail "export of a file that is not a store"
grep -q "is not a rasd store" "$tmp/err" || fail "message: $(cat "$tmp/err")"
[[ $(cat "$tmp/notes.txt") == hello ]] || fail "the file was changed"
"$RASD" ingest -q --db "$tmp/s.db" "$RASD_SRC/samples/reports.jsonl" || fail ingest
"$RASD" export --db "$tmp/s.db" >/dev/null || fail "export of a store"
for d in 2023-13-45 garbage 2023-02-30 2023-1-1; do
	"$RASD" export --db "$tmp/s.db" --from "$d" >/dev/null 2>"$tmp/err"
	[[ $? == 2 ]] || fail "export --from $d was accepted"
done
echo ok
