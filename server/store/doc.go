// Package store keeps shared snippets in a SQL database.
//
// One implementation, written against database/sql, serves both hosts: the
// native server opens an embedded SQLite file (OpenSQLite) and the
// Cloudflare Workers entry opens D1 (New with a D1 connector). The schema
// lives in migrations/*.sql, numbered in the form wrangler's
// `d1 migrations apply` expects, so both hosts run the very same SQL.
package store
