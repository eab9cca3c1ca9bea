// Package stdlib provides the pure-library Python modules of the
// playground: collections, contextlib, functools, gc, io (StringIO),
// itertools, keyword, math, random, string and traceback. Most are written
// in Python and compiled by the exitplay interpreter itself on first
// import (the most faithful way to get CPython's behaviour, including
// tracebacks that pass through library frames, except for io, which stands
// in for C code and stays out of tracebacks, and _collections_abc, the
// mapping ABCs os.environ builds on, which CPython freezes: its frames read
// "<frozen _collections_abc>"); math, gc, traceback and random's Mersenne
// Twister (_random) are written in Go.
//
// Importing the package (for its side effect) registers the modules with
// package vm.
package stdlib
