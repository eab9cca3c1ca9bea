package conformance

import (
	"fmt"
	"strings"
	"testing"
)

// maxDiffCells bounds the line-matching table of lineDiff; larger inputs get
// a diff of the region around their first difference only.
const maxDiffCells = 4_000_000

// lineDiff returns a unified-style diff of want and got: unchanged lines
// start with two spaces, lines only in want with "- ", lines only in got
// with "+ ". Unchanged lines further than context lines from a change are
// replaced by a count. Lines with invisible characters, or without a final
// newline, are shown %q-quoted.
func lineDiff(want, got string, context int) string {
	a, b := splitLines(want), splitLines(got)
	// Align only what lies between the common prefix and suffix.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []diffOp
	for _, l := range a[:pre] {
		ops = append(ops, diffOp{' ', l})
	}
	ops = append(ops, middleDiff(a[pre:len(a)-suf], b[pre:len(b)-suf])...)
	for _, l := range a[len(a)-suf:] {
		ops = append(ops, diffOp{' ', l})
	}
	// A line is shown when a change lies within context lines of it.
	shown := make([]bool, len(ops))
	for i, op := range ops {
		if op.kind != ' ' {
			for j := max(0, i-context); j <= min(len(ops)-1, i+context); j++ {
				shown[j] = true
			}
		}
	}
	var sb strings.Builder
	hidden := 0
	for i, op := range ops {
		if !shown[i] {
			hidden++
			continue
		}
		if hidden > 0 {
			fmt.Fprintf(&sb, "  … %d equal lines\n", hidden)
			hidden = 0
		}
		fmt.Fprintf(&sb, "%c %s\n", op.kind, quoteLine(op.line))
	}
	if hidden > 0 {
		fmt.Fprintf(&sb, "  … %d equal lines\n", hidden)
	}
	return sb.String()
}

// diffOp is one line of a diff: kind is ' ', '-' or '+'.
type diffOp struct {
	kind rune
	line string
}

// middleDiff aligns a and b by their longest common subsequence of lines.
func middleDiff(a, b []string) []diffOp {
	var ops []diffOp
	if len(a)*len(b) > maxDiffCells {
		for _, l := range a {
			ops = append(ops, diffOp{'-', l})
		}
		for _, l := range b {
			ops = append(ops, diffOp{'+', l})
		}
		return ops
	}
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, diffOp{' ', a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, diffOp{'-', a[i]})
			i++
		default:
			ops = append(ops, diffOp{'+', b[j]})
			j++
		}
	}
	return ops
}

// splitLines splits s after each "\n", keeping the line ends so that a
// missing final newline shows up in the diff.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// quoteLine prints a line as is when it is plain text ending in "\n", and
// quoted otherwise.
func quoteLine(l string) string {
	body, nl := strings.CutSuffix(l, "\n")
	plain := nl && !strings.ContainsFunc(body, func(r rune) bool { return r < ' ' && r != '\t' })
	if plain {
		return body
	}
	return fmt.Sprintf("%q", l)
}

func TestLineDiff(t *testing.T) {
	for _, tc := range []struct {
		name, want, got string
		context         int
		diff            string
	}{
		{"changed line", "a\nb\nc\n", "a\nB\nc\n", 3, "  a\n- b\n+ B\n  c\n"},
		{"missing final newline", "a\nb\n", "a\nb", 3, "  a\n- b\n+ \"b\"\n"},
		{"added line", "a\n", "a\nextra\n", 3, "  a\n+ extra\n"},
		{"two hunks", "1\n2\n3\n4\n5\n6\n", "x\n2\n3\n4\n5\ny\n", 1,
			"- 1\n+ x\n  2\n  … 2 equal lines\n  5\n- 6\n+ y\n"},
		{"control characters quoted", "x\r\n", "x\n", 3, "- \"x\\r\\n\"\n+ x\n"},
		{"long equal runs elided",
			"1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", 1,
			"  … 3 equal lines\n  4\n- 5\n+ five\n  6\n  … 3 equal lines\n"},
	} {
		if got := lineDiff(tc.want, tc.got, tc.context); got != tc.diff {
			t.Errorf("%s: lineDiff =\n%s\nwant\n%s", tc.name, got, tc.diff)
		}
	}
}
