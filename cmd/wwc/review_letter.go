package main

import (
	"bytes"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/internal/scorefile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/letter"
)

// runReviewLetter writes the letter to the city from a review of its submission, in the
// submission's language unless --lang or a setting chose one.
func runReviewLetter(a *app, opts *reviewOptions) error {
	if opts.Review == "" {
		return usage("letter.needs_review", msg.Args{"File": opts.File})
	}
	opts.Output = outputPath(opts.Output)
	format, err := a.formatFor(letter.Formats, opts.Format, opts.Output)
	if err != nil {
		return err
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	s, err := scorefile.File(opts.File, r, scorefile.Options{})
	if err != nil {
		return err
	}
	if s.Assessment == nil {
		return msg.E("letter.not_answers", msg.Args{"File": opts.File})
	}
	a.adoptFileLang(s.Lang)
	rev, err := review.Load(opts.Review)
	if err != nil {
		return err
	}
	sub := review.Identity(r, s.Assessment, opts.File)
	if diffs := scoring.SubmissionDifferences(rev.Submission, sub, false); len(diffs) > 0 {
		return msg.E("letter.other_submission", msg.Args{"Review": opts.Review, "File": opts.File, "Items": fieldDifferences(diffs, rev.Submission, sub)})
	}
	rev, changed := review.ForAnswers(rev, s.Assessment)
	in := letter.Input{Result: s.Result, Review: rev, Rubric: r, Cat: a.cat, File: sub.File,
		Validation: scoring.Validate(r, s.Assessment, rev, s.Result, scoring.Options{}),
		Changed:    changed,
		Width:      textWidth(a, opts.Output)}
	var buf bytes.Buffer
	f, _ := letter.Formats.Lookup(format)
	if err := f.New().Write(&buf, in); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), opts.Output)
}
