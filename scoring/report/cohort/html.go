package cohort

import (
	_ "embed"
	"html/template"
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// htmlWriter writes the cohort page: one self-contained page (inline CSS and SVG, nothing
// fetched, no script) with the tiers, each practice's spread, every criterion's met rate,
// the submissions and what was not counted; html/template escapes what the cities typed.
type htmlWriter struct{}

// body.tmpl is the cohort page's body in the page every document shares.
//
//go:embed body.tmpl
var bodyTemplate string

var page = render.NewHTMLPage(bodyTemplate)

// FoldAbove is how many submissions the page's table shows open: above it the table is
// folded (a <details> element, not printed). Two thousand rows make some fifty printed
// pages and a long scroll past the charts, and what an evaluator needs of them on paper
// (duplicates, other rubrics, failures) has its own section.
const FoldAbove = 200

// pageStyle are the rules only the cohort page needs, after the shared ones.
const pageStyle = `.figures.four { grid-template-columns: repeat(4, 1fr); }
.note { color:var(--muted); font-size:13px; margin:4px 0 10px; }
.meter { display:block; }
td.bar { width:130px; padding-top:9px; }
.criteria td:nth-child(2) { width:55%; }
.flag { display:inline-block; font-size:12px; color:#7a5b00; background:#fff3cd; border-radius:8px; padding:0 6px; margin:1px 0; }
.problem { white-space:pre-line; }
.subs td:first-child { overflow-wrap: anywhere; min-width: 9em; }
.subs td:last-child { width: 24%; font-size:13px; }
.view { display:inline-block; vertical-align:middle; font-size:12px; font-weight:600; border:1px solid #5b6b7b; border-radius:8px; padding:1px 8px; margin-left:8px; color:#5b6b7b; }
.view.validated { color:#fff; background:#1f4e79; border-color:#1f4e79; }
.view-line { margin:2px 0 6px; font-weight:600; border-left:4px solid #1f4e79; padding-left:8px; }
.review-line { margin:2px 0; }
.review-problems { margin:8px 0; padding-left:20px; }
.review-problems li { margin:2px 0; overflow-wrap:anywhere; }
.subs td.review { overflow-wrap:anywhere; }
.wide { overflow-x:auto; }
.subs.reviewed { font-size:12px; }
.subs.reviewed th, .subs.reviewed td { padding:4px 3px; }
.subs.reviewed .pill { white-space:normal; }
.subs.reviewed th { font-size:11px; }
.subs.reviewed td:first-child { min-width:7em; }
.subs.reviewed td:last-child { width:auto; font-size:11px; }
.subs.reviewed .flag { font-size:inherit; }
details > summary { cursor:pointer; font-weight:600; margin:8px 0; }
@media (max-width: 760px) { .figures.four { grid-template-columns: 1fr 1fr; } }
@media print {
  section.part { break-before: page; }
  details.rows { display:none; }
  thead { display: table-header-group; }
  .note { color:#333; }
  .wide { overflow:visible; }
  .subs.reviewed { font-size:8.5px; }
  .subs.reviewed th, .subs.reviewed td { padding:3px 2px; }
  .subs.reviewed td:first-child { min-width:0; }
  .subs.reviewed .pill { font-size:8px; padding:0 3px; }
}
`

// Write writes the page.
func (htmlWriter) Write(w io.Writer, in Input) error {
	d := newHTMLData(in)
	return page.Write(w, render.Page{Lang: in.Cat.Lang(), Title: d.Title + d.titleDate(), Accent: "#1f4e79", Style: template.CSS(pageStyle), Body: d})
}

// htmlData is what the body template lays out: every word already in the page's language.
type htmlData struct {
	*view
	Meta    string
	Figures []figure
	// NoScored replaces the statistics when no file could be scored.
	NoScored string

	TiersH, TiersDesc string
	TiersChart        template.HTML

	PracticesH, PracticesNote, Compared string
	PracticesChart                      template.HTML

	CriteriaH, CriteriaNote string
	Groups                  []criteriaGroup

	SubsH, FoldSummary, FoldNote string
	Folded                       bool
	SubHeaders                   []string
	Subs                         []subRow

	ProblemsH, DupesH, OtherH, OtherNote, FailuresH, NoProblems string
	Others                                                      []otherRow
	OtherHeaders, FailHeaders, DupHeaders                       []string
	DupRows                                                     []dupRow
	Kept                                                        string
	// Fails are the files that could not be read and why, cleaned: a file's name is a
	// stranger's too.
	Fails [][2]string

	// Rev is what the reviews add to the page; nil for a batch run without them.
	Rev *htmlReview
}

func (d *htmlData) titleDate() string {
	if d.Date == "" {
		return ""
	}
	return " · " + d.Date
}

type figure struct{ K, V string }

type criteriaGroup struct {
	Name string
	Rows []criterionRow
}

type criterionRow struct {
	ID, Title, MetOf, Rate string
	Meter                  template.HTML
}

type subRow struct {
	File, City, Country, Year, Tier, Share, Outcomes string
	TierColor                                        string
	Flags, Notices                                   []string
	// Rev are the review columns, nil for a batch run without reviews.
	Rev *reviewCols
}

type otherRow struct{ File, City, Year, Rubric string }

// dupRow is a city and year submitted more than once, its files in path order.
type dupRow struct {
	City, Year string
	Files      []dupFile
}

type dupFile struct {
	Path string
	Kept bool
}

func newHTMLData(in Input) *htmlData {
	c, r := in.Cat, in.Rubric
	d := &htmlData{view: newView(in)}
	parts := []string{}
	if d.Date != "" {
		parts = append(parts, d.Date)
	}
	d.Meta = strings.Join(append(parts, c.T("summary.rubric", msg.Args{"ID": r.ID, "Version": r.Version})), " · ")
	scored := 0
	for _, s := range in.Rows {
		if s.Err == nil {
			scored++
		}
	}
	d.Figures = []figure{
		{c.T("cohort.html.read"), c.Number(float64(len(in.Rows)))},
		{c.T("cohort.html.scored"), c.Number(float64(scored))},
		{c.T("cohort.html.counted"), c.Number(float64(in.Cohort.Counted))},
		{c.T("cohort.html.failed"), c.Number(float64(len(in.Rows) - scored))},
	}
	d.reviewSection(in)
	if scored == 0 {
		d.NoScored = c.T("cohort.html.no_scored")
	} else {
		d.tiers(in)
		d.practices(in)
		d.criteria(in)
	}
	d.submissions(in)
	d.problems(in)
	return d
}

// submissions lays out the table of scored submissions, folded above FoldAbove rows.
func (d *htmlData) submissions(in Input) {
	c, r := in.Cat, in.Rubric
	d.SubsH = c.T("batch.submissions")
	d.SubHeaders = []string{c.T("batch.col.file"), c.T("batch.col.city"), c.T("batch.col.country"), c.T("batch.col.year"),
		d.L.Tier, d.L.Percent, d.L.Outcomes}
	if d.Rev != nil {
		d.SubHeaders = append(d.SubHeaders, reviewHeadersHTML(in)...)
	}
	d.SubHeaders = append(d.SubHeaders, d.L.Notices)
	other := map[int]bool{}
	for _, i := range in.Cohort.OtherRubric {
		other[i] = true
	}
	for i, s := range in.Rows {
		if s.Err != nil {
			continue
		}
		b := s.Brief
		row := subRow{File: render.Line(s.Path), City: render.Line(b.City), Country: render.Line(b.Country), Year: render.Year(b.Year),
			Tier: render.TierName(r, c, b.Tier), TierColor: render.TierColor(b.Tier), Share: c.Percent(b.Percent()),
			Outcomes: c.Number(float64(b.OutcomesCounted)), Notices: render.NoticeTexts(c, b.Notices)}
		if d.Rev != nil {
			row.Rev = reviewColsOf(in, s)
		}
		if s.Dropped {
			row.Flags = append(row.Flags, c.T("cohort.html.not_counted"))
		}
		if other[i] {
			row.Flags = append(row.Flags, c.T("cohort.html.other_rubric_flag", msg.Args{"Rubric": rubricName(b.RubricID, b.RubricVersion)}))
		}
		d.Subs = append(d.Subs, row)
	}
	if len(d.Subs) > FoldAbove {
		d.Folded = true
		n := len(d.Subs)
		d.FoldSummary = c.T("cohort.html.folded", msg.Args{"Count": n, "Number": c.Number(float64(n))})
		d.FoldNote = c.T("cohort.html.folded_note", msg.Args{"Limit": c.Number(FoldAbove)})
	}
}

// problems lays out what was not counted: duplicates, other rubrics, files not read.
func (d *htmlData) problems(in Input) {
	c := in.Cat
	d.ProblemsH, d.DupesH, d.FailuresH = c.T("cohort.html.problems"), c.T("cohort.html.duplicates"), c.T("cohort.html.failures")
	d.OtherH = c.T("cohort.html.other_rubric")
	d.OtherHeaders = []string{c.T("batch.col.file"), c.T("batch.col.city"), c.T("batch.col.year"), c.T("cohort.html.col.rubric")}
	d.FailHeaders = []string{c.T("batch.col.file"), c.T("batch.col.failure")}
	d.OtherNote = c.T("cohort.html.other_rubric_note", msg.Args{"Rubric": comparedRubric(in)})
	d.DupHeaders = []string{c.T("batch.col.city"), c.T("batch.col.year"), c.T("batch.col.file")}
	d.Kept = c.T("cohort.html.kept")
	for g, group := range in.Cohort.Duplicates {
		if len(group) == 0 || group[0] < 0 || group[0] >= len(in.Rows) {
			continue
		}
		b := in.Rows[group[0]].Brief
		row := dupRow{City: render.Line(b.City), Year: render.Year(b.Year)}
		for _, i := range group {
			if i >= 0 && i < len(in.Rows) {
				kept := g < len(in.Cohort.Kept) && in.Cohort.Kept[g] == i
				row.Files = append(row.Files, dupFile{Path: render.Line(in.Rows[i].Path), Kept: kept})
			}
		}
		d.DupRows = append(d.DupRows, row)
	}
	for _, i := range in.Cohort.OtherRubric {
		if i < 0 || i >= len(in.Rows) {
			continue
		}
		s := in.Rows[i]
		d.Others = append(d.Others, otherRow{File: render.Line(s.Path), City: render.Line(s.Brief.City), Year: render.Year(s.Brief.Year),
			Rubric: rubricName(s.Brief.RubricID, s.Brief.RubricVersion)})
	}
	for _, e := range d.Errors {
		d.Fails = append(d.Fails, [2]string{render.Line(e[0]), render.Lines(e[1])})
	}
	if len(d.DupRows) == 0 && len(d.Others) == 0 && len(d.Errors) == 0 && d.Skipped == "" {
		d.NoProblems = c.T("cohort.html.no_problems")
	}
}

// comparedRubric is the rubric the cohort's statistics compare: the cohort's, or the batch's
// when the briefs did not say (a summary built by hand).
func comparedRubric(in Input) string {
	if in.Cohort.RubricID == "" && in.Cohort.RubricVersion == "" {
		return rubricName(in.Rubric.ID, in.Rubric.Version)
	}
	return rubricName(in.Cohort.RubricID, in.Cohort.RubricVersion)
}

// rubricName is a rubric as the page names it: its id and version, cleaned (a saved result
// says which rubric it answers, in its own words).
func rubricName(id, version string) string {
	return render.Line(strings.TrimSpace(id + " " + version))
}
