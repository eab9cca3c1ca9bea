#!/usr/bin/env python3
"""Record CPython goldens for wasm/vm/testdata: run each NAME.py as main.py
in a temporary directory and write NAME.golden ({stdout, stderr, status})."""
import json, os, pathlib, shutil, subprocess, sys, tempfile

here = pathlib.Path(__file__).parent / "testdata"
for src in sorted(here.glob("*.py")):
    if src.name == "record.py":
        continue
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(src, os.path.join(d, "main.py"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        p = subprocess.run([sys.executable, "main.py"], cwd=d, env=env, capture_output=True, text=True, timeout=30)
    strip = lambda s: s.replace(d + "/", "")
    out = {"stdout": strip(p.stdout), "stderr": strip(p.stderr), "status": p.returncode}
    src.with_suffix(".golden").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    print(src.name, p.returncode)
