package render

import (
	"bytes"
	"errors"
	"testing"
)

// TestSheetKeepsFirstError: a call that fails is remembered and returned when the workbook is
// written, and the calls after it do not replace it.
func TestSheetKeepsFirstError(t *testing.T) {
	b := NewBook()
	s := b.Sheet("Data")
	s.Row(1, TextCell("ok"), IntCell(3))
	s.Put(0, 1, TextCell("column 0 does not exist"))
	first := b.err
	s.Put(1, 0, TextCell("row 0 does not exist either"))
	if first == nil || b.err != first {
		t.Fatalf("kept %v, first %v", b.err, first)
	}
	var buf bytes.Buffer
	if err := b.Finish(&buf); !errors.Is(err, first) || buf.Len() != 0 {
		t.Errorf("finish: %v, %d bytes written", err, buf.Len())
	}
}
