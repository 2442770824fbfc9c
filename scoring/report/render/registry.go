package render

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
)

// Writer writes one document, given as In, in one format. Every document's writers have this
// one shape; each document names its own (result.Writer is Writer[result.Input]).
type Writer[In any] interface {
	Write(w io.Writer, in In) error
}

// The names of the formats, as --format takes them.
const (
	FormatText     = "text"
	FormatMarkdown = "md"
	FormatHTML     = "html"
	FormatJSON     = "json"
	FormatCSV      = "csv"
	FormatXLSX     = "xlsx"
	FormatPDF      = "pdf"
)

// spec is what a format is whatever the document: the extensions that choose it with -o and
// whether its bytes are binary (not for a terminal).
type spec struct {
	exts   []string
	binary bool
}

// specs is the one list of formats: a format every document may offer is added here first.
var specs = map[string]spec{
	FormatText:     {exts: []string{".txt"}},
	FormatMarkdown: {exts: []string{".md", ".markdown"}},
	FormatHTML:     {exts: []string{".html", ".htm"}},
	FormatJSON:     {exts: []string{".json"}},
	FormatCSV:      {exts: []string{".csv"}},
	FormatXLSX:     {exts: []string{".xlsx"}, binary: true},
	FormatPDF:      {exts: []string{".pdf"}, binary: true},
}

// Format is a named output format of one document and the constructor of its writer.
type Format[W any] struct {
	Name string
	// Exts are the file extensions, lower-case with their dot, that choose this format with -o.
	Exts []string
	// Binary formats are not text: a terminal cannot show them.
	Binary bool
	New    func() W
}

// NewFormat is the format called name (one of the Format* constants), its extensions and
// binary flag taken from the one list every document shares. An unknown name is a mistake in
// the program, found by the tests when the registry is built.
func NewFormat[W any](name string, newWriter func() W) Format[W] {
	s, ok := specs[name]
	if !ok {
		panic("render: no format called " + name)
	}
	return Format[W]{Name: name, Exts: s.exts, Binary: s.binary, New: newWriter}
}

// Registry is the formats of one document, in the order help lists them.
type Registry[W any] struct {
	formats []Format[W]
}

// NewRegistry lists fs in this order.
func NewRegistry[W any](fs ...Format[W]) *Registry[W] {
	return &Registry[W]{formats: fs}
}

// Formats is what choosing a format needs to know of a document's registry, whatever its
// writers: every Registry is one.
type Formats interface {
	Names() []string
	IsBinary(name string) bool
}

var _ Formats = (*Registry[any])(nil)

// Names lists the format names, for help text and completions.
func (r *Registry[W]) Names() []string {
	out := make([]string, len(r.formats))
	for i, f := range r.formats {
		out[i] = f.Name
	}
	return out
}

// All lists the formats themselves.
func (r *Registry[W]) All() []Format[W] { return append([]Format[W](nil), r.formats...) }

// Lookup is the format called name, ignoring case and surrounding spaces.
func (r *Registry[W]) Lookup(name string) (Format[W], bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, f := range r.formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format[W]{}, false
}

// IsBinary reports whether the format called name writes bytes a terminal cannot show.
func (r *Registry[W]) IsBinary(name string) bool {
	f, ok := r.Lookup(name)
	return ok && f.Binary
}

// UnknownFormat is the error for a format name a document does not know: it lists the ones it
// does.
func UnknownFormat(name string, known Formats) error {
	return msg.E("report.unknown_format", msg.Args{"Format": name, "Formats": strings.Join(known.Names(), ", ")})
}

// FormatForPath is the format an output file's extension names among every format wwc
// writes, whatever the document: "x.xlsx" names xlsx even for a document that has no
// workbook, so that the command can say so instead of writing text under that name.
func FormatForPath(path string) (string, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for name, s := range specs {
		for _, e := range s.exts {
			if e == ext {
				return name, true
			}
		}
	}
	return "", false
}
