"""Compare rasd output with a golden file, projected onto its keys."""
import json
import sys


def project(actual, expected):
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return actual
        return {k: project(actual.get(k), v) for k, v in expected.items()}
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return actual
        if not expected:
            return actual
        return [project(a, expected[min(i, len(expected) - 1)]) for i, a in enumerate(actual)]
    return actual


def main():
    exp_path, out_path, err_path, rc, name = sys.argv[1:6]
    expected = json.load(open(exp_path, encoding="utf-8"))
    if name.startswith("fail_"):
        err = open(err_path, encoding="utf-8", errors="replace").read()
        ok = int(rc) == expected["exit"] and expected["stderr"] in err
        if not ok:
            print(f"golden: {name}: exit {rc}, stderr {err!r}", file=sys.stderr)
        return 0 if ok else 1
    if int(rc) != 0:
        print(f"golden: {name}: rasd exited {rc}", file=sys.stderr)
        return 1
    lines = [json.loads(l) for l in open(out_path, encoding="utf-8") if l.strip()]
    actual = lines[0] if len(lines) == 1 else lines
    got = project(actual, expected)
    if got != expected:
        a = json.dumps(got, ensure_ascii=False, sort_keys=True, indent=1).splitlines()
        b = json.dumps(expected, ensure_ascii=False, sort_keys=True, indent=1).splitlines()
        import difflib
        print(f"golden: {name}: differs", file=sys.stderr)
        for l in difflib.unified_diff(b, a, "expected", "actual", lineterm="", n=2):
            print(l, file=sys.stderr)
        return 1
    return 0


sys.exit(main())
