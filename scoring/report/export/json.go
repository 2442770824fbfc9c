package export

import (
	"io"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Doc is the export as JSON (wwc-export/1): both tables, and the files that could not be
// read. Text is kept exactly as the city wrote it.
type Doc struct {
	Format   string         `json:"format"`
	Criteria []CriterionRow `json:"criteria"`
	Outcomes []OutcomeRow   `json:"outcomes"`
	Failures []FailureDoc   `json:"failures"`
}

// FailureDoc is a file that could not be read, with its message in the run's language.
type FailureDoc struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func (jsonWriter) Write(w io.Writer, in Input) error {
	doc := Doc{Format: Format, Criteria: CriterionRows(in.Submissions), Outcomes: OutcomeRows(in.Submissions),
		Failures: []FailureDoc{}}
	if doc.Criteria == nil {
		doc.Criteria = []CriterionRow{}
	}
	if doc.Outcomes == nil {
		doc.Outcomes = []OutcomeRow{}
	}
	for _, f := range in.Failures {
		doc.Failures = append(doc.Failures, FailureDoc{File: f.File, Error: msg.Text(in.Cat, f.Err)})
	}
	return render.WriteJSON(w, doc)
}
