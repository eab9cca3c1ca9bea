package server

import (
	"sync"

	"github.com/exitplay/exitplay/wasm/sim"
)

// resultCache keeps the engine results of recently viewed snippets. A
// stored snippet never changes and the engine is deterministic, so its
// result is the same until the server runs another engine version; a
// popular permalink then costs one run, not one per view. Runs stopped by
// a limit are not kept: the server's real-time limit may have been the one.
type resultCache struct {
	mu    sync.Mutex
	max   int
	items map[string]sim.Result
	order []string // insertion order, oldest first
}

func newResultCache(max int) *resultCache {
	return &resultCache{max: max, items: make(map[string]sim.Result, max)}
}

func (c *resultCache) get(id string) (sim.Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.items[id]
	return r, ok
}

func (c *resultCache) put(id string, r sim.Result) {
	if r.Reason == sim.ReasonInternalError || r.Reason == sim.ReasonLimit {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[id]; ok {
		return
	}
	if len(c.order) >= c.max {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.items[id] = r
	c.order = append(c.order, id)
}
