package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/xuri/excelize/v2"
)

// ReviewTemplate describes the review workbook: one submission's claims, locked, with a
// Decision and a Comment column for the evaluator to fill.
type ReviewTemplate struct {
	Rubric *questions.Rubric
	// Cat is the catalog of the workbook's language.
	Cat *i18n.Catalog
	// Sub is the submission reviewed.
	Sub *assessment.Assessment
	// Submission is the submission's identity, written where the reader finds it so that the
	// filled workbook says what it is a review of.
	Submission assessment.ReviewedSubmission
	// Progress says, by metric name, which outcome metrics show progress as claimed.
	Progress map[string]bool
	// Output is the workbook's file name, for the command the instructions end with.
	Output string
}

// Layout of the review sheets.
const (
	reviewHeaderRow = 3
	metricHeaderRow = 3
)

// The review criteria sheet's columns, 1-based: what the city claims, then what the
// evaluator fills.
const (
	rcID = iota + 1
	rcPractice
	rcCriterion
	rcAnswer
	rcEvidence
	rcNotes
	rcGuidance
	rcDecision
	rcComment
)

// WriteReviewTemplate writes the review workbook to w.
func WriteReviewTemplate(w io.Writer, t ReviewTemplate) error {
	f := excelize.NewFile()
	defer f.Close()
	b := &reviewBuilder{f: f, t: t, c: t.Cat, lang: t.Cat.Lang()}
	for _, step := range []func() error{b.styles, b.sheets, b.instructions, b.details, b.criteria, b.metrics, b.lists} {
		if err := step(); err != nil {
			return err
		}
	}
	f.SetActiveSheet(b.criteriaIndex)
	_, err := f.WriteTo(w)
	return err
}

type reviewBuilder struct {
	f    *excelize.File
	t    ReviewTemplate
	c    *i18n.Catalog
	lang string

	sInstr, sDetails, sCriteria, sMetrics, sLists string
	criteriaIndex                                 int

	stTitle, stHeader, stFill, stPractice, stShown, stShownID, stLink, stInstr, stLabel, stKey, stValue int
	cfAccepted, cfNot, cfClar                                                                           int
}

func (b *reviewBuilder) styles() error {
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#F2F2F2"}}
	border := []excelize.Border{{Type: "bottom", Color: "#D0D7DE", Style: 1}}
	locked := &excelize.Protection{Locked: true}
	top := func(wrap bool) *excelize.Alignment { return &excelize.Alignment{Vertical: "top", WrapText: wrap} }
	styles := []struct {
		dst *int
		s   *excelize.Style
	}{
		{&b.stTitle, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14, Color: "#1F2937"}, Protection: locked}},
		{&b.stHeader, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"}, Protection: locked,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#1F4E79"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&b.stFill, &excelize.Style{Alignment: top(true), Protection: &excelize.Protection{Locked: false},
			Border: []excelize.Border{{Type: "left", Color: "#8EA9C1", Style: 1}, {Type: "right", Color: "#8EA9C1", Style: 1}, {Type: "bottom", Color: "#8EA9C1", Style: 1}}}},
		{&b.stPractice, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#1F4E79", Size: 12}, Protection: locked,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#DDEBF7"}}}},
		{&b.stShown, &excelize.Style{Font: &excelize.Font{Color: "#404040"}, Fill: grey, Alignment: top(true), Border: border, Protection: locked}},
		{&b.stShownID, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "#404040"}, Fill: grey, Alignment: top(false), Border: border, Protection: locked}},
		{&b.stLink, &excelize.Style{Font: &excelize.Font{Color: "#0563C1", Underline: "single"}, Fill: grey, Alignment: top(true), Border: border, Protection: locked}},
		{&b.stInstr, &excelize.Style{Alignment: top(true), Protection: locked}},
		{&b.stLabel, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(true), Protection: locked}},
		{&b.stKey, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: grey, Protection: locked}},
		{&b.stValue, &excelize.Style{Fill: grey, Protection: locked, Alignment: &excelize.Alignment{Horizontal: "left"}}},
	}
	for _, s := range styles {
		id, err := b.f.NewStyle(s.s)
		if err != nil {
			return err
		}
		*s.dst = id
	}
	for _, cf := range []struct {
		dst        *int
		fill, font string
	}{{&b.cfAccepted, "#C6EFCE", "#006100"}, {&b.cfNot, "#FFC7CE", "#9C0006"}, {&b.cfClar, "#FFEB9C", "#9C5700"}} {
		id, err := b.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: cf.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{cf.fill}}})
		if err != nil {
			return err
		}
		*cf.dst = id
	}
	return nil
}

func (b *reviewBuilder) sheets() error {
	c := b.c
	b.sInstr, b.sDetails, b.sCriteria = c.T("template.sheet.instructions"), c.T("revbook.sheet.submission"), c.T("template.sheet.criteria")
	b.sMetrics, b.sLists = c.T("revbook.sheet.metrics"), c.T("template.sheet.lists")
	if err := b.f.SetSheetName("Sheet1", b.sInstr); err != nil {
		return err
	}
	for _, name := range []string{b.sDetails, b.sCriteria, b.sMetrics, b.sLists} {
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

// set writes a value and a style.
func (b *reviewBuilder) set(sheet string, col, row int, v any, style int) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if s, ok := v.(string); ok {
		err = b.f.SetCellStr(sheet, cell, safeText(s))
	} else {
		err = b.f.SetCellValue(sheet, cell, v)
	}
	if err != nil {
		return err
	}
	if style != 0 {
		return b.f.SetCellStyle(sheet, cell, cell, style)
	}
	return nil
}

// safeText keeps a spreadsheet from running what a city typed as a formula (FORMATS.md): text
// that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe.
func safeText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// protect locks a sheet without a password: the evaluator can select, resize and fill the
// unlocked cells, and cannot change by mistake what the city claimed.
func (b *reviewBuilder) protect(sheet string) error {
	return b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true})
}

func (b *reviewBuilder) subject() msg.Args {
	s := b.t.Submission
	return msg.Args{"City": s.City, "Country": s.Country, "Year": s.Year, "File": s.File}
}

func (b *reviewBuilder) instructions() error {
	c, s := b.c, b.sInstr
	lines := []instrLine{
		{c.T("revbook.instr.title", b.subject()), b.stTitle},
		{"", 0},
		{c.T("revbook.instr.what", msg.Args{"Sheet": b.sCriteria, "Metrics": b.sMetrics}), 0},
		{c.T("revbook.instr.decide", msg.Args{"Accepted": c.T("revbook.word.accepted"), "NotAccepted": c.T("revbook.word.not_accepted"), "Clarification": c.T("revbook.word.clarification")}), 0},
		{c.T("revbook.instr.blank"), 0},
		{c.T("revbook.instr.details", msg.Args{"Sheet": b.sDetails}), 0},
		{"", 0},
		{c.T("revbook.instr.next"), b.stLabel},
		{"wwc review " + b.t.Submission.File + " --from " + output(b.t.Output), 0},
	}
	for i, l := range lines {
		style := l.style
		if style == 0 {
			style = b.stInstr
		}
		if err := b.set(s, 1, i+1, l.text, style); err != nil {
			return err
		}
		if n := wrappedLines(l.text, instrChars); n > 1 && style != b.stTitle {
			if err := b.f.SetRowHeight(s, i+1, float64(n)*13+4); err != nil {
				return err
			}
		}
	}
	if err := b.f.SetColWidth(s, "A", "A", instrWidth); err != nil {
		return err
	}
	if err := b.printWide(s); err != nil {
		return err
	}
	return b.protect(s)
}

// output is the workbook's name as the instructions show it.
func output(name string) string {
	if name == "" {
		return "FILE.xlsx"
	}
	return name
}

// details writes the submission's identity, locked, and the reviewer's name, to fill.
func (b *reviewBuilder) details() error {
	c, s, sub := b.c, b.sDetails, b.t.Submission
	rows := []struct {
		key   string
		val   any
		style int
	}{
		{c.T("revbook.detail.file"), sub.File, b.stValue},
		{c.T("template.city.city"), sub.City, b.stValue},
		{c.T("template.city.country"), sub.Country, b.stValue},
		{c.T("template.city.year"), intOrEmpty(sub.Year), b.stValue},
		{c.T("revbook.detail.rubric"), sub.Rubric.ID, b.stValue},
		{c.T("revbook.detail.rubric_version"), sub.Rubric.Version, b.stValue},
		{"SHA-256", sub.SHA256, b.stValue},
		{c.T("revbook.detail.reviewer"), "", b.stFill},
	}
	for i, r := range rows {
		if err := b.set(s, 1, i+1, r.key, b.stKey); err != nil {
			return err
		}
		if err := b.set(s, 2, i+1, r.val, r.style); err != nil {
			return err
		}
	}
	note := len(rows) + 2
	if err := b.set(s, 1, note, c.T("revbook.detail.note"), b.stInstr); err != nil {
		return err
	}
	if err := b.f.MergeCell(s, fmt.Sprintf("A%d", note), fmt.Sprintf("B%d", note)); err != nil {
		return err
	}
	if err := b.f.SetRowHeight(s, note, 30); err != nil {
		return err
	}
	if err := b.f.SetColWidth(s, "A", "A", 26); err != nil {
		return err
	}
	if err := b.f.SetColWidth(s, "B", "B", 70); err != nil {
		return err
	}
	if err := b.printWide(s); err != nil {
		return err
	}
	return b.protect(s)
}

// answerWord is how an answer is written in the workbook's language; "" for unanswered.
func (b *reviewBuilder) answerWord(v assessment.Value) string {
	if v == assessment.Unanswered {
		return ""
	}
	return b.c.T("template.answer." + v.String())
}

// link writes evidence that is a web address as a link, other evidence as text.
func (b *reviewBuilder) link(sheet string, col, row int, evidence string) error {
	if !isURL(evidence) {
		return b.set(sheet, col, row, evidence, b.stShown)
	}
	if err := b.set(sheet, col, row, evidence, b.stLink); err != nil {
		return err
	}
	cell, _ := excelize.CoordinatesToCellName(col, row)
	return b.f.SetCellHyperLink(sheet, cell, evidence, "External")
}

// isURL reports whether evidence is one web address and nothing else, short enough for a
// spreadsheet's link.
func isURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(s) < 2000 &&
		!strings.ContainsAny(s, " \t\r\n\"<>")
}

func (b *reviewBuilder) criteria() error {
	c, s, r := b.c, b.sCriteria, b.t.Rubric
	if err := b.set(s, 1, 1, c.T("revbook.criteria_title", b.subject()), b.stTitle); err != nil {
		return err
	}
	headers := []string{c.T("template.col.id"), c.T("template.col.practice"), c.T("template.col.title"), c.T("revbook.col.answer"),
		c.T("template.col.evidence"), c.T("template.col.notes"), c.T("template.col.guidance"), c.T("revbook.col.decision"), c.T("revbook.col.comment")}
	for i, h := range headers {
		if err := b.set(s, i+1, reviewHeaderRow, h, b.stHeader); err != nil {
			return err
		}
	}
	row := reviewHeaderRow + 1
	first := row
	for _, p := range r.Practices {
		if err := b.set(s, 1, row, p.ID+" · "+p.Name.Get(b.lang), b.stPractice); err != nil {
			return err
		}
		if err := b.f.MergeCell(s, fmt.Sprintf("A%d", row), fmt.Sprintf("G%d", row)); err != nil {
			return err
		}
		row++
		for _, q := range p.Questions {
			if err := b.criterionRow(row, p, q); err != nil {
				return err
			}
			row++
		}
	}
	widths := map[string]float64{"A": 8, "B": 8, "C": 40, "D": 13, "E": 34, "F": 28, "G": 34, "H": 16, "I": 40}
	return b.finishTable(s, widths, reviewHeaderRow, first, row-1, "H", "I")
}

func (b *reviewBuilder) criterionRow(row int, p questions.Practice, q questions.Question) error {
	s := b.sCriteria
	ans := b.t.Sub.Answer(questions.NormalizeID(q.ID))
	text := q.Title.Get(b.lang)
	if qq := q.Question.Get(b.lang); qq != "" {
		text += "\n" + qq
	}
	cells := []struct {
		col   int
		v     string
		style int
	}{
		{rcID, q.ID, b.stShownID}, {rcPractice, p.ID, b.stShown}, {rcCriterion, text, b.stShown},
		{rcAnswer, b.answerWord(ans.Value), b.stShownID}, {rcNotes, ans.Notes, b.stShown},
		{rcGuidance, q.Guidance.Get(b.lang), b.stShown}, {rcDecision, "", b.stFill}, {rcComment, "", b.stFill},
	}
	for _, cl := range cells {
		if err := b.set(s, cl.col, row, cl.v, cl.style); err != nil {
			return err
		}
	}
	if err := b.link(s, rcEvidence, row, ans.Evidence); err != nil {
		return err
	}
	lines := max(wrappedLines(q.Title.Get(b.lang), 38)+wrappedLines(q.Question.Get(b.lang), 38),
		wrappedLines(q.Guidance.Get(b.lang), 32), wrappedLines(ans.Evidence, 32), wrappedLines(ans.Notes, 26))
	return b.f.SetRowHeight(s, row, float64(min(lines, 30))*13+4)
}

// finishTable sets the widths, freezes the header, offers the decisions as a dropdown, colours
// them, sets the page and locks the sheet.
func (b *reviewBuilder) finishTable(s string, widths map[string]float64, header, first, last int, decision, comment string) error {
	for col, w := range widths {
		if err := b.f.SetColWidth(s, col, col, w); err != nil {
			return err
		}
	}
	if err := b.f.SetRowHeight(s, header, 30); err != nil {
		return err
	}
	if err := b.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: fmt.Sprintf("A%d", header+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := b.printWide(s); err != nil {
		return err
	}
	if last < first {
		return b.protect(s)
	}
	rng := fmt.Sprintf("%s%d:%s%d", decision, first, decision, last)
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(rng)
	dv.SetSqrefDropList(fmt.Sprintf("'%s'!$A$1:$A$3", b.sLists))
	// A warning, not a stop: the decision words of the other languages are read too.
	dv.SetError(excelize.DataValidationErrorStyleWarning, b.c.T("revbook.dropdown_title"), b.c.T("revbook.dropdown_help"))
	if err := b.f.AddDataValidation(s, dv); err != nil {
		return err
	}
	if err := b.f.SetConditionalFormat(s, rng, []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Format: &b.cfAccepted, Value: strconv.Quote(b.c.T("revbook.word.accepted"))},
		{Type: "cell", Criteria: "==", Format: &b.cfNot, Value: strconv.Quote(b.c.T("revbook.word.not_accepted"))},
		{Type: "cell", Criteria: "==", Format: &b.cfClar, Value: strconv.Quote(b.c.T("revbook.word.clarification"))},
	}); err != nil {
		return err
	}
	return b.protect(s)
}

func (b *reviewBuilder) printWide(s string) error {
	landscape, fit, tall := "landscape", 1, 0
	if err := b.f.SetPageLayout(s, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &fit, FitToHeight: &tall}); err != nil {
		return err
	}
	fitPage := true
	return b.f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fitPage})
}

func (b *reviewBuilder) metrics() error {
	c, s := b.c, b.sMetrics
	if err := b.set(s, 1, 1, c.T("revbook.metrics_title", b.subject()), b.stTitle); err != nil {
		return err
	}
	if len(b.t.Sub.Outcomes) == 0 {
		if err := b.set(s, 1, 2, c.T("revbook.no_metrics"), b.stInstr); err != nil {
			return err
		}
	}
	headers := []string{c.T("template.out.metric"), c.T("template.out.unit"), c.T("template.out.direction"),
		c.T("template.out.baseline_year"), c.T("template.out.baseline"), c.T("template.out.current_year"), c.T("template.out.current"),
		c.T("template.out.evidence"), c.T("revbook.col.progress"), c.T("revbook.col.decision"), c.T("revbook.col.comment")}
	for i, h := range headers {
		if err := b.set(s, i+1, metricHeaderRow, h, b.stHeader); err != nil {
			return err
		}
	}
	for i, m := range b.t.Sub.Outcomes {
		row := metricHeaderRow + 1 + i
		dir := ""
		if d := m.Direction.String(); d != "" {
			dir = c.T("template.direction." + d)
		}
		progress := c.T("revbook.progress.no")
		if b.t.Progress[m.Name] {
			progress = c.T("revbook.progress.yes")
		}
		vals := []any{m.Name, m.Unit, dir, intOrEmpty(m.BaselineYear), floatOrEmpty(m.Baseline), intOrEmpty(m.CurrentYear), floatOrEmpty(m.Current)}
		for col, v := range vals {
			if err := b.set(s, col+1, row, v, b.stShown); err != nil {
				return err
			}
		}
		if err := b.link(s, 8, row, m.Evidence); err != nil {
			return err
		}
		for col, v := range map[int]string{9: progress, 10: "", 11: ""} {
			style := b.stShownID
			if col > 9 {
				style = b.stFill
			}
			if err := b.set(s, col, row, v, style); err != nil {
				return err
			}
		}
	}
	first := metricHeaderRow + 1
	widths := map[string]float64{"A": 34, "B": 12, "C": 12, "D": 10, "E": 12, "F": 10, "G": 12, "H": 30, "I": 14, "J": 16, "K": 40}
	return b.finishTable(s, widths, metricHeaderRow, first, first+len(b.t.Sub.Outcomes)-1, "J", "K")
}

// lists fills the hidden sheet the dropdown reads from.
func (b *reviewBuilder) lists() error {
	for i, w := range []string{"accepted", "not_accepted", "clarification"} {
		if err := b.set(b.sLists, 1, i+1, b.c.T("revbook.word."+w), 0); err != nil {
			return err
		}
	}
	return nil
}
