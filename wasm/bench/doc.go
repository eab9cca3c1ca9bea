// Package bench holds the engine's CPU benchmark programs (programs/*.py,
// each runnable with python3) and Go benchmarks that run them through
// sim.Run. The compare command times the same programs as whole processes
// under CPython and under `exitplay run` and reports the ratio (make bench).
package bench
