package render

import (
	"encoding/json"
	"io"
)

// WriteJSON writes a document the way every JSON document of wwc is written: indented by two
// spaces, one trailing newline, and "<", ">" and "&" left as they are.
func WriteJSON(w io.Writer, doc any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// RubricDoc names the rubric a result was scored against, in every JSON document.
type RubricDoc struct {
	ID      string `json:"id"`
	Version string `json:"version"`
}

// NoticeDoc is a warning about how the file was read that changes, or may change, the
// result: code is stable (no_outcomes_sheet, outcomes_empty, no_outcomes_file,
// no_evidence_column, number_decimal, number_thousands), text is in the document's language.
type NoticeDoc struct {
	Code string `json:"code"`
	Text string `json:"text"`
}
