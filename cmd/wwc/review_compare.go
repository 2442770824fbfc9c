package main

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/agreement"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/spf13/cobra"
)

// reviewCompareOptions are the options of wwc review compare.
type reviewCompareOptions struct {
	A, B   string
	Format string
	Output string
}

// newReviewCompareCmd is wwc review compare A B: two reviewers' files for the same
// submission, side by side.
func newReviewCompareCmd(a *app) *cobra.Command {
	opts := &reviewCompareOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "compare REVIEW_A REVIEW_B",
		Short:   c.T("review.compare.short"),
		Long:    c.T("review.compare.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRowInput, exitRowUsage, exitRowInterrupted),
		Example: c.T("review.compare.example"),
		Args:    exactArgs(a, 2, "REVIEW"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B, opts.Format = args[0], args[1], changedValue(cmd, "format")
			return runReviewCompare(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", render.FormatText, c.T("flag.format", msg.Args{"Formats": strings.Join(agreement.Formats.Names(), ", ")}))
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.output"))
	return cmd
}

func runReviewCompare(a *app, opts *reviewCompareOptions) error {
	opts.Output = outputPath(opts.Output)
	format, err := a.formatFor(agreement.Formats, opts.Format, opts.Output)
	if err != nil {
		return err
	}
	var problems msg.List
	revs := make([]*assessment.Review, 2)
	for i, p := range []string{opts.A, opts.B} {
		if revs[i], err = review.Load(p); err != nil {
			problems = append(problems, err)
		}
	}
	if len(problems) > 0 {
		return problems
	}
	sa, sb := revs[0].Submission, revs[1].Submission
	if diffs := scoring.SubmissionDifferences(sa, sb, true); len(diffs) > 0 {
		return msg.E("compare.other_submission", msg.Args{"A": opts.A, "B": opts.B, "Items": fieldDifferences(diffs, sa, sb)})
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	in := agreement.New(revs[0], revs[1], r)
	in.Files = [2]string{baseName(opts.A), baseName(opts.B)}
	in.Cat, in.Width = a.cat, textWidth(a, opts.Output)
	var buf bytes.Buffer
	f, _ := agreement.Formats.Lookup(format)
	if err := f.New().Write(&buf, in); err != nil {
		return err
	}
	return emit(a, buf.Bytes(), opts.Output)
}

// fieldDifferences says, in the reader's language, how two descriptions of a submission
// differ in the fields diffs names (see scoring.SubmissionDifferences).
func fieldDifferences(diffs []string, a, b assessment.ReviewedSubmission) msg.Localizable {
	var out joined
	for _, d := range diffs {
		var x, y string
		switch d {
		case "city":
			x, y = a.City, b.City
		case "country":
			x, y = a.Country, b.Country
		case "year":
			x, y = strconv.Itoa(a.Year), strconv.Itoa(b.Year)
		case "rubric":
			x, y = a.Rubric.String(), b.Rubric.String()
		case "sha256":
			x, y = short(a.SHA256), short(b.SHA256)
		}
		out = append(out, msg.M{ID: "reviewdoc.field." + d, Args: msg.Args{"A": x, "B": y}})
	}
	return out
}

// joined is messages shown one after the other, separated by semicolons.
type joined []msg.M

// Localize renders each message in l's language.
func (j joined) Localize(l msg.Localizer) string {
	parts := make([]string, len(j))
	for i, m := range j {
		parts[i] = m.Localize(l)
	}
	return strings.Join(parts, "; ")
}

// short is the start of a digest, enough to tell two apart.
func short(digest string) string {
	if len(digest) > 12 {
		return digest[:12] + "…"
	}
	return digest
}

// baseName is a file's name without its folder, as documents name it.
func baseName(path string) string { return filepath.Base(path) }
