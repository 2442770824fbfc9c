//go:build unix

package main

import (
	"os"
	"syscall"

	"golang.org/x/term"
)

// isTerminalPath says whether path names a terminal: /dev/stdout or /dev/fd/1 when standard
// output is one, /dev/tty, /dev/pts/3. Only a character device is opened to ask, without
// waiting for a line to come up and without making it the controlling terminal; a file, a
// folder, a FIFO or a name that does not exist is not a terminal.
func isTerminalPath(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	return term.IsTerminal(int(f.Fd()))
}
