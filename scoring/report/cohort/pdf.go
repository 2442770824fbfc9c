package cohort

import (
	"io"
	"slices"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// pdfWriter writes the cohort report as an A4 PDF.
type pdfWriter struct{}

// Write writes the sections of the HTML page: the figures, the tiers as bars, each
// practice's spread as a box plot, every criterion's met rate by practice, the submissions
// (folded above FoldAbove rows, as the page folds them), and what was not counted; with
// reviews, what the text summary says of them.
func (pdfWriter) Write(w io.Writer, in Input) error {
	d := newHTMLData(in)
	p := render.NewPDF(d.Title+d.titleDate(), in.Cat.Lang(), in.Date)
	doc := pdfDoc{d: d, p: p, in: in}
	for _, section := range []func(){doc.heading, doc.reviews, doc.tiers, doc.practices, doc.criteria, doc.submissions, doc.problems} {
		section()
	}
	return p.Finish(w)
}

// pdfDoc is the cohort PDF being written, a section at a time.
type pdfDoc struct {
	d  *htmlData
	p  *render.PDF
	in Input
}

func (doc pdfDoc) heading() {
	d := doc.d
	doc.p.Title(d.Title)
	doc.p.Meta(d.Meta)
	var rows [][2]string
	for _, f := range d.Figures {
		rows = append(rows, [2]string{f.K, f.V})
	}
	doc.p.Pairs(rows)
	doc.p.Para(d.Counts)
	if d.NoScored != "" {
		doc.p.Notice(d.NoScored)
	}
}

func (doc pdfDoc) tiers() {
	d, in := doc.d, doc.in
	if d.NoScored != "" {
		return
	}
	doc.p.Heading(d.TiersH)
	doc.p.Para(d.TiersDesc)
	var bars []render.PDFBar
	for i, t := range d.Tiers {
		share := 0.0
		n := in.Cohort.Tiers[tierIDs(in)[i]]
		if in.Cohort.Counted > 0 {
			share = float64(n) * 100 / float64(in.Cohort.Counted)
		}
		bars = append(bars, render.PDFBar{Label: t[0], Value: share, Before: -1, Color: render.TierColor(tierIDs(in)[i]),
			Text: in.Cat.Number(float64(n)) + " · " + in.Cat.Percent(share)})
	}
	doc.p.Bars(bars)
}

// tierIDs are the tier IDs from the highest down to none, the order of view.Tiers.
func tierIDs(in Input) []string {
	ids := append([]string{scoring.TierNone}, in.Rubric.TierIDs()...)
	out := make([]string, 0, len(ids))
	for i := len(ids) - 1; i >= 0; i-- {
		out = append(out, ids[i])
	}
	return out
}

func (doc pdfDoc) practices() {
	d, c, in := doc.d, doc.in.Cat, doc.in
	if d.NoScored != "" {
		return
	}
	doc.p.Heading(d.PracticesH)
	doc.p.Para(d.PracticesNote + " " + d.Compared)
	var rows []render.PDFBox
	for _, s := range in.Cohort.Spreads {
		rows = append(rows, render.PDFBox{Label: render.PracticeName(in.Rubric, c, s.ID) + " (" + s.ID + ")",
			Min: s.Min, Q1: s.Q1, Median: s.Median, Q3: s.Q3, Max: s.Max,
			MedianText: c.T("cohort.html.median", msg.Args{"Median": c.Percent(s.Median)}),
			MiddleText: c.T("cohort.html.middle", msg.Args{"Q1": c.Percent(s.Q1), "Q3": c.Percent(s.Q3)})})
	}
	doc.p.BoxPlots(rows, render.QuarterTicks(c))
}

func (doc pdfDoc) criteria() {
	d, in := doc.d, doc.in
	if d.NoScored != "" {
		return
	}
	doc.p.Heading(d.CriteriaH)
	doc.p.Para(d.CriteriaNote + " " + d.Compared)
	rates := map[string]float64{}
	for _, q := range in.Cohort.Criteria {
		rates[q.ID] = q.Rate()
	}
	for _, g := range d.Groups {
		doc.p.Subheading(g.Name)
		t := render.PDFTable{Header: []string{d.L.ID, d.L.Criterion, d.L.Met, "", d.L.Percent}, Widths: []float64{0.08, 0.5, 0.12, 0.18, 0.12},
			Right: []bool{false, false, true, false, true}, MeterCol: 4}
		for _, r := range g.Rows {
			t.Rows = append(t.Rows, []string{r.ID, r.Title, r.MetOf, "", r.Rate})
			t.Meters = append(t.Meters, rates[r.ID])
		}
		doc.p.Table(t)
	}
}

func (doc pdfDoc) submissions() {
	d := doc.d
	doc.p.Heading(d.SubsH)
	if d.Folded {
		c, n := doc.in.Cat, len(d.Subs)
		doc.p.Para(c.T("cohort.pdf.folded", msg.Args{"Count": n, "Number": c.Number(float64(n)), "Limit": c.Number(FoldAbove)}))
		return
	}
	// The page's review columns come in a table of their own on paper (pdf_review.go): the
	// table of submissions keeps its seven columns and the notes.
	header := append(slices.Clone(d.SubHeaders[:7]), d.SubHeaders[len(d.SubHeaders)-1])
	t := render.PDFTable{Header: header, Widths: []float64{0.22, 0.13, 0.1, 0.065, 0.095, 0.1, 0.12, 0.17},
		Right: []bool{false, false, false, true, false, true, true}}
	for _, s := range d.Subs {
		var notes []string
		notes = append(notes, s.Flags...)
		for _, n := range s.Notices {
			notes = append(notes, "⚠ "+n)
		}
		t.Rows = append(t.Rows, []string{s.File, s.City, s.Country, s.Year, s.Tier, s.Share, s.Outcomes, strings.Join(notes, "\n")})
	}
	doc.p.Table(t)
}

func (doc pdfDoc) problems() {
	d := doc.d
	doc.p.Heading(d.ProblemsH)
	if d.NoProblems != "" {
		doc.p.Para(d.NoProblems)
	}
	if len(d.DupRows) > 0 {
		doc.p.Subheading(d.DupesH)
		t := render.PDFTable{Header: d.DupHeaders, Widths: []float64{0.3, 0.1, 0.6}, Right: []bool{false, true}}
		for _, r := range d.DupRows {
			var files []string
			for _, f := range r.Files {
				if f.Kept {
					files = append(files, f.Path+" ("+d.Kept+")")
				} else {
					files = append(files, f.Path)
				}
			}
			t.Rows = append(t.Rows, []string{r.City, r.Year, strings.Join(files, "\n")})
		}
		doc.p.Table(t)
		if d.Counted != "" {
			doc.p.Para(d.Counted)
		}
	}
	if len(d.Others) > 0 {
		doc.p.Subheading(d.OtherH)
		doc.p.Para(d.OtherNote)
		t := render.PDFTable{Header: d.OtherHeaders, Widths: []float64{0.35, 0.3, 0.1, 0.25}, Right: []bool{false, false, true}}
		for _, o := range d.Others {
			t.Rows = append(t.Rows, []string{o.File, o.City, o.Year, o.Rubric})
		}
		doc.p.Table(t)
	}
	if len(d.Errors) > 0 {
		doc.p.Subheading(d.FailuresH)
		t := render.PDFTable{Header: d.FailHeaders, Widths: []float64{0.35, 0.65}}
		for _, e := range d.Errors {
			t.Rows = append(t.Rows, []string{e[0], e[1]})
		}
		doc.p.Table(t)
	}
	if d.Skipped != "" {
		doc.p.Para(d.Skipped)
	}
}
