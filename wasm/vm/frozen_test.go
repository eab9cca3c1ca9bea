package vm

import (
	"strings"
	"testing"
)

func TestPlaceLines(t *testing.T) {
	src := "a = 1\n#@ 5\nb = 2\n    #@ 6\nc = 3\n"
	got := strings.Split(placeLines("m", src), "\n")
	for line, want := range map[int]string{1: "a = 1", 5: "b = 2", 6: "c = 3"} {
		if got[line-1] != want {
			t.Errorf("line %d = %q, want %q (all: %q)", line, got[line-1], want, got)
		}
	}
}

func TestPlaceLinesBackwards(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("placing line 2 at line 1 did not panic")
		}
	}()
	placeLines("m", "a = 1\nb = 2\n#@ 1\nc = 3\n")
}
