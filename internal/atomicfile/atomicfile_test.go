package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
)

func TestWriteReplacesAndLeavesNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "answers.yaml")
	if err := Write(path, []byte("one"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, []byte("two"), 0o644); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if string(data) != "two" {
		t.Fatalf("content %q", data)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("an existing file's permissions changed to %v", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteIntoMissingFolderFails(t *testing.T) {
	if err := Write(filepath.Join(t.TempDir(), "no", "such", "f"), []byte("x"), 0o644); err == nil {
		t.Fatal("wrote into a folder that does not exist")
	}
}

// TestWriteFollowsSymlinks writes through chains of links of every kind (relative, absolute,
// to a file, to a file not made yet, into another folder) and checks that the links stay
// links and the targets get the content.
func TestWriteFollowsSymlinks(t *testing.T) {
	for depth := 1; depth <= 4; depth++ {
		for _, relative := range []bool{true, false} {
			for _, exists := range []bool{true, false} {
				t.Run(fmt.Sprintf("depth%d-rel%v-exists%v", depth, relative, exists), func(t *testing.T) {
					dir := t.TempDir()
					other := filepath.Join(dir, "elsewhere")
					os.Mkdir(other, 0o755)
					target := filepath.Join(other, "report.html")
					if exists {
						os.WriteFile(target, []byte("old"), 0o640)
					}
					next := target
					var links []string
					for i := range depth {
						link := filepath.Join(dir, fmt.Sprintf("link%d", i))
						to := next
						if relative {
							to, _ = filepath.Rel(dir, next)
						}
						if err := os.Symlink(to, link); err != nil {
							t.Fatal(err)
						}
						links = append(links, link)
						next = link
					}
					if err := Write(next, []byte("new"), 0o644); err != nil {
						t.Fatal(err)
					}
					for _, l := range links {
						if fi, err := os.Lstat(l); err != nil || fi.Mode()&os.ModeSymlink == 0 {
							t.Errorf("%s is no longer a link", l)
						}
					}
					if data, _ := os.ReadFile(target); string(data) != "new" {
						t.Errorf("target holds %q", data)
					}
					if fi, _ := os.Stat(target); exists && fi.Mode().Perm() != 0o640 {
						t.Errorf("target's permissions became %v", fi.Mode().Perm())
					}
					entries, _ := os.ReadDir(other)
					if len(entries) != 1 {
						t.Errorf("temporary files left beside the target: %v", entries)
					}
				})
			}
		}
	}
}

func TestWriteRefusesLinkLoops(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.Symlink(b, a)
	os.Symlink(a, b)
	if err := Write(a, []byte("x"), 0o644); err == nil {
		t.Fatal("wrote through a loop of links")
	}
}

func TestWriteRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "adir")
	os.Mkdir(sub, 0o755)
	link := filepath.Join(dir, "tofolder")
	os.Symlink(sub, link)
	for _, p := range []string{sub, link, sub + "/"} {
		err := Write(p, []byte("x"), 0o644)
		var me *msg.Error
		if !errors.As(err, &me) || me.ID != "file.write_is_dir" || !strings.Contains(err.Error(), p) {
			t.Errorf("Write(%s): %v", p, err)
		}
		if fi, _ := os.Lstat(p); fi == nil || (!fi.IsDir() && fi.Mode()&os.ModeSymlink == 0) {
			t.Errorf("%s was replaced", p)
		}
	}
	if entries, _ := os.ReadDir(sub); len(entries) != 0 {
		t.Errorf("wrote into the folder: %v", entries)
	}
}

func TestWriteToDevNull(t *testing.T) {
	fi, err := os.Stat("/dev/null")
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/null")
	}
	// Through a link in a folder of ours, so that a regression replaces the link, never the
	// machine's /dev/null (these tests may run as root).
	link := filepath.Join(t.TempDir(), "null")
	os.Symlink("/dev/null", link)
	if err := Write(link, []byte("gone"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat("/dev/null"); fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is now %v", fi.Mode())
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link to /dev/null was replaced")
	}
}

func TestWriteToAFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	link := filepath.Join(t.TempDir(), "full")
	os.Symlink("/dev/full", link)
	for _, p := range []string{link, "/dev/full"} { // a regression fails on the link first
		err := Write(p, []byte("x"), 0o644)
		var me *msg.Error
		if !errors.As(err, &me) || me.ID != "file.write" {
			t.Fatalf("Write(%s): %v", p, err)
		}
		for _, lang := range i18n.Languages {
			text := me.Localize(i18n.For(lang))
			if !strings.HasPrefix(text, p+":") || !strings.Contains(text, i18n.For(lang).T("file.disk_full")) {
				t.Errorf("%s: %q", lang, text)
			}
		}
	}
}

// TestStandardStreamsAreWrittenStraight checks, without writing to the real /dev/stdout, that
// the standard streams and links to them are written straight even when the shell sent them
// to a regular file (renaming over /dev/stdout would replace the link, as root), and that a
// straight write appends, keeping what a shell's ">>" or earlier output put there.
func TestStandardStreamsAreWrittenStraight(t *testing.T) {
	dir := t.TempDir()
	regular := filepath.Join(dir, "out.txt")
	os.WriteFile(regular, []byte("before\n"), 0o644)
	fi, _ := os.Stat(regular)
	for _, p := range []string{"/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1", "/dev/stdout/"} {
		if got := how(filepath.Clean(p), fi); got != straight {
			t.Errorf("%s leading to a regular file: %d, want straight", p, got)
		}
	}
	if _, err := os.Stat("/dev/stdout"); err == nil {
		link := filepath.Join(dir, "out")
		os.Symlink("/dev/stdout", link)
		if target, _, err := resolve(link); err != nil || target != "/dev/stdout" {
			t.Errorf("resolve(link to /dev/stdout) = %q, %v", target, err)
		}
	}
	if err := writeStraight(regular, []byte("after\n")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(regular); string(data) != "before\nafter\n" {
		t.Errorf("a straight write did not append: %q", data)
	}
}

func TestRenameFollowsLinksAndRefusesFolders(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.html")
	os.WriteFile(target, []byte("old"), 0o600)
	link := filepath.Join(dir, "report.html")
	os.Symlink("real.html", link)
	tmp := filepath.Join(dir, ".tmp-report")
	os.WriteFile(tmp, []byte("new"), 0o644)
	if err := Rename(tmp, link); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(target); string(data) != "new" {
		t.Errorf("target holds %q", data)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced")
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("permissions became %v", fi.Mode().Perm())
	}
	os.WriteFile(tmp, []byte("new"), 0o644)
	if err := Rename(tmp, dir); err == nil {
		t.Error("renamed over a folder")
	}
}

func TestStaleTemporariesAreRemoved(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old := now.Add(-StaleAfter - time.Minute)
	files := map[string]struct {
		age     time.Time
		removed bool
	}{
		".answers.yaml.tmp-12345":   {old, true},
		".report.html.tmp-9":        {old, true},
		".answers.yaml.tmp-777":     {now.Add(-time.Minute), false}, // perhaps being written
		"answers.yaml.tmp-12345":    {old, false},                   // not hidden: not ours
		".answers.yaml.tmp-notours": {old, false},
		"answers.yaml":              {old, false},
		".hidden":                   {old, false},
	}
	for name, f := range files {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte("x"), 0o644)
		os.Chtimes(p, f.age, f.age)
	}
	os.Mkdir(filepath.Join(dir, ".folder.tmp-1"), 0o755)
	os.Chtimes(filepath.Join(dir, ".folder.tmp-1"), old, old)
	if err := Write(filepath.Join(dir, "new.yaml"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, f := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := err != nil; gone != f.removed {
			t.Errorf("%s: removed %v, want %v", name, gone, f.removed)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, ".folder.tmp-1")); err != nil {
		t.Error("a folder was removed")
	}
}
