package main

import (
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// emit writes a command's output to stdout or, atomically, to the -o file.
func emit(a *app, data []byte, output string) error {
	if output == "" {
		if _, err := a.io.Out.Write(data); err != nil {
			return msg.Wrap(err, "file.write", msg.Args{"File": "stdout", "Err": fileio.Reason(err)})
		}
		return nil
	}
	if err := atomicfile.Write(output, data, 0o644); err != nil {
		return msg.Wrap(err, "file.write", msg.Args{"File": output, "Err": fileio.Reason(err)})
	}
	return nil
}
