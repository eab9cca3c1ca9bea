package compile

import (
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/syntax"
)

func resolve(t *testing.T, src string) (*Info, error) {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return Resolve(mod, "t.py", []byte(src))
}

func TestBindings(t *testing.T) {
	src := "g = 1\ndef outer(a):\n    b = 2\n    def inner():\n        nonlocal b\n        b += a\n        return g\n    return inner\n"
	info, err := resolve(t, src)
	if err != nil {
		t.Fatal(err)
	}
	outer := info.Module.Children[0]
	inner := outer.Children[0]
	if b := outer.Binding("a"); b.Kind != Cell {
		t.Errorf("outer a: got %v, want Cell (captured parameter)", b)
	}
	if b := outer.Binding("b"); b.Kind != Cell {
		t.Errorf("outer b: got %v, want Cell", b)
	}
	if b := inner.Binding("b"); b.Kind != Cell || len(inner.Frees) != 2 {
		t.Errorf("inner b: got %v with frees %v", b, inner.Frees)
	}
	if b := inner.Binding("g"); b.Kind != Global {
		t.Errorf("inner g: got %v, want Global", b)
	}
	if got := outer.Slots[0]; got != "a" {
		t.Errorf("first slot %q, want the parameter a", got)
	}
}

func TestClassCellForSuper(t *testing.T) {
	info, err := resolve(t, "class C(B):\n    def m(self):\n        return super().m()\n")
	if err != nil {
		t.Fatal(err)
	}
	cls := info.Module.Children[0]
	m := cls.Children[0]
	if cls.ClassCell < 0 {
		t.Fatal("class has no __class__ cell")
	}
	if b := m.Binding("__class__"); b.Kind != Cell {
		t.Errorf("method __class__: got %v, want Cell", b)
	}
}

func TestScopeErrors(t *testing.T) {
	for _, tc := range []struct{ src, msg string }{
		{"return 1\n", "'return' outside function"},
		{"break\n", "'break' outside loop"},
		{"continue\n", "'continue' not properly in loop"},
		{"yield 1\n", "'yield' outside function"},
		{"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"},
		{"def f(x):\n    global x\n", "name 'x' is parameter and global"},
		{"[(yield x) for x in y]\n", "'yield' inside list comprehension"},
	} {
		_, err := resolve(t, tc.src)
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %q", tc.src, err, tc.msg)
			continue
		}
		if se.Msg != tc.msg || se.Line < 1 || se.Col < 1 || !strings.Contains(tc.src, strings.TrimSpace(se.Text)) {
			t.Errorf("%q: got %q at %d:%d (%q)", tc.src, se.Msg, se.Line, se.Col, se.Text)
		}
	}
}

func TestNamespaceBindings(t *testing.T) {
	src := "x = 1\nglobal g\ng = x\nprint(y)\ndef f():\n    return x\n"
	mod, err := syntax.Parse("<string>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	info, err := ResolveNamespace(mod, "<string>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := info.Module
	for name, want := range map[string]Kind{"x": Name, "y": Name, "print": Name, "g": Global} {
		if b := m.Binding(name); b.Kind != want {
			t.Errorf("%s: got %v, want %v", name, b.Kind, want)
		}
	}
	if b := m.Children[0].Binding("x"); b.Kind != Global {
		t.Errorf("x inside a function: got %v, want Global (exec'd functions see the globals)", b.Kind)
	}
}

func TestStarredTargetErrors(t *testing.T) {
	for src, want := range map[string]string{
		"a, *b, *c = [1, 2, 3]\n": "multiple starred expressions in assignment",
		"[*a, *b] = 1, 2\n":       "multiple starred expressions in assignment",
		"for *a, *b in x: pass\n": "multiple starred expressions in assignment",
		"*a = [1]\n":              "starred assignment target must be in a list or tuple",
		"*a, = 1,\n":              "",
	} {
		_, err := resolve(t, src)
		got := ""
		if err != nil {
			got = err.(*syntax.Error).Msg
		}
		if got != want {
			t.Errorf("%q: got error %q, want %q", src, got, want)
		}
	}
}
