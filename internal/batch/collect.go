package batch

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
)

// Why a file found in a folder is not a submission. These are stable words: the JSON summary
// gives them.
const (
	SkipHidden      = "hidden"
	SkipLock        = "lock"
	SkipTemporary   = "temporary"
	SkipLinkOutside = "link_outside"
	SkipLinkBroken  = "link_broken"
	SkipLinkRepeat  = "link_repeat"
	SkipSpecial     = "special"
	SkipOutput      = "output"
	SkipOther       = "other"
)

// SkipReasons lists the reasons in the order summaries give them.
var SkipReasons = []string{SkipHidden, SkipLock, SkipTemporary, SkipLinkOutside, SkipLinkBroken, SkipLinkRepeat, SkipSpecial, SkipOutput, SkipOther}

// Skip is a file found in a folder and left out, and why. Note, when set, is the line to tell
// the user about it (a link that leaves the folder, a pipe, a report of wwc's).
type Skip struct {
	Path   string
	Reason string
	Note   error
}

// Collection is what the paths given hold: the files to read, in sorted order, and the files
// left out.
type Collection struct {
	Files   []string
	Skipped []Skip
}

// SkipReason says why a file found in a folder is left out by its name alone: hidden files,
// Excel's ~$ lock files, LibreOffice's .~lock files, editors' temporary files. "" keeps it.
func SkipReason(name string) string {
	switch {
	case strings.HasPrefix(name, ".~lock.") || strings.HasPrefix(name, "~$"):
		return SkipLock
	case strings.HasPrefix(name, "."):
		return SkipHidden
	case strings.HasPrefix(name, "~") || strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".tmp") ||
		strings.HasSuffix(name, "#") || strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".bak"):
		return SkipTemporary
	}
	return ""
}

// Collect expands paths into the files to read: files as given (read whatever their name, so
// that a renamed file still gets its precise message), folders walked recursively, and glob
// patterns. In a folder, only regular files are taken, and only those that look like a
// spreadsheet, a CSV or an answers file by name or by content; a link is followed only when it
// stays inside the folder, and no file or folder is taken twice. Every other file found is
// listed as skipped, with its reason.
func Collect(paths []string) (Collection, error) {
	c := &collector{seen: map[string]string{}}
	var problems msg.List
	for _, p := range paths {
		matches := []string{p}
		if strings.ContainsAny(p, "*?[") {
			m, err := filepath.Glob(p)
			if err != nil || len(m) == 0 {
				problems = append(problems, msg.E("batch.no_match", msg.Args{"Pattern": p}))
				continue
			}
			matches = m
		}
		for _, m := range matches {
			fi, err := os.Stat(m)
			if err != nil {
				problems = append(problems, msg.Wrap(err, "file.open", msg.Args{"File": m, "Err": fileio.Reason(err)}))
				continue
			}
			if !fi.IsDir() {
				c.add(filepath.Clean(m), realPath(m))
				continue
			}
			if err := c.walkRoot(filepath.Clean(m)); err != nil {
				problems = append(problems, err)
			}
		}
	}
	sort.Strings(c.out.Files)
	sort.SliceStable(c.out.Skipped, func(i, j int) bool { return c.out.Skipped[i].Path < c.out.Skipped[j].Path })
	if len(problems) > 0 {
		return c.out, problems
	}
	return c.out, nil
}

type collector struct {
	out Collection
	// seen maps the real path of every file taken to the name it was taken under.
	seen map[string]string
}

// candidate is a file met in a folder walk.
type candidate struct {
	path, real string
	link       bool
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func (c *collector) add(path, real string) {
	if _, ok := c.seen[real]; ok {
		return
	}
	c.seen[real] = path
	c.out.Files = append(c.out.Files, path)
}

func (c *collector) skip(path, reason string, note error) {
	c.out.Skipped = append(c.out.Skipped, Skip{Path: path, Reason: reason, Note: note})
}

// walkRoot walks one folder given by the user. Files reached through links come after the
// files themselves, so that a file and a link to it are taken once, under the file's name.
func (c *collector) walkRoot(root string) error {
	w := &walk{c: c, root: root, rootReal: realPath(root), visited: map[string]bool{}}
	if err := w.dir(root, w.rootReal, false); err != nil {
		return err
	}
	sort.SliceStable(w.found, func(i, j int) bool { return !w.found[i].link && w.found[j].link })
	for _, f := range w.found {
		if first, ok := c.seen[f.real]; ok {
			if f.link {
				c.skip(f.path, SkipLinkRepeat, msg.E("batch.skip.link_repeat", msg.Args{"File": f.path, "Target": first}))
			}
			continue
		}
		c.take(f)
	}
	return nil
}

// take adds a regular file met in a walk if it looks like a submission, and lists it as
// skipped otherwise.
func (c *collector) take(f candidate) {
	if load.SubmissionName(f.path) {
		c.add(f.path, f.real)
		return
	}
	rec, err := load.SniffFile(f.path)
	switch {
	case err != nil:
		c.add(f.path, f.real) // reading it again will say what is wrong
	case rec.Kind.Submission():
		c.add(f.path, f.real)
	case rec.Kind == load.KindOutput:
		c.seen[f.real] = f.path
		c.skip(f.path, SkipOutput, msg.E("batch.skip.output", msg.Args{"Note": (&load.Input{Name: f.path, Recognized: rec}).Refusal()}))
	default:
		c.seen[f.real] = f.path
		c.skip(f.path, SkipOther, nil)
	}
}

type walk struct {
	c              *collector
	root, rootReal string
	visited        map[string]bool
	found          []candidate
}

func (w *walk) dir(path, real string, viaLink bool) error {
	w.visited[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		return msg.Wrap(err, "file.read", msg.Args{"File": path, "Err": fileio.Reason(err)})
	}
	for _, e := range entries {
		p, r := filepath.Join(path, e.Name()), filepath.Join(real, e.Name())
		if reason := SkipReason(e.Name()); reason != "" {
			w.c.skip(p, reason, nil)
			continue
		}
		mode := e.Type()
		switch {
		case mode&os.ModeSymlink != 0:
			w.link(p)
		case mode.IsDir():
			if err := w.dir(p, r, viaLink); err != nil {
				w.c.skip(p, SkipSpecial, err)
			}
		case mode.IsRegular():
			w.found = append(w.found, candidate{path: p, real: r, link: viaLink})
		default:
			w.c.skip(p, SkipSpecial, msg.E("batch.skip.special", msg.Args{"File": p}))
		}
	}
	return nil
}

// link follows a link only when it stays inside the folder walked.
func (w *walk) link(p string) {
	target, err := filepath.EvalSymlinks(p)
	if err != nil {
		w.c.skip(p, SkipLinkBroken, msg.E("batch.skip.link_broken", msg.Args{"File": p}))
		return
	}
	if target, err = filepath.Abs(target); err != nil || !within(target, w.rootReal) {
		w.c.skip(p, SkipLinkOutside, msg.E("batch.skip.link_outside", msg.Args{"File": p, "Dir": w.root}))
		return
	}
	fi, err := os.Stat(target)
	switch {
	case err != nil:
		w.c.skip(p, SkipLinkBroken, msg.E("batch.skip.link_broken", msg.Args{"File": p}))
	case fi.IsDir():
		if w.visited[target] {
			w.c.skip(p, SkipLinkRepeat, msg.E("batch.skip.link_repeat", msg.Args{"File": p, "Target": target}))
			return
		}
		if err := w.dir(p, target, true); err != nil {
			w.c.skip(p, SkipSpecial, err)
		}
	case fi.Mode().IsRegular():
		w.found = append(w.found, candidate{path: p, real: target, link: true})
	default:
		w.c.skip(p, SkipSpecial, msg.E("batch.skip.special", msg.Args{"File": p}))
	}
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
