//go:build !js

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/exitplay/exitplay/server"
)

// startServer runs serve on a free port and returns its base URL and a stop
// function that shuts it down and waits for serve to return.
func startServer(t *testing.T, dbPath string, log io.Writer) (string, func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrs := make(chan net.Addr, 1)
	done := make(chan error, 1)
	logger := slog.New(slog.NewTextHandler(log, nil))
	go func() {
		done <- serve(ctx, "127.0.0.1:0", dbPath, server.Options{}, logger, func(a net.Addr) { addrs <- a })
	}()
	select {
	case a := <-addrs:
		return "http://" + a.String(), func() error { cancel(); return <-done }
	case err := <-done:
		cancel()
		t.Fatalf("serve failed to start: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	return "", nil
}

func TestSharedSnippetSurvivesRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "exitplay.db")
	var log bytes.Buffer

	base, stop := startServer(t, db, &log)
	resp, err := http.Post(base+"/api/share", "application/json", strings.NewReader(`{"code":"import sys\nsys.exit(3)\n"}`))
	if err != nil {
		t.Fatal(err)
	}
	var shared struct{ ID string }
	json.NewDecoder(resp.Body).Decode(&shared)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || shared.ID == "" {
		t.Fatalf("share: status %d, id %q", resp.StatusCode, shared.ID)
	}
	if err := stop(); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	for _, step := range []string{"no longer accepting", "in-flight requests drained", "store closed", "exiting 0"} {
		if !strings.Contains(log.String(), step) {
			t.Errorf("shutdown log lacks %q:\n%s", step, log.String())
		}
	}

	base, stop = startServer(t, db, io.Discard)
	defer stop()
	resp, err = http.Get(base + "/api/snippets/" + shared.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct{ Code string }
	json.NewDecoder(resp.Body).Decode(&got)
	if resp.StatusCode != http.StatusOK || got.Code != "import sys\nsys.exit(3)\n" {
		t.Fatalf("after restart: status %d, code %q", resp.StatusCode, got.Code)
	}
}

func TestShutdownDrainsInFlightRequests(t *testing.T) {
	base, stop := startServer(t, filepath.Join(t.TempDir(), "x.db"), io.Discard)
	// A slow client: send headers and half a body, then finish after
	// shutdown has begun. The request must still be answered.
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"code":"print(1)"}`
	io.WriteString(conn, "POST /api/share HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "+
		strconv.Itoa(len(body))+"\r\nConnection: close\r\n\r\n"+body[:5])
	time.Sleep(100 * time.Millisecond) // the server is now reading the body
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	time.Sleep(100 * time.Millisecond)
	io.WriteString(conn, body[5:])
	reply, _ := io.ReadAll(conn)
	if !strings.HasPrefix(string(reply), "HTTP/1.1 201") {
		t.Fatalf("in-flight request got %q", reply)
	}
	if err := <-stopped; err != nil {
		t.Fatalf("shutdown: %v", err)
	}
}
