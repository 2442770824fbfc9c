package session

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// NewFile is the answers file of a session at path ("" when wwc names it after the city),
// writing answers in order (the rubric's).
func NewFile(path string, order []string) *File {
	return &File{path: path, order: order}
}

// Imported is the workbook the answers were imported from, "" if none.
func (f *File) Imported() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.imported
}

// File is where an assess session saves. A new assessment with no file named is
// saved as wwc-<city>-<year>.yaml from the moment its city is known; if the year comes
// later, the file takes the year into its name before any criterion is asked. It remembers
// what the last save wrote, so that an interruption can say exactly what is on disk.
type File struct {
	mu sync.Mutex
	// path is the file, "" until the city is known.
	path string
	// auto says wwc chose the name; dated that the name holds the year.
	auto, dated bool
	// imported is the workbook the answers were imported from, if any.
	imported string
	order    []string
	// answers and metrics are what the last save wrote.
	answers, metrics int
}

// Save writes a to the file, naming it first if needed.
func (f *File) Save(a *assessment.Assessment) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.path == "" && a.City == "":
		return nil // nothing to name the file after yet
	case f.path == "":
		f.auto = true
		f.path = freeName(defaultName(a.City, a.Year))
		f.dated = a.Year != 0
	case f.auto && !f.dated && a.Year != 0:
		// The year arrived after the city: the file takes it into its name. The new file is
		// written before the old one goes, so one of them always holds everything.
		old := f.path
		f.path = freeName(defaultName(a.City, a.Year))
		f.dated = true
		if err := f.write(a); err != nil {
			f.path, f.dated = old, false
			return err
		}
		os.Remove(old)
		return nil
	}
	return f.write(a)
}

func (f *File) write(a *assessment.Assessment) error {
	if err := answers.Write(f.path, a, f.order); err != nil {
		return err
	}
	f.count(a)
	return nil
}

// Holds records what an existing file read to resume holds.
func (f *File) Holds(a *assessment.Assessment) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.count(a)
}

func (f *File) count(a *assessment.Assessment) {
	f.answers, f.metrics = 0, len(a.Outcomes)
	for _, ans := range a.Answers {
		if ans.Value != assessment.Unanswered {
			f.answers++
		}
	}
}

// Name is the file's path, "" when nothing was saved.
func (f *File) Name() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.path
}

// Snapshot is the file's path and what the last save wrote; path is "" when nothing was
// written.
func (f *File) Snapshot() (path string, answers, metrics int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := os.Stat(f.path); f.path == "" || err != nil {
		return "", 0, 0
	}
	return f.path, f.answers, f.metrics
}

// Open reads the answers file to resume, or starts a new assessment when the path is
// empty or names no file yet. A workbook or CSV table is imported: its answers are copied into
// a new answers file (output, or one named after the workbook) and the session goes on there.
// A file for another rubric, or one that does not read, is refused and left as it is.
func (f *File) Open(output string, r *questions.Rubric, lang string) (*assessment.Assessment, bool, error) {
	path := f.path
	if path == "" {
		f.auto = true
		return assessment.New(), false, nil
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		as := assessment.New()
		as.Source = path
		return as, false, nil
	}
	kind, err := load.Detect(path)
	if err != nil {
		return nil, false, err
	}
	if kind != load.KindAnswers {
		return f.importTable(output, r, lang)
	}
	as, err := answers.Read(path)
	if err != nil {
		return nil, false, err
	}
	if as.Rubric.Names() && !as.Rubric.Matches(r) {
		return nil, false, msg.E("assess.other_rubric", msg.Args{
			"File": path, "FileRubric": as.Rubric.String(), "Rubric": r.ID + " " + r.Version,
		})
	}
	if err := assessment.Check(as, r); err != nil {
		return nil, false, err
	}
	f.Holds(as)
	return as, true, nil
}

// importTable reads a workbook or CSV table given to wwc assess and saves its answers in a new
// answers file, never over an existing one; the workbook is left as it is.
func (f *File) importTable(output string, r *questions.Rubric, lang string) (*assessment.Assessment, bool, error) {
	workbook := f.path
	as, err := load.File(workbook, load.Options{Rubric: r})
	if err != nil {
		return nil, false, err
	}
	target := output
	if target == "" || fileio.SamePath(target, workbook) {
		target = strings.TrimSuffix(workbook, filepath.Ext(workbook)) + ".yaml"
	}
	f.path = freeName(target)
	f.imported = workbook
	as.Source = f.path
	as.Rubric = assessment.RubricRef{ID: r.ID, Version: r.Version}
	as.Lang = lang
	if err := f.Save(as); err != nil {
		return nil, false, err
	}
	return as, true, nil
}

// defaultName is wwc-<city>-<year>.yaml with the city made safe for a file name.
func defaultName(city string, year int) string {
	return "wwc-" + assessment.FileStem(city, year) + ".yaml"
}

// freeName returns name, or name with -2, -3... before its extension when a file of that
// name exists: a new assessment never overwrites another.
func freeName(name string) string {
	if _, err := os.Stat(name); errors.Is(err, os.ErrNotExist) {
		return name
	}
	ext := filepath.Ext(name)
	base := strings.TrimSuffix(name, ext)
	for i := 2; ; i++ {
		n := fmt.Sprintf("%s-%d%s", base, i, ext)
		if _, err := os.Stat(n); errors.Is(err, os.ErrNotExist) {
			return n
		}
	}
}
