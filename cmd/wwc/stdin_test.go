package main

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestDashOnATerminalDoesNotWait checks that wwc score - with standard input a terminal
// (nothing piped in) says so at once instead of waiting for input, in every language.
func TestDashOnATerminalDoesNotWait(t *testing.T) {
	for _, lang := range []string{"en", "es", "pt"} {
		var out, errOut bytes.Buffer
		// A reader that fails the test if read: the terminal must not be read at all.
		code := run([]string{"score", "-", "--lang", lang}, &streams{In: failReader{t}, Out: &out, ErrOut: &errOut, InTTY: true})
		if code != exitUsage || !strings.Contains(errOut.String(), "wwc score - <") {
			t.Errorf("%s: exit %d: %s", lang, code, errOut.String())
		}
	}
}

type failReader struct{ t *testing.T }

func (f failReader) Read([]byte) (int, error) {
	f.t.Error("standard input read although it is a terminal")
	return 0, io.EOF
}
