package syntax

// Visitor is called by Walk for every node. If Visit returns a non-nil
// visitor w, Walk visits the node's children with w and then calls
// w.Visit(nil).
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree rooted at n in depth-first source order.
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	walkChildren(v, n)
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at n, calling f for each node and, after
// a node's children, f(nil). If f returns false the node's children are
// skipped.
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}

func walkStmts(v Visitor, list []Stmt) {
	for _, s := range list {
		Walk(v, s)
	}
}

func walkExprs(v Visitor, list []Expr) {
	for _, e := range list {
		if e != nil { // Dict keys and KwDefaults may hold nil
			Walk(v, e)
		}
	}
}

func walkOpt(v Visitor, e Expr) {
	if e != nil {
		Walk(v, e)
	}
}

func walkComps(v Visitor, gens []*Comprehension) {
	for _, g := range gens {
		Walk(v, g)
	}
}

func walkArgs(v Visitor, args []*Arg) {
	for _, a := range args {
		Walk(v, a)
	}
}

func walkChildren(v Visitor, n Node) {
	switch n := n.(type) {
	case *Module:
		walkStmts(v, n.Body)
	case *FunctionDef:
		walkExprs(v, n.DecoratorList)
		Walk(v, n.Args)
		walkOpt(v, n.Returns)
		walkStmts(v, n.Body)
	case *ClassDef:
		walkExprs(v, n.DecoratorList)
		walkExprs(v, n.Bases)
		for _, k := range n.Keywords {
			Walk(v, k)
		}
		walkStmts(v, n.Body)
	case *Return:
		walkOpt(v, n.Value)
	case *Delete:
		walkExprs(v, n.Targets)
	case *Assign:
		walkExprs(v, n.Targets)
		Walk(v, n.Value)
	case *AugAssign:
		Walk(v, n.Target)
		Walk(v, n.Value)
	case *AnnAssign:
		Walk(v, n.Target)
		Walk(v, n.Annotation)
		walkOpt(v, n.Value)
	case *For:
		Walk(v, n.Target)
		Walk(v, n.Iter)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *While:
		Walk(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *If:
		Walk(v, n.Test)
		walkStmts(v, n.Body)
		walkStmts(v, n.Orelse)
	case *With:
		for _, it := range n.Items {
			Walk(v, it)
		}
		walkStmts(v, n.Body)
	case *Raise:
		walkOpt(v, n.Exc)
		walkOpt(v, n.Cause)
	case *Try:
		walkStmts(v, n.Body)
		for _, h := range n.Handlers {
			Walk(v, h)
		}
		walkStmts(v, n.Orelse)
		walkStmts(v, n.Finalbody)
	case *Assert:
		Walk(v, n.Test)
		walkOpt(v, n.Msg)
	case *Import:
		for _, a := range n.Names {
			Walk(v, a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Walk(v, a)
		}
	case *ExprStmt:
		Walk(v, n.Value)
	case *BoolOp:
		walkExprs(v, n.Values)
	case *NamedExpr:
		Walk(v, n.Target)
		Walk(v, n.Value)
	case *BinOp:
		Walk(v, n.Left)
		Walk(v, n.Right)
	case *UnaryOp:
		Walk(v, n.Operand)
	case *Lambda:
		Walk(v, n.Args)
		Walk(v, n.Body)
	case *IfExp:
		Walk(v, n.Test)
		Walk(v, n.Body)
		Walk(v, n.Orelse)
	case *Dict:
		for i, k := range n.Keys {
			walkOpt(v, k)
			Walk(v, n.Values[i])
		}
	case *Set:
		walkExprs(v, n.Elts)
	case *ListComp:
		Walk(v, n.Elt)
		walkComps(v, n.Generators)
	case *SetComp:
		Walk(v, n.Elt)
		walkComps(v, n.Generators)
	case *DictComp:
		Walk(v, n.Key)
		Walk(v, n.Value)
		walkComps(v, n.Generators)
	case *GeneratorExp:
		Walk(v, n.Elt)
		walkComps(v, n.Generators)
	case *Yield:
		walkOpt(v, n.Value)
	case *YieldFrom:
		Walk(v, n.Value)
	case *Compare:
		Walk(v, n.Left)
		walkExprs(v, n.Comparators)
	case *Call:
		Walk(v, n.Func)
		walkExprs(v, n.Args)
		for _, k := range n.Keywords {
			Walk(v, k)
		}
	case *FormattedValue:
		Walk(v, n.Value)
		walkOpt(v, n.FormatSpec)
	case *JoinedStr:
		walkExprs(v, n.Values)
	case *Attribute:
		Walk(v, n.Value)
	case *Subscript:
		Walk(v, n.Value)
		Walk(v, n.Slice)
	case *Starred:
		Walk(v, n.Value)
	case *List:
		walkExprs(v, n.Elts)
	case *Tuple:
		walkExprs(v, n.Elts)
	case *Slice:
		walkOpt(v, n.Lower)
		walkOpt(v, n.Upper)
		walkOpt(v, n.Step)
	case *Arguments:
		walkArgs(v, n.Posonlyargs)
		walkArgs(v, n.Args)
		if n.Vararg != nil {
			Walk(v, n.Vararg)
		}
		walkArgs(v, n.Kwonlyargs)
		if n.Kwarg != nil {
			Walk(v, n.Kwarg)
		}
		walkExprs(v, n.Defaults)
		walkExprs(v, n.KwDefaults)
	case *Arg:
		walkOpt(v, n.Annotation)
	case *Keyword:
		Walk(v, n.Value)
	case *WithItem:
		Walk(v, n.ContextExpr)
		walkOpt(v, n.OptionalVars)
	case *Comprehension:
		Walk(v, n.Target)
		Walk(v, n.Iter)
		walkExprs(v, n.Ifs)
	case *ExceptHandler:
		walkOpt(v, n.Type)
		walkStmts(v, n.Body)
	}
}
