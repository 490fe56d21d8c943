#!/usr/bin/env bash
# The seed report alone: the Jasim operation comes out as one incident with
# the three disputes the report sets out: 20 killed (Reuters, TASS) against
# about 10 (local sources); Russian participation asserted against denied;
# the regime running the operation (Ministry of Information) against its part
# being two shells.  The al-Sabboura bombing is its own incident with SANA's
# 18 killed and 27 wounded.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$RASD" extract --published 2022-10-17 --lang ar --outlet enabbaladi.net \
	"$RASD_SHARED/seed/enab-baladi-2022-10-17.txt" >"$tmp/x.jsonl"
"$RASD" incidents "$tmp/x.jsonl" >"$tmp/inc.json"
python3 - "$tmp/inc.json" <<'PY'
import json, sys
incs = json.load(open(sys.argv[1], encoding="utf-8"))["incidents"]
jasim = [i for i in incs if (i.get("place") or {}).get("name") == "Jasim" and i.get("date") == "2022-10-14"]
assert jasim, [((i.get("place") or {}).get("name"), i.get("date")) for i in incs]
disputes = [d["detail"] for d in jasim[0]["disputes"]]
assert any("about 10 (local sources)" in d and "20 (" in d and "Reuters" in d for d in disputes), disputes
assert any(d.startswith("Russian forces: took part") and "did not (local sources)" in d for d in disputes), disputes
# The regime ran the operation (Ministry of Information) vs its part was only two shells.
assert any(d.startswith("Syrian government forces: took part") and "Ministry of Information" in d
           and "only a limited part (" in d for d in disputes), disputes
# Three disputes, no more: the leaders among the dead are not a rival toll,
# an actor named as a backer ("supported by Russia") is not a participant.
assert len(disputes) == 3, disputes
k20 = [c for c in jasim[0]["claims"]["killed"] if c["value"] == 20][0]
assert "TASS" in k20["sources"] and "Reuters" in k20["sources"], k20
sab = [i for i in incs if (i.get("place") or {}).get("name") == "al-Sabboura"]
assert sab and sab[0]["date"] == "2022-10-13", sab
killed = {(c["value"], c["qualifier"]) for c in sab[0]["claims"]["killed"]}
wounded = {(c["value"], c["qualifier"]) for c in sab[0]["claims"]["wounded"]}
assert (18, "exact") in killed and (27, "exact") in wounded, (killed, wounded)
print("ok")
PY
