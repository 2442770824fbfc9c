package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/xuri/excelize/v2"
)

// Template describes the city workbook to write.
type Template struct {
	Rubric *questions.Rubric
	// Cat is the catalog of the workbook's language: sheet names, headers, answers and
	// instructions are all in it.
	Cat *i18n.Catalog
	// From fills the workbook: city details, answers, evidence, notes and outcome metrics.
	// Nil gives an empty workbook.
	From *assessment.Assessment
	// OutcomeRows is how many empty rows the Outcomes sheet offers beyond the filled ones.
	OutcomeRows int
	// CarriedFrom names the answers file of an earlier year that From was read from, when the
	// workbook starts a new year from it; the instructions then say what was carried over.
	CarriedFrom string
	// CarriedYear is the year of CarriedFrom.
	CarriedYear int
}

// Layout of the criteria sheet: a title, the live tally, then the table.
const (
	tallyRow  = 2
	headerRow = 4
	firstRow  = 5
)

// Criteria sheet columns, 1-based.
const (
	colPractice = iota + 1
	colID
	colTitle
	colQuestion
	colGuidance
	colAnswer
	colEvidence
	colNotes
	lastCol = colNotes
)

// WriteTemplate writes the city workbook to w.
func WriteTemplate(w io.Writer, t Template) error {
	f := excelize.NewFile()
	defer f.Close()
	b := &builder{f: f, t: t, c: t.Cat, lang: t.Cat.Lang()}
	if t.From == nil {
		b.a = assessment.New()
	} else {
		b.a = t.From
	}
	if t.OutcomeRows == 0 {
		b.t.OutcomeRows = 10
	}
	for _, step := range []func() error{b.styles, b.sheets, b.instructions, b.city, b.criteria, b.outcomes, b.lists} {
		if err := step(); err != nil {
			return err
		}
	}
	f.SetActiveSheet(b.criteriaIndex)
	_, err := f.WriteTo(w)
	return err
}

type builder struct {
	f    *excelize.File
	t    Template
	c    *i18n.Catalog
	lang string
	a    *assessment.Assessment

	sInstr, sCity, sCriteria, sOutcomes, sLists string
	criteriaIndex                               int

	stTitle, stHeader, stPractice, stText, stWrap, stID, stAnswer, stPercent, stLabel, stNumber, stInstr, stInstrLabel int
	cfMet, cfNotMet, cfProgress                                                                                        int
}

func (b *builder) styles() error {
	f := b.f
	border := []excelize.Border{{Type: "bottom", Color: "#D0D7DE", Style: 1}}
	styles := []struct {
		dst *int
		s   *excelize.Style
	}{
		{&b.stTitle, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "#1F2937"}}},
		{&b.stHeader, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#1F4E79"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&b.stPractice, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#1F4E79", Size: 12},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}}},
		{&b.stText, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}, Border: border}},
		{&b.stWrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: border}},
		{&b.stID, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}, Border: border}},
		{&b.stAnswer, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "center"},
			Border:     []excelize.Border{{Type: "left", Color: "#8EA9C1", Style: 1}, {Type: "right", Color: "#8EA9C1", Style: 1}, {Type: "bottom", Color: "#8EA9C1", Style: 1}},
			Protection: &excelize.Protection{Locked: false}}},
		{&b.stPercent, &excelize.Style{NumFmt: 10, Font: &excelize.Font{Bold: true}}},
		{&b.stLabel, &excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&b.stInstr, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&b.stInstrLabel, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&b.stNumber, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "left"}}},
	}
	for _, s := range styles {
		id, err := f.NewStyle(s.s)
		if err != nil {
			return err
		}
		*s.dst = id
	}
	conds := []struct {
		dst        *int
		fill, font string
	}{
		{&b.cfMet, "#C6EFCE", "#006100"},
		{&b.cfNotMet, "#FFC7CE", "#9C0006"},
		{&b.cfProgress, "#FFEB9C", "#9C5700"},
	}
	for _, cf := range conds {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: cf.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{cf.fill}},
		})
		if err != nil {
			return err
		}
		*cf.dst = id
	}
	return nil
}

func (b *builder) sheets() error {
	c := b.c
	b.sInstr, b.sCity, b.sCriteria = c.T("template.sheet.instructions"), c.T("template.sheet.city"), c.T("template.sheet.criteria")
	b.sOutcomes, b.sLists = c.T("template.sheet.outcomes"), c.T("template.sheet.lists")
	if err := b.f.SetSheetName("Sheet1", b.sInstr); err != nil {
		return err
	}
	for _, name := range []string{b.sCity, b.sCriteria, b.sOutcomes, b.sLists} {
		idx, err := b.f.NewSheet(name)
		if err != nil {
			return err
		}
		if name == b.sCriteria {
			b.criteriaIndex = idx
		}
	}
	return b.f.SetSheetVisible(b.sLists, false)
}

// set writes a value and a style, reporting the first error.
func (b *builder) set(sheet string, col, row int, v any, style int) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if err := b.f.SetCellValue(sheet, cell, v); err != nil {
		return err
	}
	if style != 0 {
		return b.f.SetCellStyle(sheet, cell, cell, style)
	}
	return nil
}

// instrLine is a line of the instructions sheet.
type instrLine struct {
	text  string
	style int
}

func (b *builder) instructions() error {
	c, s := b.c, b.sInstr
	r := b.t.Rubric
	lines := []instrLine{
		{c.T("template.instr.title", msg.Args{"Rubric": r.Name.Get(b.lang)}), b.stTitle},
		{c.T("template.instr.disclaimer"), 0},
		{"", 0},
	}
	if b.t.CarriedFrom != "" {
		lines = append(lines,
			instrLine{c.T("template.instr.carried", msg.Args{"File": b.t.CarriedFrom, "From": b.t.CarriedYear, "Year": b.a.Year}), b.stLabel},
			instrLine{c.T("template.instr.carried_check", msg.Args{"Sheet": b.sOutcomes, "Year": b.a.Year}), 0},
			instrLine{"", 0})
	}
	lines = append(lines,
		instrLine{c.T("template.instr.step_city", msg.Args{"Sheet": b.sCity}), 0},
		instrLine{c.T("template.instr.step_criteria", msg.Args{"Sheet": b.sCriteria, "Count": r.Count()}), 0},
		instrLine{c.T("template.instr.step_answers", msg.Args{"Met": c.T("template.answer.met"), "NotMet": c.T("template.answer.not_met"), "Progress": c.T("template.answer.in_progress")}), 0},
		instrLine{c.T("template.instr.step_evidence"), 0},
		instrLine{c.T("template.instr.step_outcomes", msg.Args{"Sheet": b.sOutcomes}), 0},
		instrLine{c.T("template.instr.step_score"), 0},
		instrLine{"", 0},
		instrLine{c.T("template.instr.rules"), b.stLabel})
	for _, t := range r.Tiers {
		lines = append(lines, instrLine{c.T("template.instr.tier", msg.Args{"Tier": t.Name.Get(b.lang), "Percent": t.MinPercent.String(), "Count": t.MinOutcomes}), 0})
	}
	for i, l := range lines {
		style := l.style
		switch style {
		case 0:
			style = b.stInstr
		case b.stLabel:
			style = b.stInstrLabel
		}
		if err := b.set(s, 1, i+1, l.text, style); err != nil {
			return err
		}
		// Long lines wrap inside the column, so that the sheet reads and prints whole; a
		// spreadsheet program does not grow the row itself.
		if n := wrappedLines(l.text, instrChars); n > 1 && style != b.stTitle {
			if err := b.f.SetRowHeight(s, i+1, float64(n)*13+4); err != nil {
				return err
			}
		}
	}
	if err := b.f.SetColWidth(s, "A", "A", instrWidth); err != nil {
		return err
	}
	return b.printWide(s)
}

// The instructions' column: its width, and the characters of text a line of it holds.
const (
	instrWidth = 90
	instrChars = 85
)

// printWide sets a sheet to print on landscape pages, one page wide.
func (b *builder) printWide(s string) error {
	landscape, fit, tall := "landscape", 1, 0
	if err := b.f.SetPageLayout(s, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &fit, FitToHeight: &tall}); err != nil {
		return err
	}
	fitPage := true
	return b.f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fitPage})
}

func (b *builder) city() error {
	c, s, a := b.c, b.sCity, b.a
	rows := []struct {
		key string
		val any
	}{
		{c.T("template.city.city"), a.City},
		{c.T("template.city.country"), a.Country},
		{c.T("template.city.year"), intOrEmpty(a.Year)},
		{c.T("template.city.population"), intOrEmpty(a.Population)},
		{c.T("template.city.rubric"), b.t.Rubric.ID + " " + b.t.Rubric.Version},
	}
	for i, r := range rows {
		if err := b.set(s, 1, i+1, r.key, b.stLabel); err != nil {
			return err
		}
		if err := b.set(s, 2, i+1, r.val, 0); err != nil {
			return err
		}
	}
	if err := b.f.SetColWidth(s, "A", "A", 16); err != nil {
		return err
	}
	return b.f.SetColWidth(s, "B", "B", 40)
}

func intOrEmpty(n int) any {
	if n == 0 {
		return ""
	}
	return n
}

// answerWord is how an answer is written in the workbook's language; "" for unanswered.
func (b *builder) answerWord(v assessment.Value) string {
	if v == assessment.Unanswered {
		return ""
	}
	return b.c.T("template.answer." + v.String())
}

func (b *builder) criteria() error {
	c, s, r := b.c, b.sCriteria, b.t.Rubric
	if err := b.set(s, 1, 1, r.Name.Get(b.lang), b.stTitle); err != nil {
		return err
	}
	headers := []string{
		c.T("template.col.practice"), c.T("template.col.id"), c.T("template.col.title"), c.T("template.col.question"),
		c.T("template.col.guidance"), c.T("template.col.answer"), c.T("template.col.evidence"), c.T("template.col.notes"),
	}
	for i, h := range headers {
		if err := b.set(s, i+1, headerRow, h, b.stHeader); err != nil {
			return err
		}
	}
	row := firstRow
	met := 0
	for _, p := range r.Practices {
		title := p.ID + " · " + p.Name.Get(b.lang)
		if err := b.set(s, colPractice, row, title, b.stPractice); err != nil {
			return err
		}
		first, _ := excelize.CoordinatesToCellName(colPractice, row)
		last, _ := excelize.CoordinatesToCellName(lastCol, row)
		if err := b.f.MergeCell(s, first, last); err != nil {
			return err
		}
		row++
		for _, q := range p.Questions {
			ans := b.a.Answer(questions.NormalizeID(q.ID))
			if ans.Value == assessment.Met {
				met++
			}
			cells := []struct {
				col   int
				v     any
				style int
			}{
				{colPractice, p.ID, b.stText},
				{colID, q.ID, b.stID},
				{colTitle, q.Title.Get(b.lang), b.stWrap},
				{colQuestion, q.Question.Get(b.lang), b.stWrap},
				{colGuidance, q.Guidance.Get(b.lang), b.stWrap},
				{colAnswer, b.answerWord(ans.Value), b.stAnswer},
				{colEvidence, ans.Evidence, b.stWrap},
				{colNotes, ans.Notes, b.stWrap},
			}
			for _, cl := range cells {
				if err := b.set(s, cl.col, row, cl.v, cl.style); err != nil {
					return err
				}
			}
			// Spreadsheet programs do not grow a row to fit wrapped text written by a
			// library, so the height is set from the longest text's line count.
			lines := max(wrappedLines(q.Title.Get(b.lang), 28), wrappedLines(q.Question.Get(b.lang), 58),
				wrappedLines(q.Guidance.Get(b.lang), 43), wrappedLines(ans.Evidence, 38), wrappedLines(ans.Notes, 30))
			if err := b.f.SetRowHeight(s, row, float64(lines)*13+4); err != nil {
				return err
			}
			row++
		}
	}
	lastRow := row - 1
	answers := fmt.Sprintf("$F$%d:$F$%d", firstRow, lastRow)
	if err := b.tally(answers, met, r.Count()); err != nil {
		return err
	}
	widths := map[string]float64{"A": 9, "B": 8, "C": 30, "D": 60, "E": 45, "F": 14, "G": 40, "H": 32}
	for col, w := range widths {
		if err := b.f.SetColWidth(s, col, col, w); err != nil {
			return err
		}
	}
	if err := b.f.SetRowHeight(s, headerRow, 22); err != nil {
		return err
	}
	if err := b.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", firstRow), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := b.printWide(s); err != nil {
		return err
	}
	rng := fmt.Sprintf("F%d:F%d", firstRow, lastRow)
	if err := b.dropdown(s, rng, fmt.Sprintf("'%s'!$A$1:$A$3", b.sLists), c.T("template.answer_help")); err != nil {
		return err
	}
	return b.f.SetConditionalFormat(s, rng, []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Format: &b.cfMet, Value: strconv.Quote(c.T("template.answer.met"))},
		{Type: "cell", Criteria: "==", Format: &b.cfNotMet, Value: strconv.Quote(c.T("template.answer.not_met"))},
		{Type: "cell", Criteria: "==", Format: &b.cfProgress, Value: strconv.Quote(c.T("template.answer.in_progress"))},
	})
}

// tally writes the live count of criteria met and the share, with their values cached so
// that a reader that does not calculate still sees them.
func (b *builder) tally(answers string, met, total int) error {
	s, c := b.sCriteria, b.c
	if err := b.set(s, 1, tallyRow, c.T("template.tally.met"), b.stLabel); err != nil {
		return err
	}
	if err := b.f.MergeCell(s, fmt.Sprintf("A%d", tallyRow), fmt.Sprintf("C%d", tallyRow)); err != nil {
		return err
	}
	if err := b.set(s, 4, tallyRow, met, b.stNumber); err != nil {
		return err
	}
	if err := b.f.SetCellFormula(s, fmt.Sprintf("D%d", tallyRow), metCountFormula(answers)); err != nil {
		return err
	}
	if err := b.set(s, 5, tallyRow, c.T("template.tally.of", msg.Args{"Total": total}), 0); err != nil {
		return err
	}
	share := 0.0
	if total > 0 {
		share = float64(met) / float64(total)
	}
	if err := b.set(s, 6, tallyRow, share, b.stPercent); err != nil {
		return err
	}
	return b.f.SetCellFormula(s, fmt.Sprintf("F%d", tallyRow), fmt.Sprintf("D%d/%d", tallyRow, total))
}

func (b *builder) dropdown(sheet, sqref, list, help string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(sqref)
	dv.SetSqrefDropList(list)
	// A warning, not a stop: the other accepted words (x, 1, cumple...) may still be typed.
	dv.SetError(excelize.DataValidationErrorStyleWarning, b.c.T("template.dropdown_title"), help)
	return b.f.AddDataValidation(sheet, dv)
}

func (b *builder) outcomes() error {
	c, s := b.c, b.sOutcomes
	headers := []string{
		c.T("template.out.metric"), c.T("template.out.unit"), c.T("template.out.direction"),
		c.T("template.out.baseline_year"), c.T("template.out.baseline"),
		c.T("template.out.current_year"), c.T("template.out.current"), c.T("template.out.evidence"),
	}
	for i, h := range headers {
		if err := b.set(s, i+1, 1, h, b.stHeader); err != nil {
			return err
		}
	}
	for i, m := range b.a.Outcomes {
		row := i + 2
		dir := ""
		if d := m.Direction.String(); d != "" {
			dir = c.T("template.direction." + d)
		}
		vals := []any{m.Name, m.Unit, dir, intOrEmpty(m.BaselineYear), floatOrEmpty(m.Baseline), intOrEmpty(m.CurrentYear), floatOrEmpty(m.Current), m.Evidence}
		for col, v := range vals {
			if err := b.set(s, col+1, row, v, 0); err != nil {
				return err
			}
		}
	}
	last := len(b.a.Outcomes) + 1 + b.t.OutcomeRows
	widths := map[string]float64{"A": 40, "B": 16, "C": 16, "D": 12, "E": 14, "F": 12, "G": 14, "H": 40}
	for col, w := range widths {
		if err := b.f.SetColWidth(s, col, col, w); err != nil {
			return err
		}
	}
	if err := b.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.dropdown(s, fmt.Sprintf("C2:C%d", last), fmt.Sprintf("'%s'!$B$1:$B$2", b.sLists), c.T("template.direction_help"))
}

func floatOrEmpty(p *float64) any {
	if p == nil {
		return ""
	}
	return *p
}

// lists fills the hidden sheet the dropdowns read from: a list formula typed into the
// validation itself is capped at 255 characters, a range is not.
func (b *builder) lists() error {
	c, s := b.c, b.sLists
	for i, v := range []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress} {
		if err := b.set(s, 1, i+1, b.answerWord(v), 0); err != nil {
			return err
		}
	}
	for i, d := range []string{"increase", "decrease"} {
		if err := b.set(s, 2, i+1, c.T("template.direction."+d), 0); err != nil {
			return err
		}
	}
	return nil
}

// wrappedLines estimates how many lines text takes in a column about width characters wide.
func wrappedLines(text string, width int) int {
	lines, col := 1, 0
	for _, word := range strings.Fields(text) {
		n := utf8.RuneCountInString(word)
		if col > 0 && col+1+n > width {
			lines++
			col = 0
		}
		if col > 0 {
			col++
		}
		col += n
	}
	return lines
}
