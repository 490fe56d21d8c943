#!/usr/bin/env bash
# Golden tests: tests/golden/<case>.{txt|src} -> <case>.expected.json.
#
# <case>.txt is the input (or <case>.src names a file under the shared data
# folder, "shared:<path>"); <case>.opts holds extra `rasd extract` options;
# <case>.expected.json is compared as canonical JSON against the output,
# projected onto the keys the expected file has (so a case states exactly
# what it checks).  A case whose name starts with fail_ expects `rasd
# extract` to fail; its .expected.json holds {"exit": N, "stderr": "..."}
# (a substring).
set -u
dir=$(cd "$(dirname "$0")" && pwd)
rasd=${RASD:?RASD must name the rasd binary}
shared=${RASD_SHARED:-$dir/../../../shared}
pass=0 fail=0
for exp in "$dir"/*.expected.json; do
	case=${exp%.expected.json}
	name=$(basename "$case")
	if [[ -f "$case.txt" ]]; then
		input="$case.txt"
	elif [[ -f "$case.src" ]]; then
		src=$(cat "$case.src")
		input="$shared/${src#shared:}"
	else
		echo "golden: $name: no input" >&2; fail=$((fail+1)); continue
	fi
	opts=()
	[[ -f "$case.opts" ]] && read -r -a opts < "$case.opts"
	out=$(mktemp) err=$(mktemp)
	"$rasd" extract --mentions "${opts[@]}" "$input" >"$out" 2>"$err"
	rc=$?
	if python3 "$dir/compare.py" "$exp" "$out" "$err" "$rc" "$name"; then
		pass=$((pass+1))
	else
		fail=$((fail+1))
	fi
	rm -f "$out" "$err"
done
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
