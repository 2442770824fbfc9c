package review

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/session"
)

// decisionWords are what an evaluator may type for each decision, in any language, any case.
var decisionWords = map[assessment.Decision][]string{
	assessment.Accepted:      {"1", "accepted", "Aceptado", "ACEITO", "aceita", "a", " sí "},
	assessment.NotAccepted:   {"2", "not accepted", "No aceptado", "não aceito", "nao aceito", "rechazado", "x"},
	assessment.Clarification: {"3", "clarification", "Aclaración", "aclaracion", "esclarecimento", "w"},
}

// TestLinesTakeEveryWord answers each pending claim with a decision word drawn from every
// language (or skips it), with a comment or none, stops with q or lets the input end, and
// finds in the file exactly what was typed up to there.
func TestLinesTakeEveryWord(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(9, 10))
	for n := range 12 {
		a := genSubmission(rng, r)
		path := filepath.Join(t.TempDir(), "r.yaml")
		w := open(t, r, a, path)
		pending := w.Pending()
		stopAt := rng.IntN(len(pending) + 1)
		var in strings.Builder
		want := map[Target]assessment.ReviewItem{}
		for i, tg := range pending[:stopAt] {
			if rng.IntN(5) == 0 {
				in.WriteString([]string{"4", "skip", "saltar", "pular"}[rng.IntN(4)] + "\n")
				continue
			}
			d := assessment.Decisions[rng.IntN(3)]
			words := decisionWords[d]
			comment := ""
			if rng.IntN(2) == 0 {
				comment = fmt.Sprintf("comentario %d", i)
			}
			fmt.Fprintf(&in, "%s\n%s\n", words[rng.IntN(len(words))], comment)
			want[tg] = assessment.ReviewItem{Decision: d, Comment: comment}
		}
		quit := rng.IntN(2) == 0
		if quit {
			in.WriteString([]string{"q", "5", "salir", "sair"}[rng.IntN(4)] + "\n")
		}
		lang := i18n.Languages[n%len(i18n.Languages)]
		err := NewLines(w, i18n.For(lang), strings.NewReader(in.String()), io.Discard).Run()
		switch {
		case quit || stopAt == len(pending):
			if err != nil {
				t.Fatalf("case %d: %v", n, err)
			}
		case !errors.Is(err, session.ErrInterrupted):
			t.Fatalf("case %d: the input ending is %v, want an interruption", n, err)
		}
		back, err := reviewfile.Read(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(back.Criteria)+len(back.Metrics) != len(want) {
			t.Fatalf("case %d (%s): %d decisions, want %d\ninput:\n%s", n, lang, len(back.Criteria)+len(back.Metrics), len(want), in.String())
		}
		for tg, it := range want {
			got := back.Criteria[tg.Criterion]
			if tg.IsMetric() {
				got = back.Metrics[w.MetricKey(tg.Metric)]
			}
			if got.Decision != it.Decision || got.Comment != it.Comment {
				t.Fatalf("case %d (%s): %v is %+v, want %+v", n, lang, tg, got, it)
			}
		}
	}
}

// TestLinesRefuseOtherWords asks again after a word that is no decision, and keeps the
// comment of a decision taken again when Enter is pressed.
func TestLinesRefuseOtherWords(t *testing.T) {
	r := rubric(t)
	a := genSubmission(rand.New(rand.NewPCG(11, 12)), r)
	path := filepath.Join(t.TempDir(), "r.yaml")
	w := open(t, r, a, path)
	first := w.Pending()[0]
	var out strings.Builder
	err := NewLines(w, i18n.For("es"), strings.NewReader("tal vez\n9\n2\nsin acta\nq\n"), &out).Run()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"tal vez" no es una opción`) || !strings.Contains(out.String(), `"9" no es una opción`) {
		t.Fatalf("no second chance:\n%s", out.String())
	}
	if it := w.Item(first); it.Decision != assessment.NotAccepted || it.Comment != "sin acta" {
		t.Fatalf("%+v", it)
	}
	// Decided again (resumed from the first claim): Enter keeps the comment there was.
	w.Rev.Criteria[first.Criterion] = assessment.ReviewItem{}
	w.Rev.Criteria[first.Criterion] = assessment.ReviewItem{Decision: assessment.Unreviewed, Comment: "sin acta"}
	if err := NewLines(w, i18n.For("pt"), strings.NewReader("1\n\nq\n"), io.Discard).Run(); err != nil {
		t.Fatal(err)
	}
	if it := w.Item(first); it.Decision != assessment.Accepted || it.Comment != "sin acta" {
		t.Fatalf("%+v", it)
	}
}
