package report

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/scoring"
	"github.com/xuri/excelize/v2"
)

// readBook opens a written workbook for a test.
func readBook(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// wantCell checks that a cell is stored as kind: text as a string, empty as nothing, every
// figure as a number with its number format.
func wantCell(t *testing.T, f *excelize.File, sheet string, col, row int, kind cellKind) {
	t.Helper()
	name, _ := excelize.CoordinatesToCellName(col, row)
	where := sheet + "!" + name
	typ, err := f.GetCellType(sheet, name)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := f.GetCellValue(sheet, name, excelize.Options{RawCellValue: true})
	header, _ := f.GetCellValue(sheet, func() string { n, _ := excelize.CoordinatesToCellName(col, 1); return n }())
	where += " (" + header + ")"
	switch kind {
	case cellEmpty:
		if raw != "" {
			t.Errorf("%s: want empty, got %q", where, raw)
		}
		return
	case cellText:
		if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString || raw == "" {
			t.Errorf("%s: want text, got type %d %q", where, typ, raw)
		}
		return
	}
	if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("%s: want a number, got type %d %q", where, typ, raw)
		return
	}
	x, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Errorf("%s: want a number, got %q", where, raw)
		return
	}
	id, _ := f.GetCellStyle(sheet, name)
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	custom := ""
	if st.CustomNumFmt != nil {
		custom = *st.CustomNumFmt
	}
	switch kind {
	case cellInt, cellYear:
		if x != float64(int64(x)) || st.NumFmt != 1 || custom != "" {
			t.Errorf("%s: want an integer in format 0, got %v (format %d %q)", where, x, st.NumFmt, custom)
		}
		if kind == cellYear && (x < 1900 || x > 2100) {
			t.Errorf("%s: want a year, got %v", where, x)
		}
	case cellPercent:
		if custom != percentFormat || x < 0 || x > 1 {
			t.Errorf("%s: want a share in %q, got %v (format %d %q)", where, percentFormat, x, st.NumFmt, custom)
		}
	case cellNumber:
		if st.NumFmt != 0 || custom != "" {
			t.Errorf("%s: want a general number, got format %d %q", where, st.NumFmt, custom)
		}
	}
}

// wantRow checks the cells of a row, from column A.
func wantRow(t *testing.T, f *excelize.File, sheet string, row int, kinds ...cellKind) {
	t.Helper()
	for i, k := range kinds {
		wantCell(t, f, sheet, i+1, row, k)
	}
}

// wantPrintable checks a sheet's page setup: A4 landscape, one page wide and any number tall,
// row `title` frozen and repeated on every page.
func wantPrintable(t *testing.T, f *excelize.File, sheet string, title int) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("%s: page size %d %s, fit %d wide %d tall", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	props, err := f.GetSheetProps(sheet)
	if err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("%s: not fitted to the page", sheet)
	}
	found := false
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == sheet {
			found = true
			if want := fmt.Sprintf("'%s'!$%d:$%d", sheet, title, title); d.RefersTo != want {
				t.Errorf("%s: print titles %q, want %q", sheet, d.RefersTo, want)
			}
		}
	}
	if !found {
		t.Errorf("%s: no print titles", sheet)
	}
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != title {
		t.Errorf("%s: panes %+v", sheet, panes)
	}
}

// wantHeadersFit checks that every word of every header of row n fits its column, beside
// the filter button.
func wantHeadersFit(t *testing.T, f *excelize.File, sheet string, n int) {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, h := range rows[n-1] {
		col, _ := excelize.ColumnNumberToName(i + 1)
		w, _ := f.GetColWidth(sheet, col)
		for _, word := range strings.Fields(h) {
			if need := float64(len([]rune(word))) + 2; w < need {
				t.Errorf("%s: column %s is %.1f wide, header word %q needs %.0f", sheet, col, w, word, need)
			}
		}
	}
}

// TestReportCellsAreTyped writes the report of many generated assessments in every language
// and reads every figure back as a number in its format, every text as text.
func TestReportCellsAreTyped(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 1))
	for i := range 30 {
		lang := i18n.Languages[i%len(i18n.Languages)]
		a := randomAssessment(rng, r, i)
		res := scoring.Score(r, a, scoring.Options{})
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reportDate}
		var buf bytes.Buffer
		if err := (xlsxWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		f := readBook(t, buf.Bytes())
		sheets := f.GetSheetList()
		if len(sheets) != 3 {
			t.Fatalf("sheets %v", sheets)
		}
		sum, crit, out := sheets[0], sheets[1], sheets[2]

		// The practice table: its header names the share column.
		rows, _ := f.GetRows(sum)
		head := -1
		for n, row := range rows {
			if len(row) == 5 && row[4] == in.Cat.T("report.col.percent") {
				head = n + 1
				break
			}
		}
		if head < 0 {
			t.Fatalf("%s: no practice table in %v", lang, rows)
		}
		wantHeadersFit(t, f, sum, head)
		for k := range res.Practices {
			wantRow(t, f, sum, head+1+k, cellText, cellText, cellInt, cellInt, cellPercent)
		}
		total := head + 1 + len(res.Practices)
		wantRow(t, f, sum, total, cellText, cellEmpty, cellInt, cellInt, cellPercent)
		if v, _ := f.GetCellValue(sum, fmt.Sprintf("C%d", total), excelize.Options{RawCellValue: true}); v != strconv.Itoa(res.Met) {
			t.Errorf("%s: total met %q, want %d", lang, v, res.Met)
		}
		tierRow := 0
		for n, row := range rows {
			if len(row) > 1 && row[0] == in.Cat.T("summary.tier") {
				tierRow = n + 1
				break
			}
		}
		wantCell(t, f, sum, 2, tierRow, cellText)
		wantPrintable(t, f, sum, 1)

		wantHeadersFit(t, f, crit, 1)
		for k, q := range res.Questions {
			evidence, notes := cellText, cellText
			if q.Evidence == "" {
				evidence = cellEmpty
			}
			if q.Notes == "" {
				notes = cellEmpty
			}
			wantRow(t, f, crit, k+2, cellText, cellText, cellText, cellText, cellText, cellText, evidence, notes)
		}
		wantPrintable(t, f, crit, 1)

		wantHeadersFit(t, f, out, 1)
		for k, m := range res.Outcomes {
			kinds := []cellKind{cellText, cellText, cellNumber, cellYear, cellNumber, cellYear, cellText, cellText, cellText, cellEmpty}
			if m.Metric.Baseline == nil {
				kinds[2] = cellEmpty
			}
			if m.Metric.BaselineYear == 0 {
				kinds[3] = cellEmpty
			}
			if m.Metric.Current == nil {
				kinds[4] = cellEmpty
			}
			if m.Metric.CurrentYear == 0 {
				kinds[5] = cellEmpty
			}
			wantRow(t, f, out, k+2, kinds...)
			if m.Metric.Baseline != nil {
				v, _ := f.GetCellValue(out, fmt.Sprintf("C%d", k+2), excelize.Options{RawCellValue: true})
				if x, _ := strconv.ParseFloat(v, 64); x != *m.Metric.Baseline {
					t.Errorf("%s: baseline %q, want %v", lang, v, *m.Metric.Baseline)
				}
			}
		}
		wantPrintable(t, f, out, 1)
	}
}

// TestSummaryCellsAreTyped writes generated batches (failed rows, duplicates, notices) in every
// language and reads every cell of the three sheets back: figures as numbers in their formats,
// a failed row's figures empty, text as text.
func TestSummaryCellsAreTyped(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 2))
	sawFailed, sawDuplicate := false, false
	for i := range 12 {
		lang := i18n.Languages[i%len(i18n.Languages)]
		in := randomBatch(t, rng, r, 3+rng.IntN(10), lang)
		var buf bytes.Buffer
		if err := (xlsxSummary{}).WriteSummary(&buf, in); err != nil {
			t.Fatal(err)
		}
		f := readBook(t, buf.Bytes())
		sheets := f.GetSheetList()
		if len(sheets) != 4 {
			t.Fatalf("sheets %v", sheets)
		}
		sum, cohort, crit, errs := sheets[0], sheets[1], sheets[2], sheets[3]
		np := len(r.Practices)
		wantHeadersFit(t, f, sum, 1)
		for k, s := range in.Rows {
			var kinds []cellKind
			if s.Err != nil {
				sawFailed = true
				kinds = append([]cellKind{cellText}, make([]cellKind, 9+np+2)...)
				kinds = append(kinds, cellText)
			} else {
				year := cellYear
				if s.Brief.Year == 0 {
					year = cellEmpty
				}
				country := cellText
				if s.Brief.Country == "" {
					country = cellEmpty
				}
				kinds = []cellKind{cellText, cellText, country, year, cellInt, cellInt, cellPercent, cellText, cellInt, cellInt}
				for range np {
					kinds = append(kinds, cellPercent)
				}
				dup, notes := cellEmpty, cellEmpty
				if s.Duplicate {
					dup, sawDuplicate = cellText, true
				}
				if len(s.Brief.Notices) > 0 {
					notes = cellText
				}
				kinds = append(kinds, dup, notes, cellEmpty)
			}
			wantRow(t, f, sum, k+2, kinds...)
		}
		wantPrintable(t, f, sum, 1)

		rows, _ := f.GetRows(cohort)
		tables := 0
		for n, row := range rows {
			switch {
			case len(row) == 2 && row[1] == in.Cat.T("batch.col.cities"):
				tables++
				wantHeadersFit(t, f, cohort, n+1)
				for k := range len(r.Tiers) + 1 {
					wantRow(t, f, cohort, n+2+k, cellText, cellInt)
				}
			case len(row) == 3 && row[2] == in.Cat.T("batch.col.average"):
				tables++
				wantHeadersFit(t, f, cohort, n+1)
				for k := range in.Cohort.Practices {
					wantRow(t, f, cohort, n+2+k, cellText, cellText, cellPercent)
				}
			}
		}
		if tables != 2 {
			t.Errorf("%s: %d tables in %s", lang, tables, cohort)
		}
		wantPrintable(t, f, cohort, 1)

		wantHeadersFit(t, f, crit, 1)
		for k := range in.Cohort.Criteria {
			wantRow(t, f, crit, k+2, cellText, cellText, cellInt, cellInt, cellPercent)
		}
		wantPrintable(t, f, crit, 1)

		erows, _ := f.GetRows(errs)
		if len(erows) != 1+len(in.Skipped)+countFailed(in.Rows) {
			t.Errorf("%s: %d rows in %s", lang, len(erows), errs)
		}
		for k := 2; k <= len(erows); k++ {
			wantRow(t, f, errs, k, cellText, cellText)
		}
		wantPrintable(t, f, errs, 1)
	}
	if !sawFailed || !sawDuplicate {
		t.Errorf("the generator made no failed row (%v) or no duplicate (%v)", sawFailed, sawDuplicate)
	}
}

func countFailed(rows []Submission) int {
	n := 0
	for _, s := range rows {
		if s.Err != nil {
			n++
		}
	}
	return n
}

// TestSheetKeepsFirstError: a call that fails is remembered and returned when the workbook is
// written, and the calls after it do not replace it.
func TestSheetKeepsFirstError(t *testing.T) {
	b := newBook()
	s := b.sheet("Data")
	s.row(1, textCell("ok"), intCell(3))
	s.put(0, 1, textCell("column 0 does not exist"))
	first := b.err
	s.put(1, 0, textCell("row 0 does not exist either"))
	if first == nil || b.err != first {
		t.Fatalf("kept %v, first %v", b.err, first)
	}
	var buf bytes.Buffer
	if err := b.finish(&buf); !errors.Is(err, first) || buf.Len() != 0 {
		t.Errorf("finish: %v, %d bytes written", err, buf.Len())
	}
}

// TestSummaryLongTexts: a city and year submitted hundreds of times, an error of thousands of
// words and many notices make rows taller than a spreadsheet allows; the summary and the
// report are still written, their rows at the tallest allowed.
func TestSummaryLongTexts(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := scoring.Score(r, randomAssessment(rand.New(rand.NewPCG(3, 3)), r, 1), scoring.Options{})
	for _, n := range []int{1, 40, 400} {
		var rows []Submission
		var briefs []scoring.Brief
		for i := range n {
			b := res.Brief()
			b.Notices = make([]assessment.Notice, n%50)
			for k := range b.Notices {
				b.Notices[k] = assessment.Notice{Code: "no_outcomes_sheet"}
			}
			briefs = append(briefs, b)
			rows = append(rows, Submission{Path: fmt.Sprintf("round/%d/maipu.xlsx", i), Brief: b, Duplicate: n > 1})
		}
		rows = append(rows, Submission{Path: "broken.xlsx", Err: errors.New(strings.Repeat("a problem ", 100*n))})
		cohort := scoring.Summarize(briefs)
		in := SummaryInput{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.For("pt"), Date: reportDate}
		var buf bytes.Buffer
		if err := (xlsxSummary{}).WriteSummary(&buf, in); err != nil {
			t.Fatalf("%d duplicates: %v", n, err)
		}
		f := readBook(t, buf.Bytes())
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			for k := range rows {
				if h, _ := f.GetRowHeight(sheet, k+1); h > maxRowHeight {
					t.Errorf("%d: %s row %d is %.0f points", n, sheet, k+1, h)
				}
			}
		}
	}
}

// TestNumbersNoSpreadsheetHolds: NaN and the infinities are written as text, the workbook
// opens, and ordinary values stay numbers.
func TestNumbersNoSpreadsheetHolds(t *testing.T) {
	b := newBook()
	s := b.sheet("Data")
	values := []float64{math.NaN(), math.Inf(1), math.Inf(-1), -2.5, 0, 1e15}
	for i, v := range values {
		s.row(i+1, numberCell(&v))
	}
	var buf bytes.Buffer
	if err := b.finish(&buf); err != nil {
		t.Fatal(err)
	}
	f := readBook(t, buf.Bytes())
	for i, v := range values {
		kind := cellNumber
		if math.IsNaN(v) || math.IsInf(v, 0) {
			kind = cellText
		}
		wantCell(t, f, "Data", 1, i+1, kind)
	}
}
