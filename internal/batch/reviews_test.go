package batch

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestLoadReviewsAccountsForEveryFile: in a folder of reviews (nested, beside the
// submissions, with lock and hidden files, a note, a broken review, a link that leaves the
// folder), the reviews are read with their comments dropped, the submissions and the files
// of spreadsheet programs are passed over, and every other file is listed with why.
func TestLoadReviewsAccountsForEveryFile(t *testing.T) {
	r := defaultRubric(t)
	dir := t.TempDir()
	put := func(rel, text string) string {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rev := reviewOf(r, version(r, 1, 0), "")
	item := rev.Criteria["DM1"]
	item.Comment, item.Date = "a long comment", "2026-11-20"
	rev.Criteria["DM1"] = item
	data, err := reviewfile.Marshal(rev, nil)
	if err != nil {
		t.Fatal(err)
	}
	put("reviews/a.yaml", string(data))
	put("reviews/deep/b.yml", string(data))
	put("reviews/~$a.xlsx", "lock")
	put("reviews/.hidden.yaml", string(data))
	put("reviews/notes.txt", "to do")
	put("reviews/broken.yaml", "format: wwc-review/1\nsubmission: [\n")
	sub := put("reviews/city.yaml", "format: wwc-answers/1\ncity: X\n")
	outside := put("elsewhere/c.yaml", string(data))
	if err := os.Symlink(outside, filepath.Join(dir, "reviews", "link.yaml")); err != nil {
		t.Fatal(err)
	}
	rs, err := LoadReviews(filepath.Join(dir, "reviews"), []string{sub}, 3)
	if err != nil {
		t.Fatal(err)
	}
	var read []string
	for _, f := range rs.Files {
		read = append(read, filepath.Base(f.Path))
		if c := f.Review.Criteria["DM1"]; c.Comment != "" || c.Date != "" {
			t.Errorf("%s keeps its comment %q", f.Path, c.Comment)
		}
	}
	if strings.Join(read, " ") != "a.yaml b.yml" {
		t.Errorf("read %v, want a.yaml and deep/b.yml", read)
	}
	got := map[string]string{}
	for _, s := range rs.Skipped {
		got[filepath.Base(s.Path)] = msg.Text(i18n.English(), s.Reason)
	}
	for name, want := range map[string]string{"notes.txt": "not named like a review", "broken.yaml": "line 2", "link.yaml": "outside"} {
		if !strings.Contains(got[name], want) {
			t.Errorf("%s: skipped with %q, want %q", name, got[name], want)
		}
	}
	if len(got) != 3 {
		t.Errorf("skipped %v, want only the note, the broken review and the link", got)
	}
	if _, err := LoadReviews(filepath.Join(dir, "nowhere"), nil, 1); err == nil {
		t.Error("a folder that does not exist gives no error")
	}
	one, err := LoadReviews(filepath.Join(dir, "reviews", "a.yaml"), nil, 1)
	if err != nil || len(one.Files) != 1 {
		t.Errorf("one review file given: %v, %v", one, err)
	}
}

// TestReviewsBesideTheSubmissions: when the folder of reviews is the folder of submissions,
// the reviews in it are read as reviews (with no note that they are no submissions), the
// submissions are not listed as files that are not reviews, and the review applies.
func TestReviewsBesideTheSubmissions(t *testing.T) {
	r := defaultRubric(t)
	dir := t.TempDir()
	a := version(r, 1, 0)
	data, err := answers.MarshalYAML(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "city.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	rev, err := reviewfile.Marshal(reviewOf(r, a, ""), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "city-review.yaml"), rev, 0o644); err != nil {
		t.Fatal(err)
	}
	var notes []string
	job := &Job{Paths: []string{dir}, Rubric: r, Cat: i18n.English(), Workers: 2, ReviewsDir: dir,
		Note: func(err error) { notes = append(notes, err.Error()) }}
	out, err := job.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) > 0 {
		t.Errorf("notes %v", notes)
	}
	rs := out.Summary.Reviews
	if rs.Read != 1 || len(rs.Skipped) != 0 || len(rs.Unmatched) != 0 {
		t.Errorf("reviews %+v", rs)
	}
	if len(out.Summary.Rows) != 1 || out.Summary.Rows[0].Brief.Validated == nil || out.Summary.Rows[0].Stale {
		t.Errorf("rows %+v", out.Summary.Rows)
	}
}
