package main

import (
	"fmt"
	"io"
)

// runCommand is replaced by the Engine II implementation of `exitplay run`.
func runCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "exitplay run: not available in this build yet")
	return 2
}
