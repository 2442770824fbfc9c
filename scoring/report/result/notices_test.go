package result

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/xuri/excelize/v2"
)

// noticeSets are the notices a reader may leave, alone and together.
var noticeSets = [][]assessment.Notice{
	{{Code: assessment.NoticeNoOutcomesSheet, Args: msg.Args{"Rows": 20}}},
	{{Code: assessment.NoticeNoOutcomesFile}, {Code: assessment.NoticeNoEvidenceColumn, EvidenceOnly: true, Args: msg.Args{"Names": "Evidence, Link"},
		Place: msg.M{ID: "place.line", Args: msg.Args{"Line": 1}}}},
	{{Code: assessment.NoticeNumberDecimal, Place: msg.M{ID: "place.cell", Args: msg.Args{"Sheet": "Indicadores", "Cell": "D3"}},
		Args: msg.Args{"Value": "20.000", "Mark": ".", "Read": "20", "Other": "20000", "Lang": msg.M{ID: "notice.lang_en"}}}},
	{{Code: assessment.NoticeOutcomesEmpty, Place: msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": "KPIs <b>&"}}},
		{Code: assessment.NoticeNumberThousands, Place: msg.M{ID: "place.line_column", Args: msg.Args{"Line": 2, "Column": 5}},
			Args: msg.Args{"Value": "20.000", "Mark": ".", "Read": "20000", "Other": "20", "Lang": msg.M{ID: "notice.lang_es"}}}},
}

// withNotices scores a sample city with notices, as a reader would have left them.
func withNotices(t *testing.T, ns []assessment.Notice) Input {
	t.Helper()
	res, r := reporttest.Score(t, "maipu-2024.yaml", scoring.Options{RequireEvidence: true})
	res.Notices = ns
	return Input{Result: res, Rubric: r, Date: reporttest.Date}
}

// TestEveryFormatSaysTheNotices: text, Markdown, HTML, JSON, CSV and XLSX all carry every
// notice, in every language (issue 11: a workbook with no outcomes sheet scored in silence).
func TestEveryFormatSaysTheNotices(t *testing.T) {
	for _, ns := range noticeSets {
		for _, lang := range i18n.Languages {
			in := withNotices(t, ns)
			in.Cat = i18n.For(lang)
			var texts []string
			for _, n := range ns {
				texts = append(texts, n.Localize(in.Cat))
			}
			for _, f := range Formats.All() {
				var buf bytes.Buffer
				if err := f.New().Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				switch f.Name {
				case render.FormatXLSX:
					out = xlsxText(t, buf.Bytes())
				case render.FormatPDF:
					// Lines are broken where the page is full: compare words.
					out = reporttest.ReadPDF(t, buf.Bytes()).Text
					for i, n := range texts {
						texts[i] = reporttest.PDFFold(n)
					}
					out = reporttest.PDFFold(out)
				case render.FormatHTML:
					out = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&quot;", `"`, "&#39;", "'").Replace(out)
				case render.FormatJSON:
					out = strings.ReplaceAll(out, `\"`, `"`)
				case render.FormatCSV:
					out = strings.ReplaceAll(out, `""`, `"`)
				case render.FormatMarkdown:
					out = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", `\_`, "_").Replace(out)
				case render.FormatText:
					// The summary is fitted to the terminal: a long warning goes on over lines.
					out = strings.Join(strings.Fields(out), " ")
				}
				for _, want := range texts {
					if !strings.Contains(out, want) {
						t.Errorf("%s %s lacks the notice %q", lang, f.Name, want)
					}
				}
				if !strings.Contains(out, in.Cat.T("report.notices")) && f.Name != render.FormatJSON && f.Name != render.FormatCSV {
					t.Errorf("%s %s lacks the heading of the notices", lang, f.Name)
				}
			}
		}
	}
}

func xlsxText(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, s := range f.GetSheetList() {
		rows, _ := f.GetRows(s)
		fmt.Fprintln(&b, rows)
	}
	return b.String()
}

// TestJSONNotices: the notices array holds each notice's stable code and its text, is absent
// when there are none, and reads back.
func TestJSONNotices(t *testing.T) {
	for _, ns := range noticeSets {
		in := withNotices(t, ns)
		in.Cat = i18n.For("es")
		var buf bytes.Buffer
		if err := (jsonWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Notices []render.NoticeDoc `json:"notices"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Notices) != len(ns) {
			t.Fatalf("%d notices, want %d", len(doc.Notices), len(ns))
		}
		for i, n := range ns {
			if doc.Notices[i].Code != n.Code || doc.Notices[i].Text != n.Localize(in.Cat) {
				t.Errorf("notice %d: %+v", i, doc.Notices[i])
			}
		}
		back, err := ReadResult(buf.Bytes(), "r.json")
		if err != nil {
			t.Fatal(err)
		}
		back.Next = in.Result.Next
		var again bytes.Buffer
		(jsonWriter{}).Write(&again, Input{Result: back, Rubric: in.Rubric, Cat: in.Cat})
		if again.String() != buf.String() {
			t.Errorf("notices do not read back the same")
		}
	}
	res, r := reporttest.Score(t, "maipu-2024.yaml", scoring.Options{})
	var buf bytes.Buffer
	(jsonWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For("en")})
	if strings.Contains(buf.String(), `"notices"`) {
		t.Error("a result without notices has a notices field")
	}
}

// TestGoldenNotices: a city whose workbook had no outcomes sheet (issue 11: it fell from silver
// to no tier without a word), in every format but XLSX.
func TestGoldenNotices(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := answers.Read(reporttest.Testdata("cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	a.Outcomes = nil
	a.Notify(assessment.Notice{Code: assessment.NoticeNoOutcomesSheet, Args: msg.Args{"Rows": 20}})
	res := scoring.Score(r, a, scoring.Options{})
	for _, lang := range []string{"en", "es"} {
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
		for _, format := range []string{render.FormatText, render.FormatMarkdown, render.FormatHTML, render.FormatCSV, render.FormatJSON} {
			f, _ := Formats.Lookup(format)
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "no-outcomes-sheet."+lang+"."+format, buf.Bytes())
		}
	}
}
