// Package compile resolves the names of a parsed Python module.
//
// It is the middle phase of the engine (syntax → compile → vm), in the
// spirit of starlark-go's resolve package: it walks the syntax tree once,
// builds the scope of every module, class body, function, lambda and
// comprehension, and decides for every *syntax.Name whether it is a fast
// local slot, a cell (a local captured by an inner function, or a free
// variable of this one), a global/builtin, a class-namespace name, or a
// class-body reference to an enclosing function's cell. It also reports the
// structural errors CPython's compiler raises as SyntaxError ("'return'
// outside function", "'break' outside loop", "no binding for nonlocal 'x'
// found", …) with their positions.
//
// The executable form itself is built by package vm, which compiles each
// resolved function body into a tree of Go closures. Closures were chosen
// over bytecode because they keep every step tied to its syntax node (the
// span a traceback underlines), make an explicit unwind reason (exception,
// return, break, continue, hard stop) the ordinary return value of a
// statement, and need no separate operand stack; the vm keeps locals in
// slots numbered here, so no map is consulted for a local variable.
// Keeping the value-independent resolution here lets both the vm and tools
// (the trace viewer's step map) share one answer to "what does this name
// mean".
package compile
