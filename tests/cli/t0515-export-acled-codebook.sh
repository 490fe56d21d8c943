#!/usr/bin/env bash
# The ACLED export of the dev set and of the corpus, read with Python's csv
# module, checked column by column against the ACLED codebook
# (tests/cli/acled_codebook.py): every row dated, ACLED's actor names and
# inter codes with actor1 the side that acted, ACLED's admin spellings,
# fatalities the lowest of the sources' latest totals, one-sentence notes
# naming the disputes, outlets and source_scale.  Incidents that cannot be
# rows are counted on standard error, never written half-filled.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for set in dev corpus; do
	db="$tmp/$set.db"
	"$RASD" ingest -q --db "$db" "$RASD_SHARED/data/$set/articles.jsonl"
	"$RASD" export --db "$db" --format acled -o "$tmp/$set.csv" 2>"$tmp/$set.err"
	"$RASD" incidents --db "$db" -o "$tmp/$set.json"
	python3 "$RASD_SRC/tests/cli/acled_codebook.py" "$tmp/$set.csv" "$tmp/$set.json" \
		"$RASD_SRC/data" >"$tmp/$set.check" || { cat "$tmp/$set.check" >&2; exit 1; }
	rows=$(($(wc -l <"$tmp/$set.csv") - 1))
	[ "$rows" -gt 5 ] || { echo "$set: only $rows rows" >&2; exit 1; }
done

# The dev set: the Homs academy and the consulate strike by their sources'
# latest totals, never a subgroup count (7 soldiers, 2 police).
python3 - "$tmp/dev.csv" <<'PY'
import csv, sys
rows = {r["location"]: r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))}
homs, mezzeh, jasim = rows["Homs Military College"], rows["Mezzeh"], rows["Jasim"]
assert int(homs["fatalities"]) >= 54, homs["fatalities"]
assert int(mezzeh["fatalities"]) >= 5, mezzeh["fatalities"]
assert homs["actor2"] == "Civilians (Syria)" and homs["inter2"] == "7", homs
assert jasim["actor1"] == "Military Forces of Syria (2000-2024)" and jasim["actor2"] == "Islamic State (Syria)"
assert jasim["interaction"] == "12" and jasim["admin1"] == "Dar'a"
assert "whether Russian forces took part" in jasim["notes"], jasim["notes"]
assert all(r["event_date"] and r["year"] and r["time_precision"] for r in rows.values())
idleb = [r for r in rows.values() if r["admin1"] == "Idleb"]
assert idleb and all("Idlib" not in r["location"] for r in idleb)
PY
grep -q "left out .* without a date" "$tmp/corpus.err"
echo ok
