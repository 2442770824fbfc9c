package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// dash is the file name that means standard input (an input) or standard output (-o -).
const dash = "-"

// stdinName is how messages and reports name what came through standard input.
const stdinName = "stdin"

// outputPath is the -o value as the commands use it: "-" is standard output, as no -o is.
func outputPath(o string) string {
	if o == dash {
		return ""
	}
	return o
}

// openInput opens the file a command reads; "-" reads standard input once, up to
// load.MaxStream, into a private copy recognized by its content alone and named "stdin" in
// every message. The returned function removes the copy; call it after Close.
func (a *app) openInput(name string) (*load.Input, func(), error) {
	if name != dash {
		in, err := load.Open(name)
		return in, func() {}, err
	}
	if a.io.InTTY {
		// Nothing was piped in: reading would wait for typing that never comes.
		return nil, nil, usage("usage.stdin_terminal", nil)
	}
	data, err := io.ReadAll(io.LimitReader(a.io.In, load.MaxStream+1))
	if err != nil {
		return nil, nil, msg.Wrap(err, "file.read", msg.Args{"File": stdinName, "Err": fileio.Reason(err)})
	}
	if len(data) > load.MaxStream {
		return nil, nil, msg.E("file.too_large", msg.Args{"File": stdinName, "Max": load.MaxStream >> 20})
	}
	if len(data) == 0 {
		return nil, nil, msg.E("file.empty", msg.Args{"File": stdinName})
	}
	dir, err := os.MkdirTemp("", "wwc-stdin-")
	if err != nil {
		return nil, nil, msg.Wrap(err, "file.read", msg.Args{"File": stdinName, "Err": fileio.Reason(err)})
	}
	cleanup := func() { os.RemoveAll(dir) }
	path := filepath.Join(dir, stdinName)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		cleanup()
		return nil, nil, msg.Wrap(err, "file.read", msg.Args{"File": stdinName, "Err": fileio.Reason(err)})
	}
	in, err := load.Open(path)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	in.Name = stdinName
	return in, cleanup, nil
}
