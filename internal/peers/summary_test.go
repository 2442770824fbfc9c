package peers

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/render"
)

func ptr[T any](v T) *T { return &v }

// summaryDoc is a summary of n scored rows, a failed one and a repeat left out.
func summaryDoc(rng *rand.Rand, n int) cohort.Doc {
	d := cohort.Doc{Format: "wwc-batch/1", Rubric: render.RubricDoc{ID: "wwc-2022", Version: "2022.1"}, Counted: n,
		Practices: []cohort.PracticeAverageDoc{{ID: "DM"}, {ID: "LC"}, {ID: "EVAL"}}}
	for _, id := range []string{"DM1", "LC1", "EVAL1"} {
		d.Criteria = append(d.Criteria, cohort.CriterionRateDoc{ID: id, Met: rng.IntN(n + 1), Of: n})
	}
	for i := range n {
		met := rng.IntN(44)
		d.Submissions = append(d.Submissions, cohort.SubmissionDoc{File: fmt.Sprintf("c%d.xlsx", i), City: fmt.Sprint("City ", i), Year: 2024,
			Met: ptr(met), Total: ptr(43), Percent: ptr(float64(met) * 100 / 43), Tier: "none",
			Practices: map[string]float64{"EVAL": 25, "DM": float64(rng.IntN(101)), "LC": 50}})
	}
	d.Submissions = append(d.Submissions, cohort.SubmissionDoc{File: "broken.xlsx", Errors: []string{"broken"}},
		cohort.SubmissionDoc{File: "again.xlsx", City: "City 0", Year: 2024, Met: ptr(1), Total: ptr(43), Duplicate: true, Counted: ptr(false)})
	return d
}

// TestReadSummary: over many generated summaries, a sound one gives a peer per counted row,
// its practices in the summary's order, and its tally; one spoiled in any of many ways (a
// figure out of range, another format, cut short, not JSON) is refused with a message naming
// the file, never a panic.
func TestReadSummary(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	dir := t.TempDir()
	spoil := []func(d *cohort.Doc){
		func(d *cohort.Doc) { d.Submissions[0].Met = ptr(-1) },
		func(d *cohort.Doc) { d.Submissions[0].Met = ptr(44) },
		func(d *cohort.Doc) { d.Submissions[0].Total = ptr(0) },
		func(d *cohort.Doc) { d.Submissions[0].Practices["DM"] = 100.5 },
		func(d *cohort.Doc) { d.Submissions[0].Practices["LC"] = -2 },
		func(d *cohort.Doc) { d.Criteria[1].Met = d.Counted + 1 },
		func(d *cohort.Doc) { d.Criteria[0].Met = -1 },
		func(d *cohort.Doc) { d.Counted = -1 },
		func(d *cohort.Doc) { d.Format = "wwc-trend/1" },
	}
	for round := range 60 {
		n := 1 + rng.IntN(12)
		d := summaryDoc(rng, n)
		which := rng.IntN(len(spoil) + 3)
		if which < len(spoil) {
			spoil[which](&d)
		}
		data, _ := json.Marshal(d)
		switch which {
		case len(spoil):
			data = data[:rng.IntN(len(data))]
		case len(spoil) + 1:
			data = []byte(strings.Repeat("{", rng.IntN(50)) + "not json")
		}
		path := filepath.Join(dir, fmt.Sprintf("s%d.json", round))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		peers, tally, err := ReadSummary(path)
		if which <= len(spoil)+1 {
			var e *msg.Error
			if err == nil || !errors.As(err, &e) || e.ID != "benchmark.summary_invalid" || e.Args["File"] != path {
				t.Errorf("round %d (spoiled %d): err = %v", round, which, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if len(peers) != n || tally.Of != n || len(tally.Met) != 3 {
			t.Fatalf("round %d: %d peers, tally of %d", round, len(peers), tally.Of)
		}
		for _, p := range peers {
			if strings.Join(p.Brief.PracticeIDs, ",") != "DM,LC,EVAL" || p.Tally != path || p.RubricVersion != "2022.1" || !strings.HasPrefix(p.Source, path+": c") {
				t.Fatalf("round %d: peer %+v", round, p)
			}
		}
	}
}

// TestReadSummaryManyPractices: a hostile summary whose rows claim twenty thousand
// practices reads in one pass per row (the order looked up, not searched), keeping them all.
func TestReadSummaryManyPractices(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	d := summaryDoc(rng, 2)
	const n = 20000
	for i := range n {
		id := fmt.Sprint("P", i)
		d.Practices = append(d.Practices, cohort.PracticeAverageDoc{ID: id})
		d.Submissions[0].Practices[id] = 1
	}
	data, _ := json.Marshal(d)
	path := filepath.Join(t.TempDir(), "many.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	peers, _, err := ReadSummary(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(peers[0].Brief.PracticeIDs); got != n+3 || peers[0].Brief.PracticeIDs[0] != "DM" || peers[0].Brief.PracticeIDs[3] != "P0" {
		t.Errorf("%d practices, starting %v", got, peers[0].Brief.PracticeIDs[:4])
	}
}
