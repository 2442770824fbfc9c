package main

import (
	"os"
	"sync"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/assessment"
)

// answersFile is where an assess session saves. A new assessment with no file named is
// saved as wwc-<city>-<year>.yaml from the moment its city is known; if the year comes
// later, the file takes the year into its name before any criterion is asked. It remembers
// what the last save wrote, so that an interruption can say exactly what is on disk.
type answersFile struct {
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

// save writes a to the file, naming it first if needed.
func (f *answersFile) save(a *assessment.Assessment) error {
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

func (f *answersFile) write(a *assessment.Assessment) error {
	if err := answers.Write(f.path, a, f.order); err != nil {
		return err
	}
	f.count(a)
	return nil
}

// holds records what an existing file read to resume holds.
func (f *answersFile) holds(a *assessment.Assessment) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.count(a)
}

func (f *answersFile) count(a *assessment.Assessment) {
	f.answers, f.metrics = 0, len(a.Outcomes)
	for _, ans := range a.Answers {
		if ans.Value != assessment.Unanswered {
			f.answers++
		}
	}
}

// name is the file's path, "" when nothing was saved.
func (f *answersFile) name() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.path
}

// snapshot is the file's path and what the last save wrote; path is "" when nothing was
// written.
func (f *answersFile) snapshot() (path string, answers, metrics int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := os.Stat(f.path); f.path == "" || err != nil {
		return "", 0, 0
	}
	return f.path, f.answers, f.metrics
}
