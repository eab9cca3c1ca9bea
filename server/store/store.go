package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrNotFound is returned by Get when no snippet has the requested ID.
var ErrNotFound = errors.New("store: snippet not found")

// Record is one stored snippet.
type Record struct {
	// ID is the content-derived identifier.
	ID string
	// Body is the canonical JSON of the snippet.
	Body []byte
	// Engine is the engine version current when the snippet was shared.
	Engine string
	// Created is when the snippet was first stored.
	Created time.Time
}

// SQL is a snippet store on a database/sql database.
type SQL struct {
	db *sql.DB
	// writes serialises Put: SQLite takes one writer at a time, and
	// queueing here is fair and cheap where SQLite's busy handler would make
	// waiting writers sleep and retry until some time out.
	writes sync.Mutex
}

// New wraps an open database whose schema is already migrated.
func New(db *sql.DB) *SQL {
	return &SQL{db: db}
}

// Put stores a record. Snippets are immutable: storing an ID that already
// exists keeps the first record and is not an error. Put returns only after
// the database has committed the row.
func (s *SQL) Put(ctx context.Context, r Record) error {
	s.writes.Lock()
	defer s.writes.Unlock()
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO snippets (id, body, engine, created_at) VALUES (?, ?, ?, ?)
		 ON CONFLICT (id) DO NOTHING`,
		r.ID, string(r.Body), r.Engine, r.Created.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("store: put %s: %w", r.ID, err)
	}
	return nil
}

// Get returns the record with the given ID, or ErrNotFound.
func (s *SQL) Get(ctx context.Context, id string) (Record, error) {
	var (
		r       Record
		body    string
		created string
	)
	err := s.db.QueryRowContext(ctx,
		`SELECT id, body, engine, created_at FROM snippets WHERE id = ?`, id,
	).Scan(&r.ID, &body, &r.Engine, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return Record{}, ErrNotFound
	}
	if err != nil {
		return Record{}, fmt.Errorf("store: get %s: %w", id, err)
	}
	r.Body = []byte(body)
	r.Created, err = time.Parse(time.RFC3339Nano, created)
	if err != nil {
		return Record{}, fmt.Errorf("store: get %s: bad created_at %q: %w", id, created, err)
	}
	return r, nil
}

// Ping checks that the database answers.
func (s *SQL) Ping(ctx context.Context) error {
	return s.db.PingContext(ctx)
}

// Close closes the underlying database.
func (s *SQL) Close() error {
	return s.db.Close()
}
