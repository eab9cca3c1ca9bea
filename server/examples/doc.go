// Package examples is the playground's library of example programs: every
// example of the tutorial the playground grew from (seed/, copied from the
// conformance corpus by go generate) and programs showing what the tutorial
// gets wrong or leaves out (extra/).
//
// Each example is a Python file a person can run with python3. Its leading
// comment block describes it; two header lines are metadata:
//
//	# title: exit() still runs finally and atexit
//	# stdout: pipe
//
// and "# exitplay: signal NAME@SECONDS" lines declare the signals someone
// else sends it (see wasm/conformance). Next to NAME.py live NAME.stdin (its
// input, if any) and NAME.golden.json, CPython's recording made by
// wasm/conformance/record.py.
package examples

//go:generate sh -c "rm -f seed/*.py seed/*.stdin seed/*.golden.json && cp ../../wasm/conformance/testdata/seed/* seed/ 2>/dev/null || true"
