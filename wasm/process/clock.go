package process

// Epoch is the wall-clock time (Unix seconds) at which every simulated
// process starts: 2026-01-01 00:00:00 UTC. time.time() returns Epoch plus
// the virtual time.
const Epoch = 1767225600

// StepCostNS is the virtual time, in nanoseconds, that one executed step (a
// statement or a call) takes, so that busy loops reach scheduled signals:
// 100,000 steps make one virtual second.
const StepCostNS = 10_000

// Clock is the virtual clock of a process. Time only moves when the program
// executes steps or sleeps, so runs are reproducible. It counts whole
// nanoseconds so that repeated steps accumulate no rounding error.
type Clock struct {
	steps int64
	ns    int64 // nanoseconds since the process started
}

// Now returns the virtual time in seconds since the process started.
func (c *Clock) Now() float64 { return float64(c.ns) / 1e9 }

// NowNS returns the virtual time in nanoseconds since the process started.
func (c *Clock) NowNS() int64 { return c.ns }

// Steps returns the number of steps executed so far.
func (c *Clock) Steps() int64 { return c.steps }

// StepN counts n executed steps and advances time by n×StepCostNS.
func (c *Clock) StepN(n int) {
	c.steps += int64(n)
	c.ns += int64(n) * StepCostNS
}

// AdvanceTo moves time forward to t nanoseconds; it never moves backwards.
func (c *Clock) AdvanceTo(t int64) {
	if t > c.ns {
		c.ns = t
	}
}

// Seconds converts seconds to whole nanoseconds, rounding to nearest.
func Seconds(s float64) int64 {
	if s <= 0 {
		return 0
	}
	return int64(s*1e9 + 0.5)
}
