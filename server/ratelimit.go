package server

import (
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// clientLimiter is a per-client token bucket (golang.org/x/time/rate),
// keyed by the client's IP address. Idle clients are forgotten.
//
// On Cloudflare Workers each request runs in a fresh instance, so this
// in-memory limiter cannot see repeat clients; there the equivalent is a
// Workers rate-limiting rule on /api/* (see the README).
type clientLimiter struct {
	mu      sync.Mutex
	every   rate.Limit
	burst   int
	clients map[string]*clientBucket
	swept   time.Time
}

type clientBucket struct {
	limiter *rate.Limiter
	seen    time.Time
}

func newClientLimiter(perMinute, burst int) *clientLimiter {
	return &clientLimiter{every: rate.Limit(float64(perMinute) / 60), burst: burst, clients: map[string]*clientBucket{}}
}

// allow reports whether the client may make a request now and, if not,
// how long it should wait.
func (c *clientLimiter) allow(client string, now time.Time) (bool, time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now.Sub(c.swept) > time.Minute {
		for k, b := range c.clients {
			if now.Sub(b.seen) > 10*time.Minute {
				delete(c.clients, k)
			}
		}
		c.swept = now
	}
	b := c.clients[client]
	if b == nil {
		b = &clientBucket{limiter: rate.NewLimiter(c.every, c.burst)}
		c.clients[client] = b
	}
	b.seen = now
	res := b.limiter.ReserveN(now, 1)
	if delay := res.DelayFrom(now); delay > 0 {
		res.CancelAt(now)
		return false, delay
	}
	return true, 0
}

// limit wraps a handler with the client limiter.
func (c *clientLimiter) limit(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ok, wait := c.allow(clientIP(r), time.Now())
		if !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(wait/time.Second)+1))
			writeError(w, http.StatusTooManyRequests, "too many requests; slow down")
			return
		}
		next(w, r)
	}
}

// clientIP is the request's remote IP. Behind Cloudflare the connecting IP
// header names the real client.
func clientIP(r *http.Request) string {
	if ip := r.Header.Get("CF-Connecting-IP"); ip != "" {
		return ip
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
