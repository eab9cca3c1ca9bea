// Package stdlib provides the pure-library Python modules of the
// playground: contextlib, functools, io (StringIO), math, string,
// traceback, itertools and collections. Most are written in Python and
// compiled by the exitplay interpreter itself on first import (the most
// faithful way to get CPython's behaviour, including tracebacks that pass
// through library frames); math and traceback are written in Go.
//
// Importing the package (for its side effect) registers the modules with
// package vm.
package stdlib
