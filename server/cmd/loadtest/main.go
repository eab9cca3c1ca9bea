// Command loadtest measures the server under concurrent load: for each
// endpoint it keeps N connections busy for a fixed time and reports
// requests per second, latency percentiles and errors. It only ever talks
// to the address it is given (make loadtest starts a server on 127.0.0.1).
//
//	loadtest [-url http://127.0.0.1:18090] [-c 50] [-d 10s]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sync"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:18090", "server base URL (loopback only)")
	conns := flag.Int("c", 50, "concurrent connections")
	duration := flag.Duration("d", 10*time.Second, "duration per endpoint")
	flag.Parse()
	if u, err := url.Parse(*base); err != nil || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost" && u.Hostname() != "::1") {
		fmt.Fprintln(os.Stderr, "loadtest: -url must be a loopback address")
		os.Exit(2)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *conns}, Timeout: 30 * time.Second}

	// A snippet to read back through its permalink.
	id, err := share(client, *base, "import sys\nprint('hello')\nsys.exit(3)\n")
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest: cannot share the seed snippet:", err)
		os.Exit(1)
	}
	endpoints := []struct {
		name string
		hit  func(worker, i int) error
	}{
		{"GET /p/{id}", func(int, int) error { return get(client, *base+"/p/"+id) }},
		{"POST /api/share", func(w, i int) error {
			_, err := share(client, *base, fmt.Sprintf("print(%d)\n", w*1_000_000+i))
			return err
		}},
		{"POST /api/run", func(int, int) error {
			return post(client, *base+"/api/run", `{"code":"import atexit, sys\natexit.register(print, 'bye')\nfor i in range(100):\n    pass\nsys.exit(2)\n","stdout":"pipe"}`, http.StatusOK)
		}},
	}
	failed := false
	fmt.Printf("%-18s %8s %10s %10s %10s %8s\n", "endpoint", "req/s", "p50", "p99", "max", "errors")
	for _, e := range endpoints {
		r := measure(*conns, *duration, e.hit)
		fmt.Printf("%-18s %8.0f %10s %10s %10s %8d\n", e.name, r.rate, r.p50, r.p99, r.max, r.errors)
		if r.errors > 0 {
			fmt.Fprintf(os.Stderr, "  first error: %v\n", r.firstErr)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

type report struct {
	rate          float64
	p50, p99, max time.Duration
	errors        int
	firstErr      error
}

// measure runs hit from conns goroutines for d and summarises latencies.
func measure(conns int, d time.Duration, hit func(worker, i int) error) report {
	var (
		mu        sync.Mutex
		latencies []time.Duration
		r         report
		wg        sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(d)
	for w := 0; w < conns; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []time.Duration
			for i := 0; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				err := hit(w, i)
				mine = append(mine, time.Since(t0))
				if err != nil {
					mu.Lock()
					if r.errors == 0 {
						r.firstErr = err
					}
					r.errors++
					mu.Unlock()
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(latencies)
	if n := len(latencies); n > 0 {
		r.rate = float64(n) / elapsed.Seconds()
		r.p50 = latencies[n/2].Round(time.Microsecond)
		r.p99 = latencies[n*99/100].Round(time.Microsecond)
		r.max = latencies[n-1].Round(time.Microsecond)
	}
	return r
}

func share(client *http.Client, base, code string) (string, error) {
	body, _ := json.Marshal(map[string]string{"code": code})
	resp, err := client.Post(base+"/api/share", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var got struct{ ID string }
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusCreated {
		return "", fmt.Errorf("share: status %d", resp.StatusCode)
	}
	return got.ID, nil
}

func get(client *http.Client, u string) error {
	resp, err := client.Get(u)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: status %d", u, resp.StatusCode)
	}
	return nil
}

func post(client *http.Client, u, body string, want int) error {
	resp, err := client.Post(u, "application/json", bytes.NewReader([]byte(body)))
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != want {
		return fmt.Errorf("POST %s: status %d", u, resp.StatusCode)
	}
	return nil
}
