package vm

import (
	"runtime/debug"
	"strings"

	"github.com/exitplay/exitplay/wasm/compile"
	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/syntax"
)

// Interpreter is one Python process's interpreter state: loaded modules,
// builtins, and the main thread.
type Interpreter struct {
	host     Host
	obs      Observer
	opts     Options
	builtins *Dict
	// modules is sys.modules.
	modules *Dict
	inits   map[string]ModuleInit
	main    *Thread
	ids     map[any]uint64
	nextID  uint64
	limit   int
	gens    map[*Generator]int // started generators not done: their start number
	genSeq  int
	fin     finalizer
	// maxStrDigits is the int/str conversion limit: 0 means the
	// default, -1 none.
	maxStrDigits int
}

// New returns an interpreter that reaches the OS through host and reports
// to obs (which may be nil).
func New(host Host, obs Observer, opts Options) *Interpreter {
	in := &Interpreter{host: host, obs: obs, opts: opts, modules: NewDict(), ids: map[any]uint64{},
		nextID: 0x7f0000001000, limit: opts.RecursionLimit, gens: map[*Generator]int{}}
	if in.limit <= 0 {
		in.limit = 1000
	}
	in.inits = map[string]ModuleInit{}
	for k, v := range registry {
		in.inits[k] = v
	}
	for k, v := range opts.Modules {
		in.inits[k] = v
	}
	in.builtins = newBuiltins()
	for k, v := range opts.Builtins {
		in.builtins.SetStr(k, v)
	}
	in.main = &Thread{interp: in, host: host, obs: obs}
	bm := &Module{Name: "builtins", Globals: in.builtins}
	in.builtins.SetStr("__name__", Str("builtins"))
	_ = in.modules.Set(nil, Str("builtins"), bm)
	return in
}

// Thread returns the main thread, for calling Python code from Go (atexit
// callbacks, excepthook) after or around RunMain.
func (in *Interpreter) Thread() *Thread { return in.main }

// Host returns the interpreter's host.
func (in *Interpreter) Host() Host { return in.host }

// Modules returns sys.modules.
func (in *Interpreter) Modules() *Dict { return in.modules }

// Builtins returns the builtins module's namespace.
func (in *Interpreter) Builtins() *Dict { return in.builtins }

// Main returns the __main__ module, or nil before RunMain.
func (in *Interpreter) Main() *Module {
	if v, ok := in.modules.GetStr("__main__"); ok {
		if m, ok := v.(*Module); ok {
			return m
		}
	}
	return nil
}

// RecursionLimit returns sys.getrecursionlimit().
func (in *Interpreter) RecursionLimit() int { return in.limit }

// SetRecursionLimit sets the recursion limit (sys.setrecursionlimit).
func (in *Interpreter) SetRecursionLimit(n int) { in.limit = min(n, 20000) }

// id returns the deterministic fake address of v.
func (in *Interpreter) id(v Value) uint64 {
	key := identityKey(v)
	if id, ok := in.ids[key]; ok {
		return id
	}
	id := in.nextID
	in.nextID += 0x30
	in.ids[key] = id
	return id
}

func identityKey(v Value) any {
	if tu, ok := v.(Tuple); ok {
		if len(tu) == 0 {
			return "()"
		}
		return &tu[0]
	}
	return v
}

// RunSource parses, resolves and runs src as the __main__ module.
func (in *Interpreter) RunSource(filename string, src []byte) Outcome {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return Outcome{Syntax: se}
		}
		return Outcome{Internal: err}
	}
	return in.RunMain(mod, filename, src)
}

// RunMain runs a parsed module as __main__.
func (in *Interpreter) RunMain(mod *syntax.Module, filename string, src []byte) (out Outcome) {
	defer func() {
		if r := recover(); r != nil {
			out = Outcome{Internal: printf.Errorf("internal error: %v\n%s", r, debug.Stack())}
		}
	}()
	t := in.main
	if _, err := in.importModule(t, "sys"); err != nil {
		return outcomeOf(err)
	}
	m := NewModule("__main__")
	m.SetAttr("__builtins__", &Module{Name: "builtins", Globals: in.builtins})
	m.SetAttr("__file__", Str(filename))
	_ = in.modules.Set(nil, Str("__main__"), m)
	code, err := compileModule(mod, filename, src)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return Outcome{Syntax: se}
		}
		return Outcome{Internal: err}
	}
	for _, w := range code.warnings {
		if _, err := in.host.Write(2, []byte(w)); err != nil {
			return outcomeOf(err)
		}
	}
	_, err = t.runModuleCode(code, m)
	return outcomeOf(err)
}

func outcomeOf(err error) Outcome {
	switch e := err.(type) {
	case nil:
		return Outcome{}
	case *Exception:
		return Outcome{Exc: e}
	case *HardStop:
		return Outcome{Stop: e}
	case *syntax.Error:
		return Outcome{Syntax: e}
	}
	return Outcome{Internal: err}
}

// Source is the text of one module, split into lines for tracebacks.
type Source struct {
	Filename string
	Lines    []string
	// Native marks library code standing in for C: tracebacks skip its
	// frames.
	Native bool
}

// Line returns line n (1-based) or "".
func (s *Source) Line(n int) string {
	if s == nil || n < 1 || n > len(s.Lines) {
		return ""
	}
	return s.Lines[n-1]
}

func compileModule(mod *syntax.Module, filename string, src []byte) (*Code, error) {
	info, err := compile.Resolve(mod, filename, src)
	if err != nil {
		return nil, err
	}
	source := &Source{Filename: filename, Lines: strings.Split(string(src), "\n")}
	c := &compiler{info: info, src: source}
	code := c.module(mod)
	code.warnings = c.warnings
	return code, nil
}

func (in *Interpreter) execSource(name string, src []byte, kind sourceKind) (*Module, error) {
	filename := "<stdlib>/" + name + ".py"
	if kind == frozenSource {
		filename = "<frozen " + name + ">"
	}
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	code, err := compileModule(mod, filename, src)
	if err != nil {
		return nil, err
	}
	code.Source.Native = kind == nativeSource
	m := NewModule(name)
	if kind == frozenSource {
		code.Source.Lines = nil
		m.frozen = true
	} else {
		m.SetAttr("__file__", Str(filename))
	}
	_ = in.modules.Set(nil, Str(name), m)
	if _, err := in.main.runModuleCode(code, m); err != nil {
		_, _, _ = in.modules.Delete(nil, Str(name))
		return nil, err
	}
	return m, nil
}

// sourceKind says how a library module written in Python appears in
// tracebacks.
type sourceKind uint8

const (
	stdlibSource sourceKind = iota // "<stdlib>/NAME.py", with source lines
	nativeSource                   // stands in for C: frames left out
	frozenSource                   // "<frozen NAME>", without source lines
)

// Thread is a thread of Python execution: its frame stack and the state
// CPython keeps per thread (the exception being handled, call depth).
type Thread struct {
	interp *Interpreter
	host   Host
	obs    Observer
	frame  *Frame
	depth  int
	// handling is the exception currently being handled (sys.exc_info()).
	handling  *Exception
	reprDepth int
	reprStack []Value
	// Steps counts executed steps.
	Steps int64
	// nexts counts iterator steps, so that loops inside built-ins (sum,
	// any, a comprehension over range) are charged too: see Next.
	nexts uint32
}

// Interp returns the thread's interpreter.
func (t *Thread) Interp() *Interpreter { return t.interp }

// Depth returns the current Python call depth (0 at module level).
func (t *Thread) Depth() int { return t.depth }

// Frame returns the innermost running frame, or nil.
func (t *Thread) Frame() *Frame { return t.frame }

// Handling returns the exception currently being handled, or nil.
func (t *Thread) Handling() *Exception { return t.handling }

// Call calls a Python callable with positional arguments.
func (t *Thread) Call(fn Value, args ...Value) (Value, error) { return t.CallKw(fn, args, nil) }

func (t *Thread) observe(e *Event) {
	if fr := t.frame; fr != nil {
		e.Func = fr.Code.Name
	}
	e.Depth = t.depth
	t.obs.Observe(t, e)
}

// tick counts a step and lets the host act.
func (t *Thread) tick() error {
	t.Steps++
	return t.host.Tick(t, 1)
}

func (t *Thread) runModuleCode(code *Code, m *Module) (Value, error) {
	fr := &Frame{Code: code, Globals: m.Globals, Back: t.frame, thread: t}
	if code.NSlots > 0 {
		fr.Locals = make([]Value, code.NSlots)
	}
	t.frame = fr
	defer func() { t.frame = fr.Back }()
	_, err := code.body(fr)
	if err != nil {
		return nil, err
	}
	return None, nil
}

// Frame is one activation of Python code.
type Frame struct {
	Code    *Code
	Locals  []Value
	Globals *Dict
	// NS is the namespace of a class body, nil elsewhere.
	NS   *Dict
	Back *Frame
	// node is the statement running now (for f_lineno).
	node syntax.Node
	// calling is the call expression whose callee is running now, if any.
	calling syntax.Node
	retval  Value
	gen     *Generator
	thread  *Thread
	// iters are the iterators of the for loops and the managers of the
	// with statements running in the frame, which the collector sees as
	// roots.
	iters []Value
	// small holds Locals for functions with few slots, saving an
	// allocation per call.
	small [smallFrame]Value
}

// smallFrame is the number of local slots a Frame holds without a
// separate allocation.
const smallFrame = 6

// newFrame returns a frame for code with its local slots.
func newFrame(t *Thread, code *Code, globals *Dict) *Frame {
	fr := &Frame{Code: code, Globals: globals, thread: t}
	if code.NSlots <= smallFrame {
		fr.Locals = fr.small[:code.NSlots:code.NSlots]
	} else {
		fr.Locals = make([]Value, code.NSlots)
	}
	return fr
}

// Type returns frame.
func (*Frame) Type() *Type { return FrameType }

// Line returns the line the frame is executing.
func (fr *Frame) Line() int {
	if fr.node == nil {
		return fr.Code.FirstLine
	}
	return fr.node.Span().Line
}

// Calling returns the call expression of the frame's code whose callee is
// running now (a host event during it belongs to that call), or nil.
func (fr *Frame) Calling() syntax.Node { return fr.calling }

// Code is a compiled code block (a module, class body, function, lambda or
// comprehension).
type Code struct {
	Name, Qualname string
	Source         *Source
	FirstLine      int
	Scope          *compile.Scope
	NSlots         int
	// parameters
	NPosOnly, NArgs, NKwOnly int
	VarArgs, VarKw           bool
	ParamNames               []string
	body                     func(fr *Frame) (ctl, error)
	doc                      Value
	// cleanup reports that closing a generator of this code runs Python
	// code: its body has a try or with statement.
	cleanup bool
	// warnings are a module's SyntaxWarnings, printed before it runs.
	warnings []string
}

// Type returns code.
func (*Code) Type() *Type { return CodeType }

// Function is a Python function object.
type Function struct {
	Code       *Code
	Globals    *Dict
	Defaults   Tuple
	KwDefaults map[string]Value
	Closure    []*Cell
	Name       string
	Qualname   string
	Dict       *Dict
}

// Type returns function.
func (*Function) Type() *Type { return FunctionType }

// Import is the import statement: it returns sys.modules[name], running
// the module's initializer on first use.
func (in *Interpreter) Import(t *Thread, name string) (Value, error) { return in.importModule(t, name) }
