package syntax

import (
	"strings"
	"sync"
)

//go:generate sh -c "cd testdata && python3 gen_names.py"

var (
	namesOnce sync.Once
	names     map[string]rune
)

// lookupName returns the character with Unicode name name (any case), for
// the blocks listed in nameRanges.
func lookupName(name string) (rune, bool) {
	namesOnce.Do(func() {
		names = make(map[string]rune, 1300)
		for _, r := range nameRanges {
			c := r.first
			for n := range strings.SplitSeq(r.names, "\n") {
				if n != "" {
					names[n] = c
				}
				c++
			}
		}
	})
	c, ok := names[strings.ToUpper(name)]
	return c, ok
}
