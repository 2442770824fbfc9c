package reviewbook

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// spellings are the ways an evaluator writes each decision, in the three languages.
var spellings = map[assessment.Decision][]string{
	assessment.Accepted:      {"accepted", "aceptado", "aceptada", "aceito", "aceita", "Accepted", "ACEPTADO"},
	assessment.NotAccepted:   {"not accepted", "no aceptado", "não aceito", "nao aceito", "rejected", "rechazado", "rejeitado", "No Aceptado"},
	assessment.Clarification: {"clarification", "aclaración", "aclaracion", "esclarecimento", "Aclaración", "ESCLARECIMENTO"},
	assessment.Unreviewed:    {"", " ", "sin revisar", "unreviewed"},
}

// vary writes a word as people type it: capitals, surrounding spaces, a trailing full stop.
func vary(rng *rand.Rand, w string) string {
	switch rng.Intn(5) {
	case 0:
		w = strings.ToUpper(w)
	case 1:
		w = "  " + w + " "
	case 2:
		if strings.TrimSpace(w) != "" {
			w += "."
		}
	}
	return w
}

var (
	decisionHeaders = map[string][]string{"en": {"Decision", "decision", "Reviewer decision"}, "es": {"Decisión", "DECISIÓN", "Decisión del evaluador"}, "pt": {"Decisão", "decisão", "Decisão do avaliador"}}
	commentHeaders  = map[string][]string{"en": {"Comment", "Reviewer comment"}, "es": {"Comentario", "Comentario del evaluador"}, "pt": {"Comentário", "Comentário do avaliador"}}
	answerHeaders   = map[string][]string{"en": {"City's answer", "Answer"}, "es": {"Respuesta de la ciudad", "Respuesta"}, "pt": {"Resposta da cidade", "Resposta"}}
	idHeaders       = []string{"ID", "Código", "Code", "Criterion ID", "id del criterio"}
	answerWords     = map[assessment.Value]string{assessment.Met: "Cumple", assessment.NotMet: "não atende", assessment.InProgress: "In progress", assessment.Unanswered: ""}
)

var ids = []string{"DM1", "DM2", "LC3", "OD4", "PA5", "BF1", "RDC8", "CI2", "EVAL4"}

// generated is a review workbook made in memory and what reading it must give.
type generated struct {
	book      workbook.MemoryBook
	criteria  map[string]assessment.ReviewItem
	shown     map[string]assessment.Value
	sheet     string
	lang      string
	decisionC int
}

// generate makes a review workbook with random sheets before and after, the header on a
// random row among the first 20, the columns in a random order with other columns between,
// headers in a random language, decisions spelled in any language or left blank.
func generate(rng *rand.Rand) generated {
	g := generated{criteria: map[string]assessment.ReviewItem{}, shown: map[string]assessment.Value{}}
	g.lang = []string{"en", "es", "pt"}[rng.Intn(3)]
	pick := func(l []string) string { return l[rng.Intn(len(l))] }
	columns := []string{"id", "answer", "decision", "comment", "practice", "guidance", "notes"}
	rng.Shuffle(len(columns), func(i, j int) { columns[i], columns[j] = columns[j], columns[i] })
	header := make([]string, len(columns))
	at := map[string]int{}
	for i, c := range columns {
		at[c] = i
		header[i] = map[string]string{"id": pick(idHeaders), "answer": pick(answerHeaders[g.lang]), "decision": pick(decisionHeaders[g.lang]),
			"comment": pick(commentHeaders[g.lang]), "practice": "Practice", "guidance": "Guidance", "notes": "Notas"}[c]
	}
	g.decisionC = at["decision"]
	hr := 1 + rng.Intn(20)
	rows := []workbook.Row{{Num: 1, Cells: []string{"Review of Maipú"}}}
	if hr == 1 {
		rows = nil
	}
	rows = append(rows, workbook.Row{Num: hr, Cells: header})
	n := hr
	for _, id := range ids {
		n += 1 + rng.Intn(2)
		cells := make([]string, len(columns))
		v := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}[rng.Intn(4)]
		d := []assessment.Decision{assessment.Accepted, assessment.NotAccepted, assessment.Clarification, assessment.Unreviewed}[rng.Intn(4)]
		cells[at["id"]] = []string{id, strings.ToLower(id), id[:len(id)-1] + "-" + id[len(id)-1:]}[rng.Intn(3)]
		cells[at["answer"]] = answerWords[v]
		cells[at["decision"]] = vary(rng, pick(spellings[d]))
		comment := ""
		if d != assessment.Unreviewed && rng.Intn(2) == 0 {
			comment = fmt.Sprintf("comentario %d: ¿evidencia?", rng.Intn(100))
		}
		cells[at["comment"]] = comment
		cells[at["practice"]] = id[:2]
		rows = append(rows, workbook.Row{Num: n, Cells: cells})
		g.shown[id] = v
		if d != assessment.Unreviewed {
			g.criteria[id] = assessment.ReviewItem{Decision: d, Comment: comment, Answer: v}
		}
	}
	g.sheet = []string{"Criteria", "Criterios", "Hoja1", "Planilha1"}[rng.Intn(4)]
	var book workbook.MemoryBook
	for i := rng.Intn(3); i > 0; i-- {
		book = append(book, workbook.MemorySheet{Name: fmt.Sprintf("Notas %d", i), Rows: []workbook.Row{{Num: 1, Cells: []string{"Instrucciones", "x"}}}})
	}
	book = append(book, workbook.MemorySheet{Name: g.sheet, Rows: rows})
	if rng.Intn(2) == 0 {
		book = append(book, workbook.MemorySheet{Name: "Extra", Rows: []workbook.Row{{Num: 3, Cells: []string{"ID", "Answer"}}, {Num: 4, Cells: []string{"DM1", "x"}}}})
	}
	g.book = book
	return g
}

func options() workbook.Options {
	return workbook.Options{Limits: Limits.Sheet(), SheetError: func(_ string, err error) error { return err }}
}

// TestDecisionsInEveryLanguage: decisions typed in any language, case, accents, spaces and
// full stops, or left blank, in tables whose columns and header row move and whose sheets
// come among others, read as the decisions meant, each with the answer the row shows.
func TestDecisionsInEveryLanguage(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 500; i++ {
		g := generate(rng)
		res, err := Read("review.xlsx", g.book, options())
		if err != nil {
			t.Fatalf("%d: %v\n%+v", i, err, g.book)
		}
		if len(res.Review.Criteria) != len(g.criteria) {
			t.Fatalf("%d: read %d decisions, want %d: %+v", i, len(res.Review.Criteria), len(g.criteria), res.Review.Criteria)
		}
		for id, want := range g.criteria {
			if got := res.Review.Criteria[id]; got != want {
				t.Fatalf("%d: %s: got %+v, want %+v", i, id, got, want)
			}
		}
		for id, v := range g.shown {
			if res.Shown[id] != v {
				t.Fatalf("%d: %s shows %v, read %v", i, id, v, res.Shown[id])
			}
		}
		if !res.Answers || res.Lang != g.lang && !(g.lang == "en") {
			t.Fatalf("%d: answers %v, lang %q want %q", i, res.Answers, res.Lang, g.lang)
		}
	}
}

// TestBadDecisionNamesTheCell: a word that is no decision is an error naming the file, the
// sheet and the cell, and listing the decisions in the workbook's language.
func TestBadDecisionNamesTheCell(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	bad := []string{"tal vez", "maybe", "sí", "ok", "N/A", "pendiente", "=1+1", "aceptado?"}
	accepted := map[string]string{"en": "accepted, not accepted, clarification", "es": "aceptado, no aceptado, aclaración", "pt": "aceito, não aceito, esclarecimento"}
	for i := 0; i < 200; i++ {
		g := generate(rng)
		s := &g.book[len(g.book)-1]
		if s.Name != g.sheet {
			s = &g.book[len(g.book)-2]
		}
		k := len(s.Rows) - 1 - rng.Intn(len(ids))
		row := s.Rows[k]
		word := bad[rng.Intn(len(bad))]
		row.Cells[g.decisionC] = word
		_, err := Read("review.xlsx", g.book, options())
		if err == nil {
			t.Fatalf("%d: %q read as a decision", i, word)
		}
		cell := workbook.CellName(g.decisionC, row.Num)
		for _, lang := range i18n.Languages {
			text := msg.Text(i18n.For(lang), err)
			if !strings.Contains(text, "review.xlsx") || !strings.Contains(text, g.sheet) || !strings.Contains(text, cell+":") ||
				!strings.Contains(text, accepted[g.lang]) || !strings.Contains(text, `"`+word+`"`) {
				t.Fatalf("%d: %s: %s (cell %s, lang %s)", i, lang, text, cell, g.lang)
			}
		}
	}
}

// TestNotAReviewWorkbook: a city workbook (answers, no Decision column) is refused saying it
// is one; a workbook with no table at all says what header is looked for.
func TestNotAReviewWorkbook(t *testing.T) {
	city := workbook.MemoryBook{{Name: "Ciudad", Rows: []workbook.Row{{Num: 1, Cells: []string{"Ciudad", "Maipú"}}, {Num: 2, Cells: []string{"Año", "2024"}}}},
		{Name: "Criterios", Rows: []workbook.Row{{Num: 4, Cells: []string{"Práctica", "ID", "Respuesta", "Comentarios"}}, {Num: 5, Cells: []string{"DM", "DM1", "Cumple"}}}}}
	_, err := Read("maipu.xlsx", city, options())
	if text := msg.Text(i18n.For("es"), err); !strings.Contains(text, `maipu.xlsx es una planilla de la ciudad (la hoja "Criterios"`) {
		t.Errorf("city workbook: %s", text)
	}
	none := workbook.MemoryBook{{Name: "Hoja1", Rows: []workbook.Row{{Num: 1, Cells: []string{"a", "b"}}}}}
	_, err = Read("x.xlsx", none, options())
	if text := msg.Text(i18n.For("en"), err); !strings.Contains(text, "a Decision column (Decision, Decisión, Decisão)") {
		t.Errorf("no table: %s", text)
	}
}

// TestSubmissionSheet: the submission's identity is read from the sheet whose column A holds
// its keys, in any language and position, and a review without it says so.
func TestSubmissionSheet(t *testing.T) {
	keys := map[string][]string{
		"en": {"File", "City", "Country", "Year", "Rubric", "Rubric version", "SHA-256", "Reviewer"},
		"es": {"Archivo", "Ciudad", "País", "Año", "Criterios", "Versión de los criterios", "SHA-256", "Evaluador(a)"},
		"pt": {"Arquivo", "Cidade", "País", "Ano", "Matriz de critérios", "Versão da matriz de critérios", "SHA-256", "Avaliador(a)"},
	}
	values := []string{"maipu.yaml", "Maipú", "Chile", "2024", "wwc-2022", "2022.1", "ABC123", "Ana"}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 100; i++ {
		g := generate(rng)
		lang := []string{"en", "es", "pt"}[i%3]
		var rows []workbook.Row
		for k, key := range keys[lang] {
			rows = append(rows, workbook.Row{Num: k + 1 + i%5, Cells: []string{vary(rng, key), values[k]}})
		}
		sheet := workbook.MemorySheet{Name: "Postulación", Rows: rows}
		at := rng.Intn(len(g.book) + 1)
		g.book = append(g.book[:at], append(workbook.MemoryBook{sheet}, g.book[at:]...)...)
		res, err := Read("r.xlsx", g.book, options())
		if err != nil {
			t.Fatal(err)
		}
		want := assessment.ReviewedSubmission{File: "maipu.yaml", City: "Maipú", Country: "Chile", Year: 2024,
			Rubric: assessment.RubricRef{ID: "wwc-2022", Version: "2022.1"}, SHA256: "abc123"}
		if !res.Details || res.Review.Submission != want || res.Review.Reviewer != "Ana" {
			t.Fatalf("%d (%s): %+v %q", i, lang, res.Review.Submission, res.Review.Reviewer)
		}
	}
}
