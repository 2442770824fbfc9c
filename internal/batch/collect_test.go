package batch

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"
)

// TestCollectStaysInTheFolder: in many generated folders, links that leave the folder are
// skipped (never followed), links inside are followed once, link loops end, FIFOs are skipped
// unopened, and every file is either collected or skipped, never both and never twice.
func TestCollectStaysInTheFolder(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	outside := t.TempDir()
	secretFile := filepath.Join(outside, "env")
	os.WriteFile(secretFile, []byte("DB_PASSWORD=x\n"), 0o600)
	for round := 0; round < 40; round++ {
		root := t.TempDir()
		os.MkdirAll(filepath.Join(root, "sub", "deep"), 0o755)
		var want []string
		for i := 0; i < 1+rng.IntN(5); i++ {
			name := filepath.Join([]string{".", "sub", "sub/deep"}[rng.IntN(3)], fmt.Sprintf("c%d%s", i, []string{".xlsx", ".xls", ".ods", ".xlsb", ".numbers", ".xml", ".xltx", ".xltm", ".csv", ".yaml", ".json"}[rng.IntN(11)]))
			os.WriteFile(filepath.Join(root, name), []byte("x"), 0o644)
			want = append(want, filepath.Join(root, name))
		}
		outsideLinks, insideLinks := rng.IntN(3), rng.IntN(3)
		for i := 0; i < outsideLinks; i++ {
			target := []string{secretFile, "/etc/passwd", outside, "/proc/self/environ"}[rng.IntN(4)]
			os.Symlink(target, filepath.Join(root, fmt.Sprintf("out%d.csv", i)))
		}
		for i := 0; i < insideLinks; i++ {
			os.Symlink(want[rng.IntN(len(want))], filepath.Join(root, "sub", fmt.Sprintf("in%d.xlsx", i)))
		}
		os.Symlink(root, filepath.Join(root, "sub", "loop"))
		os.Symlink("../..", filepath.Join(root, "sub", "deep", "up"))
		fifo := filepath.Join(root, "x.xlsx")
		hasFIFO := syscall.Mkfifo(fifo, 0o600) == nil

		got, err := Collect([]string{root})
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(want)
		if fmt.Sprint(got.Files) != fmt.Sprint(want) {
			t.Fatalf("round %d: collected\n%v\nwant\n%v", round, got.Files, want)
		}
		count := map[string]int{}
		for _, s := range got.Skipped {
			count[s.Reason]++
			for _, f := range got.Files {
				if f == s.Path {
					t.Errorf("%s is collected and skipped", f)
				}
			}
		}
		if count[SkipLinkOutside] != outsideLinks || count[SkipLinkRepeat] != insideLinks+2 {
			t.Errorf("round %d: skipped %v, want %d outside and %d repeats", round, count, outsideLinks, insideLinks+2)
		}
		if hasFIFO && count[SkipSpecial] != 1 {
			t.Errorf("round %d: the FIFO was not skipped: %v", round, got.Skipped)
		}
	}
}

// TestCollectAccountsForOtherFiles: a folder's hidden, lock, temporary and other files are
// listed as skipped with their reasons, and a file with no extension that is a workbook by
// content is collected.
func TestCollectAccountsForOtherFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.xlsx": "x", ".hidden.csv": "x", "~$a.xlsx": "x", ".~lock.a.xlsx#": "x", "a.xlsx~": "x", "notes.docx": "PK\x03\x04word/",
		"photo.jpg": "\xff\xd8\xff\xe0", "noext": "PK\x03\x04[Content_Types].xml xl/workbook.xml", "report.html": `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="wwc">`,
	}
	for name, data := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644)
	}
	got, err := Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got.Files) != fmt.Sprint([]string{filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "noext")}) {
		t.Errorf("collected %v", got.Files)
	}
	reasons := map[string]string{}
	for _, s := range got.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	want := map[string]string{".hidden.csv": SkipHidden, "~$a.xlsx": SkipLock, ".~lock.a.xlsx#": SkipLock, "a.xlsx~": SkipTemporary,
		"notes.docx": SkipOther, "photo.jpg": SkipOther, "report.html": SkipOutput}
	if fmt.Sprint(reasons) != fmt.Sprint(want) {
		t.Errorf("skipped %v\nwant    %v", reasons, want)
	}
}
