//go:build !unix

package main

// isTerminalPath says whether path names a terminal; outside Unix no -o path is taken for one
// (the console is reached as standard output).
func isTerminalPath(string) bool { return false }
