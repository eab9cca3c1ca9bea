"""Record how CPython 3.11 reports each errors/*.py when run as a script.

Run from wasm/syntax/testdata:  python3 record_errors.py
Each errors/NAME.py gets errors/NAME.err: the script's stderr, with the
file shown as "main.py". error_test.go compares Error.Report with it.
"""
import glob
import os
import shutil
import subprocess
import tempfile

env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
env.pop("PYTHONDONTWRITEBYTECODE", None)
with tempfile.TemporaryDirectory() as tmp:
    for path in sorted(glob.glob("errors/*.py")):
        shutil.copy(path, os.path.join(tmp, "main.py"))
        r = subprocess.run(["python3", "main.py"], cwd=tmp, env=env, capture_output=True, text=True, timeout=10)
        with open(path[:-3] + ".err", "w") as f:
            f.write(r.stderr.replace(os.path.join(tmp, "main.py"), "main.py"))
