package batch

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/scoring/report/result"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// Reports writes each submission's report under a temporary name as soon as it is scored
// and, once the batch is done, gives it its final name in sorted path order, so that names do
// not depend on which worker finished first: <city>-<year>.<ext>, then -2, -3 for a city and
// year submitted again; a file without a city's name gives its own name instead (see stem).
// No name is ever that of an input. A nil *Reports writes nothing.
type Reports struct {
	dir    string
	format result.Format
	ext    string
	inputs map[string]bool
	files  []string
	// created says the folder did not exist before this batch made it.
	created bool
	mu      sync.Mutex
	temp    map[int]tempReport
}

type tempReport struct{ path, base string }

// NewReports makes the folder dir (remembering whether this run created it, so that an
// interrupted run can remove it again) for reports in format f of the files inputs. An empty
// dir is no reports: the result is nil.
func NewReports(dir string, f result.Format, inputs []string) (*Reports, error) {
	if dir == "" {
		return nil, nil
	}
	n := &Reports{dir: dir, format: f, ext: f.Exts[0], inputs: map[string]bool{}, files: inputs, temp: map[int]tempReport{}}
	for _, in := range inputs {
		if abs, err := filepath.Abs(in); err == nil {
			n.inputs[abs] = true
		}
	}
	_, statErr := os.Stat(dir)
	n.created = os.IsNotExist(statErr)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, msg.Wrap(err, "file.write", msg.Args{"File": dir, "Err": fileio.Reason(err)})
	}
	return n, nil
}

// Write writes the report of the i-th file under a temporary name.
func (n *Reports) Write(i int, in result.Input) error {
	if n == nil {
		return nil
	}
	var buf bytes.Buffer
	if err := n.format.New().Write(&buf, in); err != nil {
		return err
	}
	// The temporary name is already the safe step: Finish renames it into place, so it is
	// written plainly, without a second temporary file and a sync of its own.
	tmp := filepath.Join(n.dir, fmt.Sprintf(".wwc-report-%d%s", i, n.ext))
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return atomicfile.WriteError(tmp, err)
	}
	base := n.stem(i, in.Result.City, in.Result.Year)
	n.mu.Lock()
	n.temp[i] = tempReport{tmp, base}
	n.mu.Unlock()
	return nil
}

// Finish gives every report written its final name, in the order of the files.
func (n *Reports) Finish(files int) error {
	if n == nil {
		return nil
	}
	taken := map[string]bool{}
	for i := 0; i < files; i++ {
		t, ok := n.temp[i]
		if !ok {
			continue
		}
		name := filepath.Join(n.dir, t.base+n.ext)
		for k := 2; taken[name] || n.isInput(name); k++ {
			name = filepath.Join(n.dir, fmt.Sprintf("%s-%d%s", t.base, k, n.ext))
		}
		taken[name] = true
		if err := atomicfile.Rename(t.path, name); err != nil {
			return err
		}
	}
	return nil
}

// Discard removes the reports written under their temporary names, and the folder when this
// batch made it: an interrupted batch leaves no report behind.
func (n *Reports) Discard() {
	if n == nil {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	for i, t := range n.temp {
		os.Remove(t.path)
		delete(n.temp, i)
	}
	if n.created {
		os.Remove(n.dir) // only when empty: nothing else is ever removed
	}
}

func (n *Reports) isInput(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && n.inputs[abs]
}

// stem is the start of the i-th file's report name: the city and year it gives, or, when it
// gives no city (a workbook without a city sheet) or one with no letter a file name can keep,
// the file's own name, so that such reports are not all "city.html", "city-2.html"...
func (n *Reports) stem(i int, city string, year int) string {
	if assessment.FileStem("x"+city, 0) != "x" || i >= len(n.files) { // the city has a letter to keep
		return assessment.FileStem(city, year)
	}
	base := filepath.Base(n.files[i])
	return assessment.FileStem(strings.TrimSuffix(base, filepath.Ext(base)), 0)
}
