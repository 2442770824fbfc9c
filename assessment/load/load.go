// Package load reads a city's answers from whatever file it comes in. It recognizes the file
// by its content first and its name second, so that a workbook renamed .yaml or an old .xls
// renamed .xlsx gets a message saying what it really is.
package load

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/csvfile"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/fileio"
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

// Kind is what a file was recognized as.
type Kind string

// The kinds of file load knows.
const (
	KindAnswers Kind = "answers"
	KindXLSX    Kind = "xlsx"
	KindCSV     Kind = "csv"
	KindXLS     Kind = "xls"
	KindLocked  Kind = "encrypted"
	KindODS     Kind = "ods"
	KindNumbers Kind = "numbers"
	KindPDF     Kind = "pdf"
	KindZip     Kind = "zip"
	KindUnknown Kind = "unknown"
)

// reader reads one kind of file. Spreadsheet readers register here as they arrive.
type reader func(path string, opts Options) (*assessment.Assessment, error)

var readers = map[Kind]reader{
	KindAnswers: func(path string, _ Options) (*assessment.Assessment, error) {
		return assessment.ReadAnswersFile(path)
	},
	KindXLSX: func(path string, _ Options) (*assessment.Assessment, error) { return xlsx.Read(path) },
	KindCSV:  func(path string, _ Options) (*assessment.Assessment, error) { return csvfile.Read(path) },
}

// File reads the assessment at path, applies opts, and returns it.
func File(path string, opts Options) (*assessment.Assessment, error) {
	kind, err := Detect(path)
	if err != nil {
		return nil, err
	}
	read, ok := readers[kind]
	if !ok {
		return nil, unsupported(path, kind)
	}
	a, err := read(path, opts)
	if a != nil && opts.Rubric != nil {
		err = joinProblems(err, assessment.Check(a, opts.Rubric))
	}
	if err != nil {
		return nil, err
	}
	if opts.Outcomes != "" {
		metrics, err := csvfile.ReadOutcomes(opts.Outcomes)
		if err != nil {
			return nil, err
		}
		a.Outcomes = append(a.Outcomes, metrics...)
	}
	if err := Apply(a, opts); err != nil {
		return nil, err
	}
	return a, nil
}

// joinProblems reports a reader's problems and the rubric check's together, in one list.
func joinProblems(errs ...error) error {
	return assessment.JoinProblems(errs...)
}

// Detect recognizes a file by its first bytes, then by its extension.
func Detect(path string) (Kind, error) {
	f, err := os.Open(path)
	if err != nil {
		return KindUnknown, msg.Wrap(err, "file.open", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return KindUnknown, msg.E("file.is_dir", msg.Args{"File": path})
	}
	head := make([]byte, 64<<10) // enough to see an OLE2 file's directory
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if n == 0 {
		return KindUnknown, msg.E("file.empty", msg.Args{"File": path})
	}
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		// OLE2: an old .xls, or a password-protected .xlsx wrapped in one.
		if bytes.Contains(head, utf16("EncryptedPackage")) {
			return KindLocked, nil
		}
		return KindXLS, nil
	case bytes.HasPrefix(head, []byte("%PDF")):
		return KindPDF, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return zipKind(head, ext), nil
	}
	switch ext {
	case ".yaml", ".yml", ".json":
		return KindAnswers, nil
	case ".csv", ".tsv", ".txt":
		return KindCSV, nil
	case ".xlsx", ".xlsm":
		// Not a zip, so not a workbook whatever its name.
		if bytes.Contains(head, []byte("format:")) || bytes.HasPrefix(bytes.TrimSpace(head), []byte("{")) {
			return KindAnswers, nil
		}
		return KindUnknown, nil
	}
	if bytes.Contains(head, []byte(assessment.FileFormat)) {
		return KindAnswers, nil
	}
	return KindUnknown, nil
}

// utf16 encodes ASCII s as UTF-16LE, as OLE2 directory entries name their streams.
func utf16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

// zipKind tells an OpenDocument or Numbers file from a workbook by the zip's first entries.
func zipKind(head []byte, ext string) Kind {
	switch {
	case bytes.Contains(head, []byte("application/vnd.oasis.opendocument.spreadsheet")):
		return KindODS
	case bytes.Contains(head, []byte("Index/Document.iwa")), ext == ".numbers":
		return KindNumbers
	case bytes.Contains(head, []byte("[Content_Types].xml")), bytes.Contains(head, []byte("xl/")), ext == ".xlsx", ext == ".xlsm":
		return KindXLSX
	}
	return KindZip
}

// unsupported explains a file wwc cannot read and what to send instead.
func unsupported(path string, kind Kind) error {
	return msg.E("load.kind_"+string(kind), msg.Args{"File": path})
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
