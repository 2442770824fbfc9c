// Package scorefile reads anything wwc takes as a scored city, recognized by its content: a
// result saved with wwc score --format json is read back as it is; an answers file, a
// workbook or a CSV table is read and scored. wwc score, diff, trend and batch all read their
// inputs through it, so that a file means the same to every command.
package scorefile

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// Scored is a city as a file gives it.
type Scored struct {
	Result *scoring.Result
	// Assessment is what was read and scored; nil for a saved result.
	Assessment *assessment.Assessment
	// Rubric is the rubric the file says it was made for; empty when it does not say.
	Rubric assessment.RubricRef
	// Lang is the language the file was written in, "" when it does not say.
	Lang string
}

// Options are how answers are read and scored; a saved result takes none of them.
type Options struct {
	Load    load.Options
	Scoring scoring.Options
}

// Read reads an opened input. Its Load options need not name the rubric: r is used.
func Read(in *load.Input, r *questions.Rubric, o Options) (*Scored, error) {
	if in.Kind == load.KindResult {
		data, err := in.Data(answers.MaxFileSize)
		if err != nil {
			return nil, err
		}
		res, err := result.ReadResult(data, in.Name)
		if err != nil {
			return nil, err
		}
		return &Scored{Result: res, Rubric: assessment.RubricRef{ID: res.RubricID, Version: res.RubricVersion}}, nil
	}
	o.Load.Rubric = r
	a, err := in.Read(o.Load)
	if err != nil {
		return nil, err
	}
	return &Scored{Result: scoring.Score(r, a, o.Scoring), Assessment: a, Rubric: a.Rubric, Lang: a.Lang}, nil
}

// File opens path and reads it (see Read).
func File(path string, r *questions.Rubric, o Options) (*Scored, error) {
	in, err := load.Open(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	return Read(in, r, o)
}

// OtherRubric is the warning for a file made for another rubric than r, or nil: the scores
// are r's, which may not be what the file's author saw. name is the file as the user gave it.
func (s *Scored) OtherRubric(name string, r *questions.Rubric) error {
	if !s.Rubric.Names() || s.Rubric.Matches(r) {
		return nil
	}
	return msg.E("score.rubric_mismatch", msg.Args{"File": name, "FileRubric": s.Rubric.String(), "Rubric": r.ID + " " + r.Version})
}
