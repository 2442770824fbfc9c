package load

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestReviewFilesAreNotSubmissions: an evaluator's review file, however named, is recognized
// as a wwc document and refused as answers with a message that says what it is, in YAML as
// wwc writes it and as JSON; an answers file is not taken for one.
func TestReviewFilesAreNotSubmissions(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 20; i++ {
		rev := assessment.NewReview()
		rev.Submission.SHA256 = fmt.Sprint(rng.Int63())
		rev.Criteria["DM1"] = assessment.ReviewItem{Decision: assessment.Decisions[rng.Intn(3)], Comment: "format: wwc-answers/1"}
		data, err := reviewfile.Marshal(rev, nil)
		if err != nil {
			t.Fatal(err)
		}
		name := []string{"review.yaml", "maipu.yml", "revision.json", "answers.yaml"}[i%4]
		if strings.HasSuffix(name, ".json") {
			data = []byte(fmt.Sprintf(`{"format": "wwc-review/1", "submission": {"sha256": "%d", "rubric": {"id": "x", "version": "1"}}}`, rng.Int63()))
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		rec, err := SniffFile(path)
		if err != nil || rec.Kind != KindOutput || rec.Output != OutputReview {
			t.Fatalf("%s: recognized as %+v (%v)\n%s", name, rec, err, data)
		}
		_, err = File(path, Options{})
		if es := msg.Text(i18n.For("es"), err); !strings.Contains(es, "es una revisión de un evaluador") {
			t.Errorf("%s: %v", name, es)
		}
	}
	answers := filepath.Join(dir, "city.yaml")
	os.WriteFile(answers, []byte("format: wwc-answers/1\ncity: Maipú\nanswers:\n  DM1: sí # format: wwc-review/1\n"), 0o644)
	if rec, _ := SniffFile(answers); rec.Kind == KindOutput {
		t.Errorf("an answers file taken for a review: %+v", rec)
	}
}
