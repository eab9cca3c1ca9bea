//go:build !js

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary act as the server: with EXITPLAY_TEST_SERVE
// set it runs `exitplay serve` with those arguments, so tests can start and
// kill a real server process without building another binary.
func TestMain(m *testing.M) {
	if args := os.Getenv("EXITPLAY_TEST_SERVE"); args != "" {
		os.Exit(dispatch(append([]string{"serve"}, strings.Fields(args)...), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// startProcess runs the server as a child process on a free port.
// Its log goes to logw (nil discards it).
func startProcess(t *testing.T, db string, logw io.Writer) (*exec.Cmd, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "EXITPLAY_TEST_SERVE=--addr "+addr+" --db "+db)
	cmd.Stderr = logw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			return cmd, base
		}
	}
	cmd.Process.Kill()
	t.Fatal("server did not come up")
	return nil, ""
}

// TestKill9DuringShareBurstLosesNothingAcknowledged shares snippets from
// several clients, kills the server with SIGKILL mid-burst, restarts it on
// the same database and reads back every snippet whose share was answered.
func TestKill9DuringShareBurstLosesNothingAcknowledged(t *testing.T) {
	if testing.Short() {
		t.Skip("starts server processes")
	}
	db := filepath.Join(t.TempDir(), "exitplay.db")
	cmd, base := startProcess(t, db, nil)

	type ack struct{ id, code string }
	var (
		mu    sync.Mutex
		acked []ack
		wg    sync.WaitGroup
		stop  = make(chan struct{})
	)
	client := &http.Client{Timeout: 5 * time.Second}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				code := fmt.Sprintf("print(%d, %d)\n", w, i)
				body, _ := json.Marshal(map[string]string{"code": code})
				resp, err := client.Post(base+"/api/share", "application/json", strings.NewReader(string(body)))
				if err != nil {
					continue // the server is gone; unacknowledged shares may be lost
				}
				var got struct{ ID string }
				json.NewDecoder(resp.Body).Decode(&got)
				resp.Body.Close()
				if resp.StatusCode == http.StatusCreated {
					mu.Lock()
					acked = append(acked, ack{got.ID, code})
					mu.Unlock()
				}
			}
		}(w)
	}
	time.Sleep(time.Second)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	close(stop)
	wg.Wait()
	if len(acked) < 10 {
		t.Fatalf("only %d shares were acknowledged before the kill; the test proves nothing", len(acked))
	}

	cmd, base = startProcess(t, db, nil)
	defer func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() }()
	for _, a := range acked {
		resp, err := client.Get(base + "/api/snippets/" + a.id)
		if err != nil {
			t.Fatal(err)
		}
		var got struct{ Code string }
		json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || got.Code != a.code {
			t.Errorf("acknowledged snippet %s (%q) after kill -9: status %d, code %q", a.id, a.code, resp.StatusCode, got.Code)
		}
	}
	t.Logf("%d acknowledged shares all survived kill -9", len(acked))
}

// TestSIGTERMExitsZero sends SIGTERM to a real server process: it must log
// the shutdown steps and exit 0.
func TestSIGTERMExitsZero(t *testing.T) {
	if testing.Short() {
		t.Skip("starts server processes")
	}
	var log strings.Builder
	cmd, _ := startProcess(t, filepath.Join(t.TempDir(), "x.db"), &log)
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("server exited with %v, want status 0\n%s", err, log.String())
	}
	for _, step := range []string{"signal received", "drained", "store closed", "exiting 0"} {
		if !strings.Contains(log.String(), step) {
			t.Errorf("shutdown log lacks %q:\n%s", step, log.String())
		}
	}
}
