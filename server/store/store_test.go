//go:build !js

package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

func TestPutGetSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "db", "exitplay.db")
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	want := Record{ID: "abc123", Body: []byte(`{"code":"print(1)"}`), Engine: "0.1.0", Created: time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)}
	if err := s.Put(ctx, want); err != nil {
		t.Fatal(err)
	}
	// Storing the same ID again keeps the first body.
	if err := s.Put(ctx, Record{ID: "abc123", Body: []byte(`{}`), Engine: "9", Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = OpenSQLite(ctx, path) // migrations run again and must be a no-op
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Get(ctx, "abc123")
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Body) != string(want.Body) || got.Engine != want.Engine || !got.Created.Equal(want.Created) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if _, err := s.Get(ctx, "missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(missing) = %v, want ErrNotFound", err)
	}
}
