package vm

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/compile"
	"github.com/exitplay/exitplay/wasm/syntax"
)

// The compile, eval and exec built-ins, and SyntaxError exceptions made
// from the parser's errors.

// newSyntaxErrorException turns a parse or resolve error into the
// SyntaxError (or IndentationError, TabError) exception Python code sees,
// with CPython's args and attributes.
func newSyntaxErrorException(se *syntax.Error) *Exception {
	cls := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		cls = IndentationErrorType
	case "TabError":
		cls = TabErrorType
	}
	text := Value(None)
	if se.Text != "" {
		text = Str(se.Text + "\n")
	}
	e := &Exception{Class: cls, Dict: NewDict()}
	details := Tuple{Str(se.Filename), Int(se.Line), Int(se.Col), text, Int(se.EndLine), Int(se.EndCol)}
	e.Args = Tuple{Str(se.Msg), details}
	for i, name := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
		e.Dict.SetStr(name, details[i])
	}
	e.Dict.SetStr("msg", Str(se.Msg))
	e.Dict.SetStr("print_file_and_line", None)
	return e
}

// syntaxErrorOf rebuilds the parser's error from a SyntaxError's
// attributes, or returns nil when it has none.
func syntaxErrorOf(e *Exception) *syntax.Error {
	line, ok := e.Attr("lineno").(Int)
	if !ok || !e.Class.IsSubtype(SyntaxErrorType) {
		return nil
	}
	se := &syntax.Error{Kind: e.Class.QualifiedName(), Line: int(line)}
	se.Msg, _ = ToStr(nil, orNone(e.Attr("msg")))
	if f, ok := e.Attr("filename").(Str); ok {
		se.Filename = string(f)
	}
	if t, ok := e.Attr("text").(Str); ok {
		se.Text = strings.TrimRight(string(t), "\n")
	}
	for name, dst := range map[string]*int{"offset": &se.Col, "end_lineno": &se.EndLine, "end_offset": &se.EndCol} {
		if n, ok := e.Attr(name).(Int); ok {
			*dst = int(n)
		}
	}
	return se
}

// syntaxErrorStr is str() of a SyntaxError: "msg (file, line N)".
func syntaxErrorStr(t *Thread, e *Exception) (string, bool, error) {
	se := syntaxErrorOf(e)
	if se == nil {
		return "", false, nil
	}
	msg, err := ToStr(t, orNone(e.Attr("msg")))
	return msg + " (" + se.Filename + ", line " + itoa(se.Line) + ")", true, err
}

// compileSource compiles source text for exec (mode "exec" or "single")
// or eval (mode "eval"). The code runs with a mapping of local names;
// tracebacks through it show no source lines, as for CPython's
// "<string>".
func compileSource(t *Thread, src, filename, mode string) (*Code, error) {
	var mod *syntax.Module
	var expr syntax.Expr
	var err error
	switch mode {
	case "exec", "single":
		mod, err = syntax.Parse(filename, []byte(src))
	case "eval":
		expr, err = syntax.ParseExpr(filename, []byte(strings.TrimLeft(src, " \t")))
		if err == nil {
			mod = &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Value: expr}}}
		}
	default:
		return nil, t.valueErrorf("compile() mode must be 'exec', 'eval' or 'single'")
	}
	if err == nil {
		var info *compile.Info
		if info, err = compile.ResolveNamespace(mod, filename, []byte(src)); err == nil {
			c := &compiler{info: info, src: &Source{Filename: filename}}
			code := c.module(mod)
			if expr != nil {
				value := c.expr(expr)
				code.body = func(fr *Frame) (ctl, error) {
					v, err := value(fr)
					if err != nil {
						return ctlNone, fr.traced(err, expr)
					}
					fr.retval = v
					return ctlReturn, nil
				}
			}
			return code, nil
		}
	}
	if se, ok := err.(*syntax.Error); ok {
		e := newSyntaxErrorException(se)
		t.raised(e, nil, false)
		return nil, e
	}
	return nil, err
}

// sourceArg reads the source argument of compile, eval and exec.
func sourceArg(t *Thread, fname string, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Bytes:
		return decodeBytes(string(x), "utf-8", "strict")
	}
	return "", t.typeErrorf("%s() arg 1 must be a string, bytes or code object", fname)
}

// runCode runs code with the given globals and locals (None picks the
// caller's), as eval and exec do.
func runCode(t *Thread, fname string, code *Code, globals, locals Value) (Value, error) {
	var g *Dict
	switch x := globals.(type) {
	case nil, NoneType:
		if t.frame == nil {
			return nil, Errorf(SystemErrorType, "%s(): no frame", fname)
		}
		g = t.frame.Globals
		if locals == nil || locals == None {
			locals = frameLocals(t.frame)
		}
	case *Dict:
		g = x
	default:
		return nil, t.typeErrorf("%s() globals must be a dict, not %s", fname, typeName(globals))
	}
	if locals == nil || locals == None {
		locals = g
	}
	ns, ok := locals.(*Dict)
	if !ok {
		return nil, t.typeErrorf("%s() locals must be a mapping", fname)
	}
	fr := newFrame(t, code, g)
	fr.NS = ns
	return t.runFrame(fr)
}

// evalOrExec is the body of eval and exec.
func evalOrExec(fname, mode string) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, fname, args, kw, []string{"source", "globals?", "locals?"})
		if err != nil {
			return nil, err
		}
		code, ok := a[0].(*Code)
		if !ok {
			src, err := sourceArg(t, fname, a[0])
			if err != nil {
				return nil, err
			}
			if code, err = compileSource(t, src, "<string>", mode); err != nil {
				return nil, err
			}
		}
		r, err := runCode(t, fname, code, a[1], a[2])
		if mode == "exec" {
			r = None
		}
		return r, err
	}
}

func init() {
	builtinFuncs = append(builtinFuncs, method{"eval", evalOrExec("eval", "eval")}, method{"exec", evalOrExec("exec", "exec")}, method{"compile", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		a, err := parseArgs(t, "compile", args, kw, []string{"source", "filename", "mode", "flags?", "dont_inherit?", "optimize?", "_feature_version?"})
		if err != nil {
			return nil, err
		}
		src, err := sourceArg(t, "compile", a[0])
		if err != nil {
			return nil, err
		}
		filename, err := ToStr(t, a[1])
		if err != nil {
			return nil, err
		}
		mode, ok := a[2].(Str)
		if !ok {
			return nil, t.typeErrorf("compile() argument 'mode' must be str, not %s", typeName(a[2]))
		}
		return compileSource(t, src, filename, string(mode))
	}})
}
