//go:build !js

// Command exitplay is the native exitplay binary.
//
//	exitplay serve [--addr HOST:PORT] [--db FILE]   serve the playground (SQLite store)
//	exitplay run [flags] FILE.py                     run a program in the simulated process
//	exitplay export DIR                              write the playground as static files
//
// `exitplay run` exits with the simulated program's shell status.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/exitplay/exitplay/server"
	"github.com/exitplay/exitplay/web"
)

const usage = `usage:
  exitplay serve [--addr HOST:PORT] [--db FILE]
  exitplay run [--stdin FILE] [--signal SIG@SECONDS]... [--stdout tty|pipe] [--trace FILE.json] FILE.py
  exitplay export DIR
`

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "serve":
		return serveCommand(args[1:], stderr)
	case "run":
		return runCommand(args[1:], stdin, stdout, stderr)
	case "export":
		if len(args) != 2 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		if err := server.WriteStatic(args[1], web.Manifest, web.Files()); err != nil {
			fmt.Fprintln(stderr, "exitplay export:", err)
			return 1
		}
		fmt.Fprintf(stdout, "exitplay: static playground written to %s\n", args[1])
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "exitplay: unknown command %q\n%s", args[0], usage)
	return 2
}
