package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/spf13/cobra"
)

type templateOptions struct {
	Output        string
	From          string
	Force         bool
	City, Country string
	Year          string
	// Review is a submission to write the review workbook of (--review).
	Review string
}

func newTemplateCmd(a *app) *cobra.Command {
	opts := &templateOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "template -o FILE.xlsx",
		Short:   c.T("template.short"),
		Long:    c.T("template.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRowInput, exitRowUsage, exitRowInterrupted),
		Example: c.T("template.example"),
		Args:    exactArgs(a, 0, ""),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTemplate(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.template_output"))
	f.StringVar(&opts.From, "from", "", c.T("flag.template_from"))
	f.BoolVar(&opts.Force, "force", false, c.T("flag.force"))
	f.StringVar(&opts.City, "city", "", c.T("flag.city"))
	f.StringVar(&opts.Country, "country", "", c.T("flag.country"))
	f.StringVar(&opts.Year, "year", "", c.T("flag.year"))
	f.StringVar(&opts.Review, "review", "", c.T("flag.template_review"))
	return cmd
}

func runTemplate(a *app, opts *templateOptions) error {
	if opts.Output == "" {
		return usage("template.needs_output", nil)
	}
	if isTerminalPath(opts.Output) {
		return usage("format.binary_terminal_file", msg.Args{"Format": "xlsx", "File": opts.Output})
	}
	if opts.Review != "" {
		return runReviewTemplate(a, opts)
	}
	year, err := yearFlag(opts.Year)
	if err != nil {
		return err
	}
	if _, err := os.Stat(opts.Output); err == nil && !opts.Force {
		return msg.E("file.exists", msg.Args{"File": opts.Output})
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	t := xlsx.Template{Rubric: r, From: assessment.New()}
	if opts.From != "" {
		if err := startFrom(a, opts, &t, year); err != nil {
			return err
		}
	}
	from := t.From
	// Flags fill what the answers lack, and must agree with what they hold.
	if err := load.Apply(from, load.Options{City: opts.City, Country: opts.Country, Year: year}); err != nil {
		return a.cityError(err)
	}
	t.Cat = a.cat
	var buf bytes.Buffer
	if err := xlsx.WriteTemplate(&buf, t); err != nil {
		return msg.Wrap(err, "file.write", msg.Args{"File": opts.Output, "Err": fileio.Reason(err)})
	}
	if err := atomicfile.Write(opts.Output, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if t.CarriedFrom != "" {
		fmt.Fprintln(a.io.ErrOut, a.cat.T("template.carried", msg.Args{"From": opts.From, "FromYear": t.CarriedYear, "Year": from.Year}))
	}
	_, err = fmt.Fprintln(a.io.ErrOut, a.cat.T("template.done", msg.Args{"File": opts.Output, "Lang": a.langArgUnstored(a.cat.Lang())}))
	return err
}

// runReviewTemplate writes the review workbook of a submission, in the run's language, else
// the submission's.
func runReviewTemplate(a *app, opts *templateOptions) error {
	if opts.From != "" || opts.City != "" || opts.Country != "" || opts.Year != "" {
		return usage("revbook.template_flags", nil)
	}
	if fileio.SamePath(opts.Review, opts.Output) {
		return usage("usage.output_is_input", msg.Args{"File": opts.Output})
	}
	if _, err := os.Stat(opts.Output); err == nil && !opts.Force {
		return msg.E("file.exists", msg.Args{"File": opts.Output})
	}
	r, err := a.rubric()
	if err != nil {
		return err
	}
	sub, err := load.File(opts.Review, load.Options{Rubric: r})
	if err != nil {
		return err
	}
	a.adoptFileLang(sub.Lang)
	var buf bytes.Buffer
	t := review.BookTemplate(r, sub, opts.Review, a.cat)
	t.Output = filepath.Base(opts.Output)
	if err := xlsx.WriteReviewTemplate(&buf, t); err != nil {
		return msg.Wrap(err, "file.write", msg.Args{"File": opts.Output, "Err": fileio.Reason(err)})
	}
	if err := atomicfile.Write(opts.Output, buf.Bytes(), 0o644); err != nil {
		return err
	}
	_, err = fmt.Fprintln(a.io.ErrOut, a.cat.T("revbook.template_done", msg.Args{"File": opts.Output, "Submission": opts.Review}))
	return err
}

// startFrom fills the template from an earlier file's answers. Starting a new year from an
// earlier year's answers, --year sets the new year and everything else is carried over as a
// starting point.
func startFrom(a *app, opts *templateOptions, t *xlsx.Template, year int) error {
	if fileio.SamePath(opts.From, opts.Output) {
		return usage("usage.output_is_input", msg.Args{"File": opts.Output})
	}
	from, err := load.File(opts.From, load.Options{Rubric: t.Rubric})
	if err != nil {
		return err
	}
	a.adoptFileLang(from.Lang)
	t.From = from
	if year != 0 && from.Year != 0 && year != from.Year {
		t.CarriedFrom, t.CarriedYear = filepath.Base(opts.From), from.Year
		from.Year = year
	}
	if year == 0 && from.Year != 0 {
		if named := yearInName(opts.Output); named != 0 && named != from.Year {
			a.warn(a.cat.T("template.year_in_name", msg.Args{"File": opts.Output, "Named": named, "From": opts.From, "Year": from.Year}))
		}
	}
	return nil
}

// reYear finds a year in a file name: maipu-2025.xlsx, recife_2024_v2.xlsx.
var reYear = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)

// yearInName is the year a file's name holds, or 0.
func yearInName(path string) int {
	m := reYear.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}
