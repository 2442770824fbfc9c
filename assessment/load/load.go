// Package load reads a city's answers from whatever file it comes in. It recognizes the file
// by its content first and its name second, so that a workbook renamed .yaml or an old .xls
// renamed .xlsx gets a message saying what it really is.
package load

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/table"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/csvfile"
	"github.com/citydatakit/wwc/assessment/ods"
	"github.com/citydatakit/wwc/assessment/xls"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// Options fill in what a file lacks. Where the file and an option both give a value and they
// differ, reading fails and shows both.
type Options struct {
	City, Country string
	Year          int
	// Outcomes is a CSV of outcome metrics to add to the file's (the way a CSV criteria
	// table gets its metrics).
	Outcomes string
	// Rubric, when set, checks the answers against it (unknown IDs and checklist items), and
	// those problems are reported together with the file's own.
	Rubric *questions.Rubric
}

// reader reads one kind of file. Spreadsheet readers register here as they arrive.
type reader func(path string, opts Options) (*assessment.Assessment, error)

var readers = map[Kind]reader{
	KindAnswers: func(path string, _ Options) (*assessment.Assessment, error) {
		return answers.Read(path)
	},
	KindXLSX: func(path string, _ Options) (*assessment.Assessment, error) { return xlsx.Read(path) },
	KindCSV:  func(path string, _ Options) (*assessment.Assessment, error) { return csvfile.Read(path) },
	KindODS:  func(path string, _ Options) (*assessment.Assessment, error) { return ods.Read(path) },
	KindXLS:  func(path string, _ Options) (*assessment.Assessment, error) { return xls.Read(path) },
}

// File reads the assessment at path, applies opts, and returns it.
func File(path string, opts Options) (*assessment.Assessment, error) {
	in, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	return in.Read(opts)
}

// Read reads the assessment the input holds, applies opts, and returns it. A file of a kind
// wwc does not read as answers gets a message that says what it is and what to send instead.
func (in *Input) Read(opts Options) (*assessment.Assessment, error) {
	read, ok := readers[in.Kind]
	if !ok {
		return nil, in.Refusal()
	}
	if in.Kind == KindAnswers && !looksLikeAnswers(bytes.TrimPrefix(in.head, []byte("\xef\xbb\xbf"))) && !utf16Text(in.head) {
		return nil, msg.E("load.not_answers", msg.Args{"File": in.Name})
	}
	path, err := in.readPath()
	if err != nil {
		return nil, err
	}
	a, err := read(path, opts)
	if err != nil {
		err = in.explain(err)
	}
	if a != nil {
		a.Source = in.Name
	}
	if a != nil && opts.Rubric != nil {
		err = assessment.JoinProblems(err, assessment.Check(a, opts.Rubric))
	}
	if err != nil {
		return nil, err
	}
	if opts.Outcomes != "" {
		if err := csvfile.AddOutcomes(a, opts.Outcomes); err != nil {
			return nil, err
		}
	}
	if err := Apply(a, opts); err != nil {
		return nil, err
	}
	in.noteMisleadingName(a)
	return a, nil
}

// noteMisleadingName says so when the file's extension names another kind than its content
// (an Excel 97-2003 workbook named .xlsx): it was read as what it is, and the name will mislead
// the next person who opens it.
func (in *Input) noteMisleadingName(a *assessment.Assessment) {
	ext := strings.ToLower(filepath.Ext(in.Name))
	named, ok := extensions[ext]
	if !ok || named == in.Kind {
		return
	}
	usual := realExtension[in.Kind]
	if usual == "" {
		return
	}
	if in.Kind == KindAnswers && bytes.HasPrefix(bytes.TrimSpace(in.head), []byte("{")) {
		usual = ".json"
	}
	a.Notify(assessment.Notice{Code: assessment.NoticeMisleadingName, Args: msg.Args{
		"Ext": ext, "What": msg.M{ID: "kind." + string(in.Kind)}, "Real": usual,
	}})
}

// realExtension is the extension a file of each readable kind is usually named with.
var realExtension = map[Kind]string{
	KindXLSX: ".xlsx", KindXLS: ".xls", KindODS: ".ods", KindCSV: ".csv", KindAnswers: ".yaml",
}

func utf16Text(head []byte) bool {
	return bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff"))
}

// explain rewrites a reader's error for the user: the name the user gave instead of the copy
// of a pipe, and for a CSV whose header was not found, a message that quotes nothing, since a
// file with no criteria header may be anything (a password file renamed .csv).
func (in *Input) explain(err error) error {
	if in.path != in.Name {
		msg.RenameFile(err, in.path, in.Name)
	}
	var e *msg.Error
	if errors.As(err, &e) && e.ID == "csv.no_header" {
		return msg.E("load.not_table", msg.Args{"File": in.Name, "Expected": table.ExpectedCriteriaHeaders()})
	}
	return err
}

// Refusal is the message for a file wwc does not read as answers: what the file is and what
// to send instead.
func (in *Input) Refusal() error {
	switch in.Kind {
	case KindOutput:
		return msg.E("load.kind_output_"+in.Output, msg.Args{"File": in.Name})
	case KindArchive, KindImage:
		return msg.E("load.kind_"+string(in.Kind), msg.Args{"File": in.Name, "Format": in.Format})
	}
	return msg.E("load.kind_"+string(in.Kind), msg.Args{"File": in.Name})
}

// Detect recognizes the file at path by its content first and its name second.
func Detect(path string) (Kind, error) {
	in, err := Open(path)
	if err != nil {
		return KindUnknown, err
	}
	defer in.Close()
	return in.Kind, nil
}

// Apply fills what the assessment lacks from opts and refuses a conflict.
func Apply(a *assessment.Assessment, opts Options) error {
	var problems msg.List
	fill := func(field string, have *string, want string) {
		want = strings.TrimSpace(want)
		switch {
		case want == "":
		case *have == "":
			*have = want
		case !strings.EqualFold(assessment.Fold(*have), assessment.Fold(want)):
			problems = append(problems, msg.E("load.conflict", msg.Args{"File": a.Source, "Field": msg.M{ID: "field." + field}, "File_value": *have, "Flag_value": want}))
		}
	}
	fill("city", &a.City, opts.City)
	fill("country", &a.Country, opts.Country)
	if opts.Year != 0 {
		switch {
		case a.Year == 0:
			a.Year = opts.Year
		case a.Year != opts.Year:
			problems = append(problems, msg.E("load.conflict", msg.Args{"File": a.Source, "Field": msg.M{ID: "field.year"}, "File_value": a.Year, "Flag_value": opts.Year}))
		}
	}
	if len(problems) > 0 {
		return problems
	}
	return nil
}
