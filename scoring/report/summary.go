package report

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Submission is one file of a batch: its brief, or why it could not be read.
type Submission struct {
	Path  string
	Brief scoring.Brief
	Err   error
	// Duplicate is set when another submission has the same city, country and year.
	Duplicate bool
	// Dropped is set on a duplicate the cohort statistics do not count.
	Dropped bool
}

// SkippedFile is a file found in a folder that is not a submission, and the reason (one of
// the words of batch.SkipReasons).
type SkippedFile struct {
	Path, Reason string
}

// SummaryInput is a batch's rows and its cohort statistics.
type SummaryInput struct {
	Rows   []Submission
	Cohort scoring.Cohort
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	Date   time.Time
	// Skipped are the files found and left out, with their reasons, in the order counted.
	Skipped []SkippedFile
	// Width, when not zero, is the terminal's width: the text summary fits its table of
	// submissions to it.
	Width int
}

// SummaryWriter writes a batch summary in one format.
type SummaryWriter interface {
	WriteSummary(w io.Writer, in SummaryInput) error
}

// SummaryFormat is a named batch summary format.
type SummaryFormat struct {
	Name string
	Exts []string
	New  func() SummaryWriter
}

// SummaryFormats lists the batch summary formats, for help text and -o.
var SummaryFormats = []SummaryFormat{
	{Name: FormatText, Exts: []string{".txt"}, New: func() SummaryWriter { return textSummary{} }},
	{Name: FormatMarkdown, Exts: []string{".md"}, New: func() SummaryWriter { return mdSummary{} }},
	{Name: FormatJSON, Exts: []string{".json"}, New: func() SummaryWriter { return jsonSummary{} }},
	{Name: FormatCSV, Exts: []string{".csv"}, New: func() SummaryWriter { return csvSummary{} }},
	{Name: FormatXLSX, Exts: []string{".xlsx"}, New: func() SummaryWriter { return xlsxSummary{} }},
}

// SummaryFormatNames lists the summary format names.
func SummaryFormatNames() []string {
	out := make([]string, len(SummaryFormats))
	for i, f := range SummaryFormats {
		out[i] = f.Name
	}
	return out
}

// LookupSummary returns the summary format called name.
func LookupSummary(name string) (SummaryFormat, error) {
	for _, f := range SummaryFormats {
		if f.Name == strings.ToLower(strings.TrimSpace(name)) {
			return f, nil
		}
	}
	return SummaryFormat{}, msg.E("report.unknown_format", msg.Args{"Format": name, "Formats": strings.Join(SummaryFormatNames(), ", ")})
}

// SummaryForPath returns the summary format an output file's extension asks for.
func SummaryForPath(path string) (SummaryFormat, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range SummaryFormats {
		for _, e := range f.Exts {
			if e == ext {
				return f, true
			}
		}
	}
	return SummaryFormat{}, false
}

// summaryView is the summary put into words once for every format.
type summaryView struct {
	Headers  []string
	Rows     [][]string // one per submission, the cells of Headers
	Tiers    [][2]string
	Practice [][3]string // name, ID, average
	Criteria [][4]string // ID, title, met/of, rate
	Rarest   [][4]string
	Counts   string
	Dupes    []string
	Skipped  string
	Counted  string
	Errors   [][2]string
	L        labels
	Title    string
	Date     string
}

func newSummaryView(in SummaryInput) *summaryView {
	c, r := in.Cat, in.Rubric
	v := &summaryView{L: newLabels(c), Title: c.T("batch.title")}
	if !in.Date.IsZero() {
		v.Date = c.Date(in.Date.Year(), int(in.Date.Month()), in.Date.Day())
	}
	v.Headers = []string{c.T("batch.col.file"), c.T("batch.col.city"), c.T("batch.col.country"), c.T("batch.col.year"),
		v.L.Met, c.T("batch.col.total"), v.L.Percent, v.L.Tier, v.L.Outcomes, v.L.Unanswered}
	for _, p := range r.Practices {
		v.Headers = append(v.Headers, p.ID)
	}
	v.Headers = append(v.Headers, c.T("batch.col.duplicate"), c.T("report.notices"), c.T("batch.col.error"))
	failed := 0
	for _, s := range in.Rows {
		row := []string{s.Path}
		if s.Err != nil {
			failed++
			row = append(row, make([]string, len(v.Headers)-4)...)
			row = append(row, "", "", msg.Text(c, s.Err))
			v.Errors = append(v.Errors, [2]string{s.Path, msg.Text(c, s.Err)})
			v.Rows = append(v.Rows, row)
			continue
		}
		b := s.Brief
		row = append(row, b.City, b.Country, yearText(b.Year), fmt.Sprint(b.Met), fmt.Sprint(b.Total),
			c.Percent(b.Percent()), TierName(r, c, b.Tier), fmt.Sprint(b.OutcomesCounted), fmt.Sprint(b.Unanswered))
		for _, p := range b.Practices {
			row = append(row, c.Percent(p))
		}
		dup := ""
		if s.Duplicate {
			dup = v.L.Yes
		}
		row = append(row, dup, strings.Join(noticeTexts(c, b.Notices), "\n"), "")
		v.Rows = append(v.Rows, row)
	}
	v.Counts = c.T("batch.counts", msg.Args{"Scored": len(in.Rows) - failed, "Failed": failed, "Count": len(in.Rows)})
	ids := append([]string{scoring.TierNone}, r.TierIDs()...)
	for i := len(ids) - 1; i >= 0; i-- {
		v.Tiers = append(v.Tiers, [2]string{TierName(r, c, ids[i]), fmt.Sprint(in.Cohort.Tiers[ids[i]])})
	}
	for _, p := range in.Cohort.Practices {
		v.Practice = append(v.Practice, [3]string{PracticeName(r, c, p.ID), p.ID, c.Percent(p.Percent)})
	}
	rates := append([]scoring.CriterionRate(nil), in.Cohort.Criteria...)
	for _, q := range rates {
		v.Criteria = append(v.Criteria, [4]string{q.ID, QuestionTitle(r, c, q.ID), fmt.Sprintf("%d/%d", q.Met, q.Of), c.Percent(q.Rate())})
	}
	sort.SliceStable(rates, func(i, j int) bool { return rates[i].Met < rates[j].Met })
	for i := 0; i < len(rates) && i < 5; i++ {
		q := rates[i]
		v.Rarest = append(v.Rarest, [4]string{q.ID, QuestionTitle(r, c, q.ID), fmt.Sprintf("%d/%d", q.Met, q.Of), c.Percent(q.Rate())})
	}
	for g, group := range in.Cohort.Duplicates {
		var files []string
		for _, i := range group {
			files = append(files, in.Rows[i].Path)
		}
		b := in.Rows[group[0]].Brief
		kept := in.Rows[group[len(group)-1]].Path
		if g < len(in.Cohort.Kept) {
			kept = in.Rows[in.Cohort.Kept[g]].Path
		}
		v.Dupes = append(v.Dupes, c.T("batch.duplicate_kept", msg.Args{"City": b.City, "Year": b.Year, "Files": strings.Join(files, ", "), "Kept": kept}))
	}
	if len(in.Cohort.Duplicates) > 0 {
		v.Counted = c.T("batch.counted", msg.Args{"Count": in.Cohort.Counted})
	}
	v.Skipped = skippedText(c, in.Skipped)
	return v
}

// skipReasons orders the reasons a file is skipped, as summaries list them.
var skipReasons = []string{"hidden", "lock", "temporary", "link_outside", "link_broken", "link_repeat", "special", "output", "other"}

// skippedText says how many files were skipped and why, or "" when none were.
func skippedText(c *i18n.Catalog, skipped []SkippedFile) string {
	if len(skipped) == 0 {
		return ""
	}
	counts := map[string]int{}
	for _, s := range skipped {
		counts[s.Reason]++
	}
	var parts []string
	for _, r := range skipReasons {
		if n := counts[r]; n > 0 {
			parts = append(parts, c.T("batch.skipped."+r, msg.Args{"Count": n}))
		}
	}
	return c.T("batch.skipped", msg.Args{"List": strings.Join(parts, ", ")})
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return fmt.Sprint(y)
}

// textSummary is what an evaluator reads in the terminal after a batch.
type textSummary struct{}

// WriteSummary writes the counts, the table of submissions (fitted to the terminal's width
// when known), the tier distribution, practice averages and the rarest criteria.
func (textSummary) WriteSummary(w io.Writer, in SummaryInput) error {
	v := newSummaryView(in)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p("%s", v.Title)
	p("%s", v.Counts)
	if v.Skipped != "" {
		p("%s", v.Skipped)
	}
	if v.Counted != "" {
		p("%s", v.Counted)
	}
	p("")
	p("%s", in.Cat.T("batch.submissions"))
	b.WriteString(submissionTable(in, v.L))
	p("")
	p("%s", v.L.Tier)
	for _, t := range v.Tiers {
		p("  %-10s %s", t[0], t[1])
	}
	p("")
	p("%s", v.L.Practices)
	for _, pr := range v.Practice {
		p("  %-48s %8s", pr[0]+" ("+pr[1]+")", pr[2])
	}
	p("")
	p("%s", in.Cat.T("batch.rarest"))
	for _, q := range v.Rarest {
		p("  %-6s %-44s %7s  %s", q[0], q[1], q[2], q[3])
	}
	for _, d := range v.Dupes {
		p("")
		p("%s", d)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type mdSummary struct{}

// WriteSummary writes the rows and statistics as Markdown tables.
func (mdSummary) WriteSummary(w io.Writer, in SummaryInput) error {
	v := newSummaryView(in)
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	table := func(headers []string, rows [][]string) {
		mdTable(&b, headers, rows)
		p("")
	}
	p("%s", wwcmark.MarkdownLine)
	p("# %s", md(v.Title))
	p("")
	if v.Date != "" {
		p("%s · %s", md(v.Date), md(v.Counts))
	} else {
		p("%s", md(v.Counts))
	}
	p("")
	for _, line := range []string{v.Skipped, v.Counted} {
		if line != "" {
			p("%s", md(line))
			p("")
		}
	}
	p("## %s", v.L.Tier)
	p("")
	var tiers [][]string
	for _, t := range v.Tiers {
		tiers = append(tiers, t[:])
	}
	table([]string{v.L.Tier, in.Cat.T("batch.col.cities")}, tiers)
	p("## %s", v.L.Practices)
	p("")
	var prs [][]string
	for _, x := range v.Practice {
		prs = append(prs, x[:])
	}
	table([]string{v.L.Practice, v.L.ID, in.Cat.T("batch.col.average")}, prs)
	p("## %s", in.Cat.T("batch.criteria_rates"))
	p("")
	var cr [][]string
	for _, x := range v.Criteria {
		cr = append(cr, x[:])
	}
	table([]string{v.L.ID, v.L.Criterion, v.L.Met, in.Cat.T("batch.col.rate")}, cr)
	if len(v.Dupes) > 0 {
		p("## %s", in.Cat.T("batch.col.duplicate"))
		p("")
		for _, d := range v.Dupes {
			p("- %s", md(d))
		}
		p("")
	}
	p("## %s", in.Cat.T("batch.submissions"))
	p("")
	table(v.Headers, v.Rows)
	_, err := io.WriteString(w, b.String())
	return err
}

type csvSummary struct{}

// WriteSummary writes one row per submission.
// A file skipped is a row too, with the reason in the last column, so that the CSV accounts
// for every file found.
func (csvSummary) WriteSummary(w io.Writer, in SummaryInput) error {
	v := newSummaryView(in)
	headers := append(v.Headers, in.Cat.T("batch.col.skipped"))
	rows := make([][]string, 0, len(v.Rows)+len(in.Skipped))
	for _, r := range v.Rows {
		rows = append(rows, append(r, ""))
	}
	for _, s := range in.Skipped {
		row := make([]string, len(headers))
		row[0], row[len(row)-1] = s.Path, in.Cat.T("batch.skipped."+s.Reason, msg.Args{"Count": 1})
		rows = append(rows, row)
	}
	return writeCSV(w, in.Cat.Lang(), headers, rows)
}

type jsonSummary struct{}

// summaryDoc is the batch summary as JSON (wwc-batch/1).
type summaryDoc struct {
	Format      string             `json:"format"`
	Rubric      RubricDoc          `json:"rubric"`
	Submissions []submissionDoc    `json:"submissions"`
	Scored      int                `json:"scored"`
	Failed      int                `json:"failed"`
	Counted     int                `json:"counted"`
	Skipped     []skippedDoc       `json:"skipped"`
	Tiers       map[string]int     `json:"tiers"`
	Practices   []practiceAvgDoc   `json:"practices"`
	Criteria    []criterionRateDoc `json:"criteria"`
	Duplicates  [][]string         `json:"duplicates"`
}

// submissionDoc is one row. A file that could not be read has null figures and its errors,
// one string each; a scored one has no errors. Counted is false for a city and year submitted
// again whose other submission the statistics count.
type submissionDoc struct {
	File            string             `json:"file"`
	City            string             `json:"city,omitempty"`
	Country         string             `json:"country,omitempty"`
	Year            int                `json:"year,omitempty"`
	Met             *int               `json:"met"`
	Total           *int               `json:"total"`
	Percent         *float64           `json:"percent"`
	Tier            string             `json:"tier,omitempty"`
	OutcomesCounted *int               `json:"outcomes_counted"`
	Unanswered      *int               `json:"unanswered"`
	Practices       map[string]float64 `json:"practices,omitempty"`
	Duplicate       bool               `json:"duplicate,omitempty"`
	Counted         *bool              `json:"counted,omitempty"`
	Notices         []NoticeDoc        `json:"notices,omitempty"`
	Errors          []string           `json:"errors,omitempty"`
}

// skippedDoc is a file found and left out, with the reason as a stable word.
type skippedDoc struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// errorLines is each error of err as a string: a list gives one per problem.
func errorLines(c *i18n.Catalog, err error) []string {
	if list, ok := err.(msg.List); ok {
		out := make([]string, len(list))
		for i, e := range list {
			out[i] = msg.Text(c, e)
		}
		return out
	}
	return []string{msg.Text(c, err)}
}

type practiceAvgDoc struct {
	ID      string  `json:"id"`
	Percent float64 `json:"percent"`
}

type criterionRateDoc struct {
	ID   string  `json:"id"`
	Met  int     `json:"met"`
	Of   int     `json:"of"`
	Rate float64 `json:"rate"`
}

// WriteSummary writes the summary document.
func (jsonSummary) WriteSummary(w io.Writer, in SummaryInput) error {
	d := summaryDoc{Format: wwcmark.SummaryFormat, Rubric: RubricDoc{ID: in.Rubric.ID, Version: in.Rubric.Version},
		Submissions: []submissionDoc{}, Counted: in.Cohort.Counted, Skipped: []skippedDoc{}, Tiers: in.Cohort.Tiers,
		Practices: []practiceAvgDoc{}, Criteria: []criterionRateDoc{}, Duplicates: [][]string{}}
	for _, s := range in.Skipped {
		d.Skipped = append(d.Skipped, skippedDoc{File: s.Path, Reason: s.Reason})
	}
	for _, s := range in.Rows {
		if s.Err != nil {
			d.Failed++
			d.Submissions = append(d.Submissions, submissionDoc{File: s.Path, Errors: errorLines(in.Cat, s.Err)})
			continue
		}
		d.Scored++
		b := s.Brief
		pct := b.Percent()
		sd := submissionDoc{File: s.Path, City: b.City, Country: b.Country, Year: b.Year, Met: &b.Met, Total: &b.Total,
			Percent: &pct, Tier: b.Tier, OutcomesCounted: &b.OutcomesCounted, Unanswered: &b.Unanswered,
			Practices: map[string]float64{}, Duplicate: s.Duplicate}
		if s.Duplicate {
			counted := !s.Dropped
			sd.Counted = &counted
		}
		for i, id := range b.PracticeIDs {
			sd.Practices[id] = b.Practices[i]
		}
		for _, n := range b.Notices {
			sd.Notices = append(sd.Notices, NoticeDoc{Code: n.Code, Text: n.Localize(in.Cat)})
		}
		d.Submissions = append(d.Submissions, sd)
	}
	for _, p := range in.Cohort.Practices {
		d.Practices = append(d.Practices, practiceAvgDoc{ID: p.ID, Percent: p.Percent})
	}
	for _, q := range in.Cohort.Criteria {
		d.Criteria = append(d.Criteria, criterionRateDoc{ID: q.ID, Met: q.Met, Of: q.Of, Rate: q.Rate()})
	}
	for _, g := range in.Cohort.Duplicates {
		var files []string
		for _, i := range g {
			files = append(files, in.Rows[i].Path)
		}
		d.Duplicates = append(d.Duplicates, files)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}
