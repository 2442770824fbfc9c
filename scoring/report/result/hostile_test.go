package result

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/msg/msgtest"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestAStrangersTextCannotDriveTheTerminal: a city whose name, country, evidence, notes and
// metric names hold escape sequences, other controls, bidirectional overrides and invalid
// bytes gets reports with none of them raw (the city name reached the terminal as a live
// escape sequence), every workbook opens, and JSON keeps the text exactly.
func TestAStrangersTextCannotDriveTheTerminal(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for round := 0; round < 12; round++ {
		res, r := reporttest.Score(t, "maipu-2024.yaml", scoring.Options{})
		hostile := func() string { return "x" + msgtest.Hostile(rng, 60) + "\x1b[2J" }
		res.City, res.Country = hostile(), hostile()
		for i := range res.Questions {
			res.Questions[i].Evidence, res.Questions[i].Notes = hostile(), hostile()
		}
		for i := range res.Outcomes {
			res.Outcomes[i].Metric.Name, res.Outcomes[i].Metric.Unit = hostile(), hostile()
			res.Outcomes[i].Metric.Evidence = hostile()
		}
		lang := i18n.Languages[round%len(i18n.Languages)]
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatalf("%s %s: %v", lang, f.Name, err)
			}
			switch f.Name {
			case render.FormatXLSX:
				xlsxText(t, buf.Bytes()) // opens, or fails the test
			case render.FormatPDF:
				// It parses (or fails the test), and no escape sequence is drawn as one. (The
				// reader folds characters above U+00FF to their low byte: see ReadPDF.)
				if text := reporttest.ReadPDF(t, buf.Bytes()).Text; strings.Contains(text, "\x1b[") || !utf8.ValidString(text) {
					t.Errorf("%s pdf: a raw escape sequence or invalid UTF-8 reaches the reader", lang)
				}
			case render.FormatJSON:
				var doc struct {
					City string `json:"city"`
				}
				if err := json.Unmarshal(buf.Bytes(), &doc); err != nil || doc.City != string([]rune(res.City)) {
					t.Errorf("%s json: the city is not kept exactly (%v): %q", lang, err, doc.City)
				}
			default:
				out := buf.String()
				if !utf8.ValidString(out) {
					t.Errorf("%s %s: invalid UTF-8 in the report", lang, f.Name)
				}
				for _, r := range out {
					if r != '\n' && r != '\t' && r != '\r' && msg.NeedsEscape(r) {
						t.Fatalf("%s %s: raw %U reaches the reader", lang, f.Name, r)
					}
				}
			}
		}
	}
}
