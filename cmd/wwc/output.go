package main

import (
	"github.com/citydatakit/wwc/internal/atomicfile"
)

// emit writes a command's output to stdout (no -o, or -o -) or, atomically, to the -o file.
func emit(a *app, data []byte, output string) error {
	if output = outputPath(output); output == "" {
		if _, err := a.io.Out.Write(data); err != nil {
			return atomicfile.WriteError("stdout", err)
		}
		return nil
	}
	return atomicfile.Write(output, data, 0o644)
}
