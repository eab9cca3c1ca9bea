package vm_test

import (
	"testing"

	. "github.com/exitplay/exitplay/wasm/vm"
)

func benchProgram(b *testing.B, src string) {
	b.Helper()
	for i := 0; i < b.N; i++ {
		h := NewMemHost("")
		in := New(h, nil, Options{})
		out := in.RunSource("bench.py", []byte(src))
		in.Shutdown()
		if out.Exc != nil || out.Internal != nil || out.Syntax != nil {
			b.Fatalf("benchmark program failed: %+v %s", out, h.Stderr.String())
		}
	}
}

func BenchmarkLoop(b *testing.B) {
	benchProgram(b, "def f():\n    s = 0\n    for i in range(100000):\n        s += i * 2\n    return s\nf()\n")
}

func BenchmarkWhile(b *testing.B) {
	benchProgram(b, "def f():\n    i = 0\n    while i < 100000:\n        i += 1\nf()\n")
}

func BenchmarkCalls(b *testing.B) {
	benchProgram(b, "def add(a, b):\n    return a + b\ndef f():\n    s = 0\n    for i in range(20000):\n        s = add(s, i)\nf()\n")
}

func BenchmarkMethodCalls(b *testing.B) {
	benchProgram(b, "class C:\n    def __init__(self):\n        self.n = 0\n    def inc(self):\n        self.n += 1\nc = C()\nfor i in range(20000):\n    c.inc()\n")
}

func BenchmarkListDict(b *testing.B) {
	benchProgram(b, "l = []\nd = {}\nfor i in range(10000):\n    l.append(i)\n    d[i] = l[-1]\nt = sum(d[k] for k in d)\n")
}

func BenchmarkStrings(b *testing.B) {
	benchProgram(b, "parts = []\nfor i in range(5000):\n    parts.append(f'item {i}')\ns = ', '.join(parts)\n")
}

func BenchmarkExceptions(b *testing.B) {
	benchProgram(b, "n = 0\nfor i in range(5000):\n    try:\n        raise ValueError(i)\n    except ValueError:\n        n += 1\n")
}

func BenchmarkGenerators(b *testing.B) {
	benchProgram(b, "def gen(n):\n    for i in range(n):\n        yield i\ntotal = 0\nfor x in gen(5000):\n    total += x\n")
}

func BenchmarkClosures(b *testing.B) {
	benchProgram(b, "def make():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\nf = make()\nfor i in range(20000):\n    f()\n")
}
