package diff

import (
	"io"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Doc is the comparison as JSON (wwc-diff/1), made from its own types so that the file stays
// stable while the code changes.
type Doc struct {
	Format     string            `json:"format"`
	Old        SnapshotDoc       `json:"old"`
	New        SnapshotDoc       `json:"new"`
	SameRubric bool              `json:"same_rubric"`
	SameCity   bool              `json:"same_city"`
	OnlyOld    []string          `json:"only_old"`
	OnlyNew    []string          `json:"only_new"`
	Tier       string            `json:"tier_change"`
	Shared     int               `json:"shared_criteria"`
	Gained     []string          `json:"gained"`
	Lost       []string          `json:"lost"`
	StillOpen  []string          `json:"still_open"`
	Answers    []AnswerChangeDoc `json:"answers_changed"`
	Practices  []PracticeDoc     `json:"practices"`
	Metrics    []MetricChangeDoc `json:"outcomes"`
	Changed    bool              `json:"changed"`
}

// SnapshotDoc is one of the two results compared.
type SnapshotDoc struct {
	City    string           `json:"city"`
	Year    int              `json:"year"`
	Rubric  render.RubricDoc `json:"rubric"`
	Tier    string           `json:"tier"`
	Met     int              `json:"met"`
	Total   int              `json:"total"`
	Counted int              `json:"outcomes_counted"`
}

// AnswerChangeDoc is a criterion whose answer or evidence changed.
type AnswerChangeDoc struct {
	ID              string `json:"id"`
	From            string `json:"from"`
	To              string `json:"to"`
	EvidenceAdded   bool   `json:"evidence_added,omitempty"`
	EvidenceRemoved bool   `json:"evidence_removed,omitempty"`
}

// PracticeDoc is a practice's share before and after; null where the rubric lacked it.
type PracticeDoc struct {
	ID  string   `json:"id"`
	Old *float64 `json:"old"`
	New *float64 `json:"new"`
}

// MetricChangeDoc is how an outcome metric changed.
type MetricChangeDoc struct {
	Name string `json:"name"`
	Kind string `json:"change"`
}

// Write writes the comparison document.
func (jsonWriter) Write(w io.Writer, in Input) error {
	cmp := in.C
	snap := func(r *scoring.Result) SnapshotDoc {
		return SnapshotDoc{City: r.City, Year: r.Year, Rubric: render.RubricDoc{ID: r.RubricID, Version: r.RubricVersion}, Tier: r.Tier, Met: r.Met, Total: r.Total, Counted: r.OutcomesCounted}
	}
	tier := map[int]string{1: "up", 0: "kept", -1: "down"}[cmp.TierChange]
	d := Doc{Format: wwcmark.DiffFormat, Old: snap(cmp.Old), New: snap(cmp.New), SameRubric: cmp.SameRubric, SameCity: cmp.SameCity,
		OnlyOld: nonNil(cmp.OnlyOld), OnlyNew: nonNil(cmp.OnlyNew), Tier: tier, Shared: cmp.Shared,
		Gained: nonNil(cmp.Gained), Lost: nonNil(cmp.Lost), StillOpen: nonNil(cmp.StillOpen),
		Answers: []AnswerChangeDoc{}, Practices: []PracticeDoc{}, Metrics: []MetricChangeDoc{}, Changed: cmp.Changed()}
	for _, a := range cmp.Answers {
		d.Answers = append(d.Answers, AnswerChangeDoc{a.ID, a.From.String(), a.To.String(), a.EvidenceAdded, a.EvidenceRemoved})
	}
	for _, p := range cmp.Practices {
		pd := PracticeDoc{ID: p.ID}
		if p.InOld {
			v := p.Old
			pd.Old = &v
		}
		if p.InNew {
			v := p.New
			pd.New = &v
		}
		d.Practices = append(d.Practices, pd)
	}
	for _, m := range cmp.Metrics {
		d.Metrics = append(d.Metrics, MetricChangeDoc{m.Name, string(m.Kind)})
	}
	return render.WriteJSON(w, d)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
