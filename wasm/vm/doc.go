// Package vm runs Python 3.11 programs: the object model (values, types,
// classes, exceptions), the evaluator, tracebacks and the built-ins.
//
// A module is parsed by package syntax and resolved by package compile;
// this package then compiles every function body into a tree of Go
// closures (see compile's package comment for why) and runs it on a
// Thread. Python exceptions travel as Go errors of type *Exception; a
// *HardStop error from the Host (os._exit, a fatal signal, a budget) also
// travels up every frame but no except clause, finally block or __exit__
// ever sees it. Control flow inside a frame (return, break, continue) is an
// explicit unwind reason returned by each statement.
//
// The operating system is reached only through the Host interface;
// execution can be watched through an Observer. Built-in modules register
// themselves with RegisterModule, RegisterSource or RegisterNativeSource.
//
// Classes may derive from object, the exceptions and the built-in types
// int, float, str, bytes, tuple, list, dict, set and frozenset; an
// instance of the latter carries the built-in value its inherited methods
// and operators act on (subclass.go).
//
// Resources: the host's Tick bounds the number of steps; Options.MaxAlloc
// bounds what one operation may build (a bigger string, list, bytes or int
// is a MemoryError), and big-integer arithmetic is charged in steps by its
// cost (CheckAlloc, ChargeBig).
//
// Finalization: there are no reference counts, but __del__ methods and the
// cleanup of suspended generators run when CPython would run them. An
// object that may have lost its last reference (rebinding, del, a frame
// returning, a discarded temporary, ...) is checked at the next statement
// boundary by tracing from the roots (finalize.go); objects in reference
// cycles wait for CollectCycles. Hosts finalize their own objects with
// OnRelease, and call ReleaseUnreachable and CollectCycles during the
// shutdown sequence.
package vm
