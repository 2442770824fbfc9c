package render

import (
	"fmt"
	"io"
	"strings"
)

// Doc is a text document built line by line, then written at once.
type Doc struct {
	b strings.Builder
}

// P adds a line: format and args as fmt.Sprintf takes them.
func (d *Doc) P(format string, args ...any) {
	fmt.Fprintf(&d.b, format+"\n", args...)
}

// Raw adds s as it is.
func (d *Doc) Raw(s string) { d.b.WriteString(s) }

// String is the document so far.
func (d *Doc) String() string { return d.b.String() }

// WriteTo writes the document to w.
func (d *Doc) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, d.b.String())
	return int64(n), err
}

// Flush writes the document to w, only the error kept.
func (d *Doc) Flush(w io.Writer) error {
	_, err := d.WriteTo(w)
	return err
}

// FlushFitted writes the document to w fitted to width columns (see Wrap).
func (d *Doc) FlushFitted(w io.Writer, width int) error {
	_, err := io.WriteString(w, Wrap(d.b.String(), width))
	return err
}
