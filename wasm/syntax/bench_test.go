package syntax

import (
	"os"
	"testing"
)

// benchSource is a ~300-line program typical of the playground.
func benchSource(b *testing.B) []byte {
	src, err := os.ReadFile("testdata/bench.py")
	if err != nil {
		b.Fatal(err)
	}
	return src
}

func BenchmarkScan(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s := newScanner("bench.py", src, 0)
		s.scan()
		if s.err != nil {
			b.Fatal(s.err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseError measures a file with an error near its end, where
// CPython's rules make the parser look at the rest of the file.
func BenchmarkParseError(b *testing.B) {
	src := append(benchSource(b), "x = (1,\n"...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.py", src); err == nil {
			b.Fatal("no error")
		}
	}
}
