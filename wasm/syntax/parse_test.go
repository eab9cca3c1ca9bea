package syntax

import (
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func mustParse(t *testing.T, src string) *Module {
	t.Helper()
	m, err := Parse("t.py", []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return m
}

// firstExpr returns the value of the module's first statement, which must
// be an expression statement or an assignment.
func firstExpr(t *testing.T, src string) Expr {
	t.Helper()
	switch s := mustParse(t, src).Body[0].(type) {
	case *ExprStmt:
		return s.Value
	case *Assign:
		return s.Value
	default:
		t.Fatalf("%q: first statement is %T", src, s)
	}
	return nil
}

func TestUnsupportedFeatures(t *testing.T) {
	tests := []struct {
		src, msg  string
		line, col int
	}{
		{"async def f():\n    pass\n", "'async' functions and statements are not supported by the exitplay playground", 1, 1},
		{"def f():\n    await g()\n", "'await' expressions are not supported by the exitplay playground", 2, 5},
		{"def f():\n    async for x in y:\n        pass\n", "'async' functions and statements are not supported by the exitplay playground", 2, 5},
		{"def f():\n    async with a:\n        pass\n", "'async' functions and statements are not supported by the exitplay playground", 2, 5},
		{"x = [a async for a in b]\n", "'async' functions and statements are not supported by the exitplay playground", 1, 8},
		{"match x:\n    case 1:\n        pass\n", "'match' statements are not supported by the exitplay playground", 1, 1},
		{"match (a, b):\n    case _:\n        pass\n", "'match' statements are not supported by the exitplay playground", 1, 1},
		{"try:\n    pass\nexcept* ValueError:\n    pass\n", "'except*' clauses are not supported by the exitplay playground", 3, 1},
		{"def f[T](x):\n    pass\n", "type parameter lists are not supported by the exitplay playground", 1, 6},
		{"class A[T]:\n    pass\n", "type parameter lists are not supported by the exitplay playground", 1, 8},
		{"type Point = tuple\n", "'type' statements are not supported by the exitplay playground", 1, 1},
		{"x = 3j\n", "imaginary (complex) literals are not supported by the exitplay playground", 1, 5},
	}
	for _, tt := range tests {
		_, err := Parse("t.py", []byte(tt.src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want a *Error", tt.src, err)
			continue
		}
		if e.Kind != "SyntaxError" || e.Msg != tt.msg || e.Line != tt.line || e.Col != tt.col {
			t.Errorf("%q:\n got %s %q at %d:%d\nwant SyntaxError %q at %d:%d", tt.src, e.Kind, e.Msg, e.Line, e.Col, tt.msg, tt.line, tt.col)
		}
	}
}

// Soft keywords stay ordinary names outside their statements.
func TestSoftKeywordsAsNames(t *testing.T) {
	for _, src := range []string{
		"match = 3\n", "match(x)\n", "match.x = 1\n", "match[0]\n", "print(match)\n",
		"match, b = 1, 2\n", "type = 5\n", "type(x)\n", "case = 1\n", "_ = match\n",
		"match(x) if y else z\n", "match * 2\n",
	} {
		mustParse(t, src)
	}
}

// Errors that CPython raises after parsing are left to the compiler.
func TestCompilerErrorsParse(t *testing.T) {
	for _, src := range []string{
		"return 1\n", "yield x\n", "break\n", "continue\n", "nonlocal x\n",
		"def f():\n    global x\n    x = 1\n", "x = (yield)\n",
	} {
		mustParse(t, src)
	}
}

func TestConstants(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	tests := []struct {
		src  string
		want any
	}{
		{"0", int64(0)},
		{"1_000", int64(1000)},
		{"0x_ff", int64(255)},
		{"0O17", int64(15)},
		{"0b1010", int64(10)},
		{"00", int64(0)},
		{"9223372036854775807", int64(9223372036854775807)},
		{"9223372036854775808", new(big.Int).Lsh(big.NewInt(1), 63)},
		{"123456789012345678901234567890", huge},
		{"1.5", 1.5},
		{"1e3", 1000.0},
		{"1_0.2_5", 10.25},
		{".5", 0.5},
		{"5.", 5.0},
		{"None", NoneType{}},
		{"True", true},
		{"...", EllipsisType{}},
		{`'a' "b"`, "ab"},
		{`"\x41\101\u00e9\U0001F600\N{BULLET}"`, "AAé😀•"},
		{`r'\n'`, `\n`},
		{`'\d'`, `\d`},
		{`b'\xff\n'`, []byte{0xff, '\n'}},
		{`b'\u00e9'`, []byte(`\u00e9`)},
		{`'a\
b'`, "ab"},
		{"'''x\r\ny'''", "x\ny"},
	}
	for _, tt := range tests {
		c, ok := firstExpr(t, "x = "+tt.src+"\n").(*Constant)
		if !ok {
			t.Errorf("%s: not a constant", tt.src)
			continue
		}
		if !reflect.DeepEqual(c.Value, tt.want) {
			t.Errorf("%s = %#v, want %#v", tt.src, c.Value, tt.want)
		}
	}
}

// The operator span of a BinOp covers the operator token, for tracebacks.
func TestBinOpOperatorSpan(t *testing.T) {
	for _, src := range []string{
		"a + b", "a  //  b", "(a) ** (b)", "a.b[c] @ d(e)", "x<<y", "é * 2",
		"(a +\n b) - c", "a % b % c",
	} {
		var ops []*BinOp
		Inspect(firstExpr(t, src+"\n"), func(n Node) bool {
			if b, ok := n.(*BinOp); ok {
				ops = append(ops, b)
			}
			return true
		})
		if len(ops) == 0 {
			t.Fatalf("%q: no BinOp", src)
		}
		lines := strings.Split(src, "\n")
		for _, b := range ops {
			l := []rune(lines[b.OpLoc.Line-1])
			if got := string(l[b.OpLoc.Col:b.OpLoc.EndCol]); got != b.Op.Symbol() {
				t.Errorf("%q: operator span covers %q, want %q", src, got, b.Op.Symbol())
			}
		}
	}
}

func TestLineEndingsAndWhitespace(t *testing.T) {
	for _, src := range []string{
		"x = 1\r\nif x:\r\n    y = '''a\r\nb'''\r\n",
		"x = 1\rif x:\r    y = 2\r",
		"\fx = 1\n",
		"if x:\n\ty = 1\n\tz = 2\n",
		"if x:\n    y = (1,\n  2)\n    z = 3\n",
		"x = 1 \\\n  + 2\n",
		"# only a comment",
		"",
		"\n\n",
		"x = 1  # no newline at the end",
	} {
		mustParse(t, src)
	}
	m := mustParse(t, "a = 1\r\nb = 2\r\n")
	if got := m.Body[1].Span(); got != (Span{2, 0, 2, 5}) {
		t.Errorf("span after CRLF = %v", got)
	}
}

func TestColumnsCountCharacters(t *testing.T) {
	e := firstExpr(t, "s = 'héllo' + 'wörld'\n").(*BinOp)
	if got := e.Right.Span(); got != (Span{1, 14, 1, 21}) {
		t.Errorf("span of right operand = %v, want {1 14 1 21}", got)
	}
}

func TestParseExpr(t *testing.T) {
	e, err := ParseExpr("<string>", []byte("\n  1 + x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := e.(*BinOp); !ok || b.Op != Add {
		t.Errorf("got %#v", e)
	}
	if _, err := ParseExpr("<string>", []byte("x = 1")); err == nil {
		t.Error("ParseExpr accepted a statement")
	}
}

func TestWalkOrder(t *testing.T) {
	m := mustParse(t, "def f(a=1):\n    return g(a, *b, k=c)[d]\n")
	var names []string
	Inspect(m, func(n Node) bool {
		if n, ok := n.(*Name); ok {
			names = append(names, n.Id)
		}
		return true
	})
	if want := []string{"g", "a", "b", "c", "d"}; !reflect.DeepEqual(names, want) {
		t.Errorf("names in walk order = %v, want %v", names, want)
	}
	// Returning false skips a subtree.
	count := 0
	Inspect(m, func(n Node) bool {
		if n != nil {
			count++
		}
		_, isCall := n.(*Call)
		return !isCall
	})
	if count != 9 { // Module FunctionDef Arguments Arg Constant Return Subscript Call Name(d)
		t.Errorf("visited %d nodes, want 9", count)
	}
}

func TestErrorString(t *testing.T) {
	_, err := Parse("main.py", []byte("x = (1,\n"))
	if got, want := err.Error(), "main.py:1:5: SyntaxError: '(' was never closed"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

// Every file of the golden and error corpora, and every prefix of them,
// parses to a tree or a *Error without an internal failure.
func TestPrefixesNeverFailInternally(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.py")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range len(src) + 1 {
			checkParse(t, src[:i])
		}
	}
}

// checkParse parses src and fails the test on anything but a tree or an
// ordinary syntax error.
func checkParse(t *testing.T, src []byte) {
	t.Helper()
	m, err := Parse("f.py", src)
	if err == nil {
		if m == nil {
			t.Fatalf("%q: nil module and nil error", src)
		}
		return
	}
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("%q: error %T %v", src, err, err)
	}
	if strings.HasPrefix(e.Msg, "internal") || e.Line < 1 {
		t.Fatalf("%q: %v", src, e)
	}
	_ = e.Report()
}
