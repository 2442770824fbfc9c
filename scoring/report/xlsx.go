package report

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/xuri/excelize/v2"
)

// xlsxWriter writes a workbook: a summary sheet, every criterion, the outcome metrics.
type xlsxWriter struct{}

type xlsxBook struct {
	f                                     *excelize.File
	title, header, label, wrap, pct, link int
	tier                                  map[string]int
}

// Write renders the report as an Excel workbook.
func (xlsxWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	f := excelize.NewFile()
	defer f.Close()
	b := &xlsxBook{f: f}
	if err := b.styles(); err != nil {
		return err
	}
	summary, criteria, outcomes := v.L.Summary, v.L.CriteriaList, v.L.OutcomeMetrics
	if len([]rune(outcomes)) > 31 {
		outcomes = v.L.Outcomes
	}
	if err := f.SetSheetName("Sheet1", summary); err != nil {
		return err
	}
	for _, s := range []string{criteria, outcomes} {
		if _, err := f.NewSheet(s); err != nil {
			return err
		}
	}
	for _, step := range []func() error{
		func() error { return b.summary(summary, v) },
		func() error { return b.criteria(criteria, v) },
		func() error { return b.outcomes(outcomes, v) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	if err := markWorkbook(f); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

func (b *xlsxBook) styles() error {
	mk := func(s *excelize.Style) int {
		id, _ := b.f.NewStyle(s)
		return id
	}
	b.title = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	b.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#1F4E79"}}})
	b.label = mk(&excelize.Style{Font: &excelize.Font{Bold: true}})
	b.wrap = mk(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	b.pct = mk(&excelize.Style{NumFmt: 10})
	b.link = mk(&excelize.Style{Font: &excelize.Font{Color: "#0B63B6", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}})
	b.tier = map[string]int{}
	for id, color := range tierColors {
		b.tier[id] = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "#FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}})
	}
	return nil
}

// row writes values from column A; text passes through SafeCell.
func (b *xlsxBook) row(sheet string, n int, style int, values ...any) error {
	for i, v := range values {
		cell, _ := excelize.CoordinatesToCellName(i+1, n)
		if s, ok := v.(string); ok {
			v = SafeCell(s)
		}
		if err := b.f.SetCellValue(sheet, cell, v); err != nil {
			return err
		}
		if style != 0 {
			if err := b.f.SetCellStyle(sheet, cell, cell, style); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *xlsxBook) summary(s string, v *view) error {
	r := 1
	rows := []struct {
		vals  []any
		style int
	}{
		{[]any{v.Heading}, b.title},
		{[]any{v.L.Report + " · " + v.Rubric}, 0},
		{[]any{v.Date}, 0},
		{[]any{v.Disclaimer}, 0},
	}
	if v.EvidenceMode != "" {
		rows = append(rows, struct {
			vals  []any
			style int
		}{[]any{v.EvidenceMode}, 0})
	}
	for _, x := range rows {
		if err := b.row(s, r, x.style, x.vals...); err != nil {
			return err
		}
		r++
	}
	r++
	pairs := [][2]any{
		{v.L.Tier, v.TierName},
		{v.L.Criteria, v.CriteriaText},
		{v.L.Outcomes, v.OutcomesText},
	}
	if len(v.Notices) > 0 {
		pairs = append(pairs, [2]any{v.L.Notices, strings.Join(v.Notices, "\n")})
	}
	pairs = append(pairs, [2]any{v.L.Bands, v.BandsText})
	if v.Cap != "" {
		pairs = append(pairs, [2]any{v.L.Caps, v.Cap})
	}
	pairs = append(pairs, [2]any{v.L.Next, v.Plan})
	if v.WhatIf != "" {
		pairs = append(pairs, [2]any{v.L.WhatIf, v.WhatIf})
	}
	for i, p := range pairs {
		if err := b.row(s, r, b.label, p[0]); err != nil {
			return err
		}
		cell, _ := excelize.CoordinatesToCellName(2, r)
		if err := b.f.SetCellValue(s, cell, SafeCell(p[1].(string))); err != nil {
			return err
		}
		if i == 0 {
			b.f.SetCellStyle(s, cell, cell, b.tier[v.TierID])
		} else {
			b.f.SetCellStyle(s, cell, cell, b.wrap)
		}
		r++
	}
	r++
	if err := b.row(s, r, b.header, v.L.Practice, v.L.ID, v.L.Met, "", v.L.Percent); err != nil {
		return err
	}
	r++
	for _, p := range v.Practices {
		if err := b.row(s, r, 0, p.Name, p.ID, p.Met, p.Total, p.Percent/100); err != nil {
			return err
		}
		cell, _ := excelize.CoordinatesToCellName(5, r)
		b.f.SetCellStyle(s, cell, cell, b.pct)
		r++
	}
	if len(v.Suggestions) > 0 {
		r++
		if err := b.row(s, r, b.header, v.L.ID, v.L.Criterion, v.L.Why); err != nil {
			return err
		}
		r++
		for _, sg := range v.Suggestions {
			if err := b.row(s, r, 0, sg.ID, sg.Title, sg.Why); err != nil {
				return err
			}
			r++
		}
	}
	b.f.SetColWidth(s, "A", "A", 34)
	b.f.SetColWidth(s, "B", "B", 70)
	return nil
}

func (b *xlsxBook) criteria(s string, v *view) error {
	if err := b.row(s, 1, b.header, v.L.ID, v.L.Practice, v.L.Criterion, v.L.Answer, v.L.Counts, v.L.Reason, v.L.Evidence, v.L.Notes); err != nil {
		return err
	}
	for i, c := range v.Criteria {
		n := i + 2
		counts := v.L.No
		if c.Counted {
			counts = v.L.Yes
		}
		if err := b.row(s, n, 0, c.ID, c.Practice, c.Title, c.Answer, counts, c.Status, c.Evidence, c.Notes); err != nil {
			return err
		}
		if c.EvidenceURL {
			cell, _ := excelize.CoordinatesToCellName(7, n)
			b.f.SetCellHyperLink(s, cell, c.Evidence, "External")
			b.f.SetCellStyle(s, cell, cell, b.link)
		}
	}
	last, _ := excelize.CoordinatesToCellName(8, len(v.Criteria)+1)
	if err := b.f.AutoFilter(s, "A1:"+last, nil); err != nil {
		return err
	}
	for col, w := range map[string]float64{"A": 8, "B": 10, "C": 40, "D": 14, "E": 9, "F": 30, "G": 40, "H": 40} {
		b.f.SetColWidth(s, col, col, w)
	}
	return b.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

func (b *xlsxBook) outcomes(s string, v *view) error {
	if err := b.row(s, 1, b.header, v.L.Metric, v.L.Unit, v.L.Baseline, v.L.Later, v.L.Direction, v.L.Counts, v.L.Reason, v.L.Evidence); err != nil {
		return err
	}
	for i, m := range v.Outcomes {
		counts := v.L.No
		if m.Counted {
			counts = v.L.Yes
		}
		if err := b.row(s, i+2, 0, m.Name, m.Unit, m.Baseline, m.Current, m.Direction, counts, m.Status, m.Evidence); err != nil {
			return err
		}
	}
	for col, w := range map[string]float64{"A": 40, "B": 14, "C": 16, "D": 16, "E": 18, "F": 9, "G": 30, "H": 40} {
		b.f.SetColWidth(s, col, col, w)
	}
	return b.f.SetPanes(s, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// markWorkbook names wwc as the application in the workbook's document properties, so that
// wwc knows its own reports and summaries when it meets them again (see package wwcmark).
func markWorkbook(f *excelize.File) error {
	return f.SetAppProps(&excelize.AppProperties{Application: wwcmark.XLSXApplication})
}
