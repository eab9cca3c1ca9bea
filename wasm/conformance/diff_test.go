package conformance

import (
	"fmt"
	"strings"
)

// maxDiffCells bounds the line-matching table of lineDiff; larger inputs get
// a diff of the region around their first difference only.
const maxDiffCells = 4_000_000

// lineDiff returns a unified-style diff of want and got: unchanged lines
// start with two spaces, lines only in want with "- ", lines only in got
// with "+ ". Runs of more than 2*context unchanged lines are elided. Line
// ends and other invisible characters are shown with %q quoting.
func lineDiff(want, got string, context int) string {
	a, b := splitLines(want), splitLines(got)
	// Drop the common prefix and suffix, keeping some context.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []diffOp
	for _, l := range a[max(0, pre-context):pre] {
		ops = append(ops, diffOp{' ', l})
	}
	ops = append(ops, middleDiff(a[pre:len(a)-suf], b[pre:len(b)-suf])...)
	for _, l := range a[len(a)-suf : min(len(a), len(a)-suf+context)] {
		ops = append(ops, diffOp{' ', l})
	}
	var sb strings.Builder
	if pre > context {
		fmt.Fprintf(&sb, "  … %d equal lines\n", pre-context)
	}
	run := 0
	for i, op := range ops {
		if op.kind == ' ' {
			run++
			// Elide the inside of long unchanged runs.
			if run > context && i+context < len(ops) && !changedWithin(ops[i:], context) {
				continue
			}
		} else {
			run = 0
		}
		fmt.Fprintf(&sb, "%c %s\n", op.kind, quoteLine(op.line))
	}
	if rest := suf - context; rest > 0 {
		fmt.Fprintf(&sb, "  … %d equal lines\n", rest)
	}
	return sb.String()
}

// diffOp is one line of a diff: kind is ' ', '-' or '+'.
type diffOp struct {
	kind rune
	line string
}

// changedWithin reports whether one of the first n+1 ops is a change.
func changedWithin(ops []diffOp, n int) bool {
	for i := 0; i <= n && i < len(ops); i++ {
		if ops[i].kind != ' ' {
			return true
		}
	}
	return false
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
		case j < len(b) && (i == len(a) || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, diffOp{'+', b[j]})
			j++
		default:
			ops = append(ops, diffOp{'-', a[i]})
			i++
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
