// Package report writes scoring results for people and programs: one writer per format behind
// the Writer interface, chosen by name from Formats, which also feeds the --format help text.
package report

import (
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Input is everything a writer needs: the result, the rubric it was scored against (for names
// and titles), and the catalog of the user's language.
type Input struct {
	Result *scoring.Result
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// Styled asks the text writer for colors and bold; the caller decides from the terminal.
	Styled bool
	// Date is the day the report is made, shown in human formats; zero leaves it out.
	Date time.Time
	// WhatIf, when set, adds what the result would be with more criteria met.
	WhatIf *WhatIf
	// Width is the terminal's width in columns, which the text summary fits; zero is 80, the
	// width when the terminal cannot be asked or the output is piped or a file.
	Width int
}

// Writer writes one result in one format.
type Writer interface {
	Write(w io.Writer, in Input) error
}

// Format is a named output format.
type Format struct {
	Name string
	// Exts are the file extensions that choose this format with -o.
	Exts []string
	New  func() Writer
}

// Format names.
const (
	FormatText     = "text"
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatJSON     = "json"
	FormatCSV      = "csv"
	FormatXLSX     = "xlsx"
)

// Formats lists the output formats in the order help shows them.
var Formats = []Format{
	{Name: FormatText, Exts: []string{".txt"}, New: func() Writer { return textWriter{} }},
	{Name: FormatMarkdown, Exts: []string{".md", ".markdown"}, New: func() Writer { return markdownWriter{} }},
	{Name: FormatHTML, Exts: []string{".html", ".htm"}, New: func() Writer { return htmlWriter{} }},
	{Name: FormatJSON, Exts: []string{".json"}, New: func() Writer { return jsonWriter{} }},
	{Name: FormatCSV, Exts: []string{".csv"}, New: func() Writer { return csvWriter{} }},
	{Name: FormatXLSX, Exts: []string{".xlsx"}, New: func() Writer { return xlsxWriter{} }},
}

// Names lists the format names, for help text and completions.
func Names() []string {
	out := make([]string, len(Formats))
	for i, f := range Formats {
		out[i] = f.Name
	}
	return out
}

// Lookup returns the format called name.
func Lookup(name string) (Format, error) {
	for _, f := range Formats {
		if f.Name == strings.ToLower(strings.TrimSpace(name)) {
			return f, nil
		}
	}
	return Format{}, msg.E("report.unknown_format", msg.Args{"Format": name, "Formats": strings.Join(Names(), ", ")})
}

// ForPath returns the format an output file's extension asks for, and whether one did.
func ForPath(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range Formats {
		for _, e := range f.Exts {
			if e == ext {
				return f, true
			}
		}
	}
	return Format{}, false
}
