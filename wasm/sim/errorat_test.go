package sim

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestErrorAt checks the error position a Result carries for the editor:
// CPython's SyntaxError range (offset and end_offset, made 0-based) and the
// innermost place of the script an uncaught exception passed through.
func TestErrorAt(t *testing.T) {
	for _, c := range []struct {
		code string
		want *ErrorAt
	}{
		{"print('ok')\nif True\n    pass\n", &ErrorAt{2, 7, 2, 7, "SyntaxError: expected ':'"}},
		{"print \"hello\"\n", &ErrorAt{1, 0, 1, 13, "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"}},
		{"x = 1 1\n", &ErrorAt{1, 6, 1, 7, "SyntaxError: invalid syntax"}},
		{"if True:\nprint(1)\n", &ErrorAt{2, 0, 2, 5, "IndentationError: expected an indented block after 'if' statement on line 1"}},
		{"def f(d):\n    return d['k']\nx = 1\nf({})\n", &ErrorAt{2, 11, 2, 17, "KeyError: 'k'"}},
		{"s = 'é' +\\\n  1\n", &ErrorAt{1, 4, 2, 3, `TypeError: can only concatenate str (not "int") to str`}},
		{"import sys\nsys.exit(2)\n", nil},
		{"print('fine')\n", nil},
	} {
		res := Run(Request{Code: c.code})
		got, _ := json.Marshal(res.ErrorAt)
		want, _ := json.Marshal(c.want)
		if string(got) != string(want) {
			t.Errorf("%q: error_at %s, want %s (stderr %q)", c.code, got, want, res.Stderr)
		}
	}
}

// TestErrorAtLibraryFrames: an exception raised inside library code points
// at the script's own call.
func TestErrorAtLibraryFrames(t *testing.T) {
	res := Run(Request{Code: "import os\n\nvalue = os.environ['MISSING']\n"})
	if res.ErrorAt == nil || res.ErrorAt.Line != 3 || !strings.HasPrefix(res.ErrorAt.Message, "KeyError") {
		t.Fatalf("error_at %+v, stderr %q", res.ErrorAt, res.Stderr)
	}
}
