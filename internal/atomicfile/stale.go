package atomicfile

import (
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"time"
)

// A temporary file lives from its creation to its rename, milliseconds; only a process killed
// in between (SIGKILL, a power cut) leaves one behind, as ".NAME.tmp-123456" beside NAME.
// Rather than leave such files in the user's folder for good, each process, the first time it
// writes into a folder, removes the temporaries there that are older than StaleAfter: far
// older than any write in progress (another wwc writing the same folder at the same moment
// keeps its own), and so no live file is ever touched. The names are hidden and shaped like
// nothing a user names a file, and only regular files are removed.

// StaleAfter is how old a leftover temporary file must be before it is removed.
const StaleAfter = 15 * time.Minute

// tempName is the shape of the temporary files Write makes: os.CreateTemp's random part is
// decimal digits.
var tempName = regexp.MustCompile(`^\..+\.tmp-[0-9]+$`)

// swept remembers the folders already cleaned by this process, so that writing many files
// into one folder (a batch's reports, an answers file after every answer) reads it once.
var swept sync.Map

// tempPrefix is the start of the temporary file's name for path.
func tempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp-" }

// removeStale removes leftover temporary files older than StaleAfter from dir, once per
// process and folder. Failures are ignored: cleaning is a courtesy, not the write.
func removeStale(dir string) {
	key := dir
	if abs, err := filepath.Abs(dir); err == nil {
		key = abs
	}
	if _, done := swept.LoadOrStore(key, true); done {
		return
	}
	removeStaleNow(dir, time.Now())
}

func removeStaleNow(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !tempName.MatchString(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < StaleAfter {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}
