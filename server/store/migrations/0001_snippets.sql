-- Shared snippets: immutable, content-addressed.
CREATE TABLE IF NOT EXISTS snippets (
    id         TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    engine     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
