package compile

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/syntax"
)

// Kind says where a resolved name lives at run time.
type Kind uint8

// Binding kinds.
const (
	// Local is a fast slot of the frame.
	Local Kind = iota
	// Cell is a frame slot holding a cell shared with inner or outer
	// functions (a cell variable or a free variable).
	Cell
	// Global is the module's globals, then the builtins.
	Global
	// Name is a class body's namespace, then the globals, then the
	// builtins (CPython's LOAD_NAME / STORE_NAME).
	Name
	// ClassDeref is a class body's namespace, then the enclosing
	// function's cell held in slot Index (CPython's LOAD_CLASSDEREF).
	ClassDeref
)

// Binding is the resolved meaning of a name in one scope.
type Binding struct {
	Kind  Kind
	Index int // slot for Local, Cell and ClassDeref
}

// ScopeKind distinguishes the kinds of code block.
type ScopeKind uint8

// Scope kinds.
const (
	ModuleScope ScopeKind = iota
	FunctionScope
	ClassScope
	ComprehensionScope
)

// Free is a free variable of a scope: the cell it needs from the scope
// that creates it (the enclosing function, or class body for __class__).
type Free struct {
	Name  string
	Slot  int // slot in this scope
	Outer int // slot in the parent scope that holds the cell
}

// Scope is one code block: a module, class body, function, lambda or
// comprehension.
type Scope struct {
	Kind ScopeKind
	// Name is CPython's co_name: "<module>", the function or class name,
	// "<lambda>", "<listcomp>", "<genexpr>", ...
	Name string
	// Qualname is the dotted __qualname__ of a function or class.
	Qualname string
	// Node is the syntax node the block comes from.
	Node syntax.Node
	// Parent is the enclosing scope, nil for the module.
	Parent *Scope
	// Slots names the frame slots: parameters first (in CPython's
	// co_varnames order), then other locals, then free variables.
	Slots []string
	// CellSlots lists the slots of locals that live in cells because an
	// inner scope captures them; the frame creates those cells on entry.
	CellSlots []int
	// Frees are the free variables, filled from the closure on entry.
	Frees []Free
	// Generator reports whether the block contains yield (or is a
	// generator expression).
	Generator bool
	// ClassCell is the slot of the implicit __class__ cell of a class body,
	// or -1.
	ClassCell int
	// Children are the scopes nested directly inside, in source order.
	Children []*Scope
	// Namespace marks module code run by exec or eval with its own
	// mapping of local names: its names resolve as in a class body (the
	// mapping, then the globals, then the builtins).
	Namespace bool

	syms     map[string]*symbol
	order    []string
	bindings map[string]Binding
	freeSlot map[string]int
	frees    []string // free variable names, in order of discovery
	params   int
	usesSup  bool
}

// symbol flags.
const (
	fAssigned = 1 << iota
	fUsed
	fParam
	fGlobal
	fNonlocal
	fWalrusOut // bound by := inside a comprehension: lives in the enclosing function
)

type symbol struct {
	flags int
	cls   Kind // classification after analysis
	free  bool // resolved to an enclosing scope's cell
	cell  bool // a local captured by an inner scope
	decl  syntax.Stmt
}

// Binding returns how name is resolved in this scope. Names the scope never
// mentions resolve like an implicit global (or class namespace name).
func (s *Scope) Binding(name string) Binding {
	if b, ok := s.bindings[name]; ok {
		return b
	}
	if s.Kind == ClassScope || s.Namespace {
		return Binding{Kind: Name}
	}
	return Binding{Kind: Global}
}

// Info is the result of resolving a module.
type Info struct {
	// Module is the scope of the module's top-level code.
	Module *Scope
	scopes map[syntax.Node]*Scope
}

// Scope returns the scope created by n: a *syntax.FunctionDef, *syntax.Lambda,
// *syntax.ClassDef, comprehension node or the *syntax.Module.
func (in *Info) Scope(n syntax.Node) *Scope { return in.scopes[n] }

// Resolve analyses the names of mod. src is the module's source, used to
// fill the source line of a SyntaxError. Errors are *syntax.Error values.
func Resolve(mod *syntax.Module, filename string, src []byte) (info *Info, err error) {
	return resolveModule(mod, filename, src, false)
}

// ResolveNamespace is Resolve for code that exec, eval or compile run
// with a mapping of local names (see Scope.Namespace).
func ResolveNamespace(mod *syntax.Module, filename string, src []byte) (info *Info, err error) {
	return resolveModule(mod, filename, src, true)
}

func resolveModule(mod *syntax.Module, filename string, src []byte, namespace bool) (info *Info, err error) {
	r := &resolver{info: &Info{scopes: map[syntax.Node]*Scope{}}, filename: filename, src: src}
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(*syntax.Error)
			if !ok {
				panic(e)
			}
			info, err = nil, se
		}
	}()
	m := r.newScope(ModuleScope, "<module>", "", mod, nil)
	m.Namespace = namespace
	r.info.Module = m
	r.cur = m
	r.stmts(mod.Body)
	r.analyze(m)
	return r.info, nil
}

type resolver struct {
	info     *Info
	filename string
	src      []byte
	cur      *Scope
	loops    int // enclosing loops in the current scope
}

func (r *resolver) fail(n syntax.Node, msg string) {
	sp := n.Span()
	line := ""
	lines := strings.Split(string(r.src), "\n")
	if sp.Line >= 1 && sp.Line <= len(lines) {
		line = lines[sp.Line-1]
	}
	endCol := sp.EndCol + 1
	if sp.EndLine != sp.Line {
		endCol = len([]rune(line)) + 1
	}
	panic(&syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: r.filename,
		Line: sp.Line, Col: sp.Col + 1, EndLine: sp.Line, EndCol: endCol, Text: line})
}

func (r *resolver) newScope(kind ScopeKind, name, qual string, n syntax.Node, parent *Scope) *Scope {
	s := &Scope{Kind: kind, Name: name, Qualname: qual, Node: n, Parent: parent, ClassCell: -1,
		syms: map[string]*symbol{}, bindings: map[string]Binding{}, freeSlot: map[string]int{}}
	if parent != nil {
		parent.Children = append(parent.Children, s)
	}
	r.info.scopes[n] = s
	return s
}

func (r *resolver) sym(name string) *symbol {
	s := r.cur
	sy := s.syms[name]
	if sy == nil {
		sy = &symbol{}
		s.syms[name] = sy
		s.order = append(s.order, name)
	}
	return sy
}

// checkTarget reports CPython's errors for starred assignment targets:
// a starred target alone, or more than one in a tuple or list. (The
// parser rejects a starred del target.)
func (r *resolver) checkTarget(tg syntax.Expr) {
	var elts []syntax.Expr
	switch t := tg.(type) {
	case *syntax.Starred:
		r.fail(t, "starred assignment target must be in a list or tuple")
	case *syntax.Tuple:
		elts = t.Elts
	case *syntax.List:
		elts = t.Elts
	default:
		return
	}
	starred := 0
	for _, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			starred++
			r.checkTarget(st.Value)
		} else {
			r.checkTarget(e)
		}
	}
	if starred > 1 {
		r.fail(tg, "multiple starred expressions in assignment")
	}
}

func (r *resolver) bind(n syntax.Node, name string) {
	r.sym(name).flags |= fAssigned
}

func (r *resolver) use(name string) {
	r.sym(name).flags |= fUsed
	if name == "super" {
		r.cur.usesSup = true
	}
}

// qualPrefix is the __qualname__ prefix for a definition in the current scope.
func (r *resolver) qualPrefix() string {
	s := r.cur
	switch s.Kind {
	case ModuleScope:
		return ""
	case ClassScope:
		return s.Qualname + "."
	}
	return s.Qualname + ".<locals>."
}

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) stmt(st syntax.Stmt) {
	switch s := st.(type) {
	case *syntax.FunctionDef:
		r.exprs(s.DecoratorList)
		r.arguments(s.Args)
		r.optExpr(s.Returns)
		r.function(s, s.Name, s.Args, func() { r.stmts(s.Body) })
		r.bind(s, s.Name)
	case *syntax.ClassDef:
		r.exprs(s.DecoratorList)
		r.exprs(s.Bases)
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		outer, loops := r.cur, r.loops
		cs := r.newScope(ClassScope, s.Name, r.qualPrefix()+s.Name, s, outer)
		r.cur, r.loops = cs, 0
		r.stmts(s.Body)
		r.cur, r.loops = outer, loops
		r.bind(s, s.Name)
	case *syntax.Return:
		if r.cur.Kind != FunctionScope {
			r.fail(s, "'return' outside function")
		}
		r.optExpr(s.Value)
	case *syntax.Delete:
		r.exprs(s.Targets)
	case *syntax.Assign:
		r.expr(s.Value)
		for _, tg := range s.Targets {
			r.checkTarget(tg)
		}
		r.exprs(s.Targets)
	case *syntax.AugAssign:
		r.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			r.use(n.Id)
			r.bind(n, n.Id)
		} else {
			r.expr(s.Target)
		}
	case *syntax.AnnAssign:
		r.optExpr(s.Value)
		if r.cur.Kind != FunctionScope {
			r.expr(s.Annotation)
		}
		if s.Value != nil || !s.Simple {
			r.expr(s.Target)
		} else if n, ok := s.Target.(*syntax.Name); ok {
			r.bind(n, n.Id)
		}
	case *syntax.For:
		r.expr(s.Iter)
		r.checkTarget(s.Target)
		r.expr(s.Target)
		r.loop(s.Body)
		r.stmts(s.Orelse)
	case *syntax.While:
		r.expr(s.Test)
		r.loop(s.Body)
		r.stmts(s.Orelse)
	case *syntax.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			r.optExpr(it.OptionalVars)
		}
		r.stmts(s.Body)
	case *syntax.Raise:
		r.optExpr(s.Exc)
		r.optExpr(s.Cause)
	case *syntax.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			r.optExpr(h.Type)
			if h.Name != "" {
				r.bind(h, h.Name)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Orelse)
		r.stmts(s.Finalbody)
	case *syntax.Assert:
		r.expr(s.Test)
		r.optExpr(s.Msg)
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			r.bind(a, name)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.Kind != ModuleScope {
					r.fail(s, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			r.bind(a, name)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			r.declare(s, name, fGlobal)
		}
	case *syntax.Nonlocal:
		if r.cur.Kind == ModuleScope {
			r.fail(s, "nonlocal declaration not allowed at module level")
		}
		for _, name := range s.Names {
			r.declare(s, name, fNonlocal)
		}
	case *syntax.ExprStmt:
		r.expr(s.Value)
	case *syntax.Pass:
	case *syntax.Break:
		if r.loops == 0 {
			r.fail(s, "'break' outside loop")
		}
	case *syntax.Continue:
		if r.loops == 0 {
			r.fail(s, "'continue' not properly in loop")
		}
	}
}

func (r *resolver) declare(st syntax.Stmt, name string, flag int) {
	word := "global"
	if flag == fNonlocal {
		word = "nonlocal"
	}
	if sy := r.cur.syms[name]; sy != nil {
		switch {
		case sy.flags&fParam != 0:
			r.fail(st, "name '"+name+"' is parameter and "+word)
		case flag == fGlobal && sy.flags&fNonlocal != 0, flag == fNonlocal && sy.flags&fGlobal != 0:
			r.fail(st, "name '"+name+"' is nonlocal and global")
		case sy.flags&fAssigned != 0 && sy.flags&flag == 0:
			r.fail(st, "name '"+name+"' is assigned to before "+word+" declaration")
		case sy.flags&fUsed != 0 && sy.flags&flag == 0:
			r.fail(st, "name '"+name+"' is used prior to "+word+" declaration")
		}
	}
	sy := r.sym(name)
	sy.flags |= flag
	if sy.decl == nil {
		sy.decl = st
	}
}

func (r *resolver) loop(body []syntax.Stmt) {
	r.loops++
	r.stmts(body)
	r.loops--
}

func (r *resolver) arguments(a *syntax.Arguments) {
	if a == nil {
		return
	}
	r.exprs(a.Defaults)
	r.exprs(a.KwDefaults)
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, p := range list {
			if p != nil {
				r.optExpr(p.Annotation)
			}
		}
	}
}

// function opens a function or lambda scope, declares its parameters and
// runs body inside it.
func (r *resolver) function(n syntax.Node, name string, a *syntax.Arguments, body func()) {
	outer, loops := r.cur, r.loops
	s := r.newScope(FunctionScope, name, r.qualPrefix()+name, n, outer)
	r.cur, r.loops = s, 0
	var params []*syntax.Arg
	params = append(params, a.Posonlyargs...)
	params = append(params, a.Args...)
	params = append(params, a.Kwonlyargs...)
	if a.Vararg != nil {
		params = append(params, a.Vararg)
	}
	if a.Kwarg != nil {
		params = append(params, a.Kwarg)
	}
	for _, p := range params {
		if sy := s.syms[p.Arg]; sy != nil {
			r.fail(p, "duplicate argument '"+p.Arg+"' in function definition")
		}
		r.sym(p.Arg).flags |= fParam | fAssigned
	}
	s.params = len(params)
	body()
	r.cur, r.loops = outer, loops
}

func (r *resolver) optExpr(e syntax.Expr) {
	if e != nil {
		r.expr(e)
	}
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			r.expr(e)
		}
	}
}

func (r *resolver) expr(ex syntax.Expr) {
	switch e := ex.(type) {
	case *syntax.Name:
		switch e.Ctx {
		case syntax.Load:
			r.use(e.Id)
		default:
			r.bind(e, e.Id)
		}
	case *syntax.BoolOp:
		r.exprs(e.Values)
	case *syntax.NamedExpr:
		r.expr(e.Value)
		name := e.Target.(*syntax.Name).Id
		if r.cur.Kind == ComprehensionScope {
			// The target belongs to the nearest enclosing non-comprehension scope.
			s := r.cur
			for s.Kind == ComprehensionScope {
				s = s.Parent
			}
			if s.Kind == ClassScope {
				r.fail(e, "assignment expression within a comprehension cannot be used in a class body")
			}
			saved := r.cur
			r.cur = s
			r.bind(e.Target, name)
			r.cur = saved
			r.sym(name).flags |= fWalrusOut
		} else {
			r.bind(e.Target, name)
		}
	case *syntax.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *syntax.UnaryOp:
		r.expr(e.Operand)
	case *syntax.Lambda:
		r.arguments(e.Args)
		r.function(e, "<lambda>", e.Args, func() { r.expr(e.Body) })
	case *syntax.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.Orelse)
	case *syntax.Dict:
		r.exprs(e.Keys)
		r.exprs(e.Values)
	case *syntax.Set:
		r.exprs(e.Elts)
	case *syntax.ListComp:
		r.comprehension(e, "<listcomp>", e.Generators, e.Elt)
	case *syntax.SetComp:
		r.comprehension(e, "<setcomp>", e.Generators, e.Elt)
	case *syntax.DictComp:
		r.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		r.comprehension(e, "<genexpr>", e.Generators, e.Elt)
	case *syntax.Yield:
		r.yield(e)
		r.optExpr(e.Value)
	case *syntax.YieldFrom:
		r.yield(e)
		r.expr(e.Value)
	case *syntax.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *syntax.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		for _, k := range e.Keywords {
			r.expr(k.Value)
		}
	case *syntax.FormattedValue:
		r.expr(e.Value)
		r.optExpr(e.FormatSpec)
	case *syntax.JoinedStr:
		r.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		r.expr(e.Value)
	case *syntax.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *syntax.Starred:
		r.expr(e.Value)
	case *syntax.List:
		r.exprs(e.Elts)
	case *syntax.Tuple:
		r.exprs(e.Elts)
	case *syntax.Slice:
		r.optExpr(e.Lower)
		r.optExpr(e.Upper)
		r.optExpr(e.Step)
	}
}

func (r *resolver) yield(e syntax.Expr) {
	switch r.cur.Kind {
	case FunctionScope:
		r.cur.Generator = true
	case ComprehensionScope:
		r.fail(e, "'yield' inside "+compWords[r.cur.Name])
	default:
		r.fail(e, "'yield' outside function")
	}
}

var compWords = map[string]string{
	"<listcomp>": "list comprehension", "<setcomp>": "set comprehension",
	"<dictcomp>": "dict comprehension", "<genexpr>": "generator expression",
}

// comprehension resolves a comprehension: the first iterable in the
// enclosing scope, everything else in a new function-like scope whose only
// parameter is the iterator ".0".
func (r *resolver) comprehension(n syntax.Expr, name string, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	r.expr(gens[0].Iter)
	outer, loops := r.cur, r.loops
	s := r.newScope(ComprehensionScope, name, r.qualPrefix()+name, n, outer)
	s.Generator = name == "<genexpr>"
	r.cur, r.loops = s, 0
	r.sym(".0").flags |= fParam | fAssigned
	s.params = 1
	for i, g := range gens {
		if i > 0 {
			r.expr(g.Iter)
		}
		r.expr(g.Target)
		r.exprs(g.Ifs)
	}
	r.exprs(elts)
	r.cur, r.loops = outer, loops
}
