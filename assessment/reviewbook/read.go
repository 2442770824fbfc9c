// Package reviewbook reads the review workbook: the workbook wwc template --review writes for
// evaluators who work in a spreadsheet, filled with a decision and a comment on each criterion
// and outcome metric. It is read with the city workbook's rules: sheets found by their
// content, headers in English, Spanish or Portuguese with case, accents and spaces ignored,
// the same limits, and every problem named with its file, sheet and cell.
//
// The format readers (xlsx, ods, xls) open the file and hand over its sheets as rows; this
// package finds in them the criteria review table (a header with an ID column and a Decision
// column), the metrics review table (a metric column and a Decision column) and the
// submission sheet (keys in column A, values in column B: the file, city, country, year,
// rubric, its version and the SHA-256 of the answers reviewed).
package reviewbook

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/table"
	"github.com/citydatakit/wwc/assessment/workbook"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// Result is what a review workbook holds.
type Result struct {
	// Review holds the decisions taken, the submission the workbook names and the reviewer.
	// A blank decision is a claim not reviewed, left out.
	Review *assessment.Review
	// Details is true when the submission sheet was found: without it the workbook does not
	// say which submission it reviews.
	Details bool
	// Answers is true when the criteria table shows the city's answers, which each decision
	// is then taken on.
	Answers bool
	// Undecided names the cells of comments written beside no decision: they are not a
	// decision and are not carried into the review.
	Undecided []msg.M
	// Lang is the language the workbook is written in, when its headers tell.
	Lang string
	// Shown is the city's answer the workbook shows on each criterion row, decided or not,
	// when it has an answer column: a submission changed since shows another.
	Shown map[string]assessment.Value
	// Places says where each criterion and each metric was read: its ID's or name's cell.
	Places map[string]msg.M
}

// Read reads the review workbook b, read from file. Every problem found is reported, up to
// assessment.MaxProblems, each naming the file, sheet and cell.
func Read(file string, b workbook.Book, o workbook.Options) (*Result, error) {
	r := &reader{file: file, b: b, o: o, lim: o.Limits, res: &Result{Review: assessment.NewReview(), Shown: map[string]assessment.Value{}, Places: map[string]msg.M{}},
		problems: assessment.Problems{File: file}, idCell: map[string]msg.M{}, metricCell: map[string]msg.M{}}
	if err := r.read(); err != nil {
		return nil, err
	}
	if err := r.problems.Err(); err != nil {
		return nil, err
	}
	return r.res, nil
}

type reader struct {
	file     string
	b        workbook.Book
	o        workbook.Options
	lim      workbook.Limits
	res      *Result
	problems assessment.Problems

	criteria, metrics, details bool
	// cityTable names a sheet holding a city's criteria table with no Decision column.
	cityTable  string
	idCell     map[string]msg.M
	metricCell map[string]msg.M
}

// Problem records a problem at a place, naming the file.
func (r *reader) Problem(place msg.M, id string, args msg.Args) {
	if !r.problems.Room() {
		return
	}
	if args == nil {
		args = msg.Args{}
	}
	args["File"], args["Place"] = r.file, place
	r.problems.Add(msg.E(id, args))
}

func (r *reader) read() error {
	for i, s := range r.b.Sheets() {
		if r.criteria && r.metrics && r.details {
			break
		}
		if err := r.sheet(i, s.Name); err != nil {
			return err
		}
	}
	if r.criteria {
		return nil
	}
	if r.cityTable != "" {
		return msg.E("revbook.city_workbook", msg.Args{"File": r.file, "Sheet": r.cityTable, "Decision": strings.Join(decisionNames[:3], ", ")})
	}
	return msg.E("revbook.no_table", msg.Args{"File": r.file, "Rows": r.lim.HeaderRows,
		"Expected": table.ExpectedCriteriaHeaders(), "Decision": strings.Join(decisionNames[:3], ", ")})
}

// sheet streams one sheet: its first rows decide whether it is the criteria review table, the
// metrics review table or the submission sheet, and the rest is read as that.
func (r *reader) sheet(i int, name string) error {
	const (
		searching = iota
		inCriteria
		inMetrics
		done
	)
	state := searching
	var c cols
	var keys []workbook.Row
	err := r.walk(i, name, func(row workbook.Row) bool {
		switch state {
		case inCriteria:
			r.criterion(name, c, row)
			return true
		case inMetrics:
			r.metric(name, c, row)
			return true
		case done:
			return false
		}
		if row.Num > r.lim.HeaderRows {
			state = done
			return false
		}
		if !r.criteria {
			if h := reviewHeader(row.Cells, false); h.table.Has(table.ColID) && h.has(roleDecision) {
				state, c, r.criteria = inCriteria, h, true
				r.res.Answers = h.table.Has(table.ColAnswer)
				r.res.Lang = h.langOf(row.Cells)
				return true
			}
			if _, ok := table.CriteriaHeader(row.Cells); ok && r.cityTable == "" {
				r.cityTable = name
			}
		}
		if !r.metrics {
			if h := reviewHeader(row.Cells, true); h.table.Has(table.ColMetric) && h.has(roleDecision) {
				state, c, r.metrics = inMetrics, h, true
				if r.res.Lang == "" {
					r.res.Lang = h.langOf(row.Cells)
				}
				return true
			}
		}
		if len(row.Cells) > 0 && detailKey(row.Cells[0]) != roleNone {
			keys = append(keys, row)
		}
		return true
	})
	if err != nil {
		return err
	}
	if !r.details && distinct(keys) >= 2 {
		r.details, r.res.Details = true, true
		for _, row := range keys {
			r.detail(name, row)
		}
	}
	return nil
}

func distinct(rows []workbook.Row) int {
	seen := map[role]bool{}
	for _, row := range rows {
		seen[detailKey(row.Cells[0])] = true
	}
	return len(seen)
}

// looksLikeID is the shape of a criterion ID once normalized: letters then digits.
var looksLikeID = regexp.MustCompile(`^[A-Z]+[0-9]+$`)

// criterion reads one row of the criteria review table. Rows with an empty ID are skipped, and
// so are title rows: text in the ID column not shaped like an ID, with no decision.
func (r *reader) criterion(sheet string, c cols, row workbook.Row) {
	if !r.fits(sheet, row, c.table[table.ColID], colOr(c.table, table.ColAnswer), c.own[roleDecision], ownOr(c, roleComment)) {
		return
	}
	raw := c.table.Get(row.Cells, table.ColID)
	word := c.get(row.Cells, roleDecision)
	if raw == "" {
		if word != "" {
			r.Problem(workbook.Place(sheet, c.own[roleDecision], row.Num), "revbook.decision_no_id", msg.Args{"Value": word})
		}
		return
	}
	id := questions.NormalizeID(raw)
	if !looksLikeID.MatchString(id) && word == "" {
		return
	}
	idPlace := workbook.Place(sheet, c.table[table.ColID], row.Num)
	if id == "" {
		r.Problem(idPlace, "table.empty_id", msg.Args{"ID": raw})
		return
	}
	if first, dup := r.idCell[id]; dup {
		r.Problem(idPlace, "table.duplicate_id", msg.Args{"ID": raw, "First": first})
		return
	}
	r.idCell[id] = idPlace
	r.res.Places[id] = idPlace
	item, ok := r.item(sheet, c, row, raw)
	if !ok {
		return
	}
	if c.table.Has(table.ColAnswer) {
		answer := c.table.Get(row.Cells, table.ColAnswer)
		v, ok := assessment.ParseValue(answer)
		if !ok {
			r.Problem(workbook.Place(sheet, c.table[table.ColAnswer], row.Num), "table.bad_answer",
				msg.Args{"ID": raw, "Value": answer, "Accepted": r.inLang("answers.accepted")})
			return
		}
		item.Answer = v
		r.res.Shown[id] = v
	}
	if item.Decision != assessment.Unreviewed {
		r.res.Review.Criteria[id] = item
	}
}

// item reads the decision and comment of a row; ok is false when the decision is not
// understood (and reported).
func (r *reader) item(sheet string, c cols, row workbook.Row, what string) (assessment.ReviewItem, bool) {
	word := c.get(row.Cells, roleDecision)
	d, ok := assessment.ParseDecision(strings.TrimRight(word, ".!;,"))
	if !ok {
		r.Problem(workbook.Place(sheet, c.own[roleDecision], row.Num), "revbook.bad_decision",
			msg.Args{"ID": what, "Value": word, "Accepted": r.inLang("revbook.decisions_accepted")})
		return assessment.ReviewItem{}, false
	}
	comment := c.get(row.Cells, roleComment)
	if d == assessment.Unreviewed && comment != "" {
		r.res.Undecided = append(r.res.Undecided, workbook.Place(sheet, c.own[roleComment], row.Num))
	}
	return assessment.ReviewItem{Decision: d, Comment: comment}, true
}

// metric reads one row of the metrics review table; rows with no metric name and no decision
// are skipped.
func (r *reader) metric(sheet string, c cols, row workbook.Row) {
	if !r.fits(sheet, row, c.table[table.ColMetric], c.own[roleDecision], ownOr(c, roleComment)) {
		return
	}
	name := unquote(c.table.Get(row.Cells, table.ColMetric))
	if name == "" {
		if word := c.get(row.Cells, roleDecision); word != "" {
			r.Problem(workbook.Place(sheet, c.own[roleDecision], row.Num), "revbook.decision_no_metric", msg.Args{"Value": word})
		}
		return
	}
	place := workbook.Place(sheet, c.table[table.ColMetric], row.Num)
	if first, dup := r.metricCell[name]; dup {
		r.Problem(place, "revbook.duplicate_metric", msg.Args{"Metric": name, "First": first})
		return
	}
	r.metricCell[name] = place
	r.res.Places[name] = place
	item, ok := r.item(sheet, c, row, name)
	if ok && item.Decision != assessment.Unreviewed {
		r.res.Review.Metrics[name] = item
	}
}

// detail reads a key of the submission sheet and its value in column B.
func (r *reader) detail(sheet string, row workbook.Row) {
	if len(row.Cells) < 2 || !r.fits(sheet, row, 1) {
		return
	}
	v := strings.TrimSpace(row.Cells[1])
	s := &r.res.Review.Submission
	switch detailKey(row.Cells[0]) {
	case keyFile:
		s.File = v
	case keyCity:
		s.City = v
	case keyCountry:
		s.Country = v
	case keyYear:
		if v == "" {
			return
		}
		y, err := strconv.Atoi(strings.TrimSuffix(v, ".0"))
		if err != nil || y < 1000 || y > 9999 {
			r.Problem(workbook.Place(sheet, 1, row.Num), "table.bad_year", msg.Args{"Value": v})
			return
		}
		s.Year = y
	case keyRubric:
		s.Rubric.ID = v
	case keyRubricVersion:
		s.Rubric.Version = strings.TrimSuffix(v, ".0")
	case keySHA:
		s.SHA256 = strings.ToLower(v)
	case keyReviewer:
		r.res.Review.Reviewer = v
	}
}

func colOr(c table.Columns, role table.Role) int {
	if i, ok := c[role]; ok {
		return i
	}
	return -1
}

func ownOr(c cols, r role) int {
	if i, ok := c.own[r]; ok {
		return i
	}
	return -1
}

// inLang is a message in the workbook's language when known, so that the words a message
// asks for are the ones the workbook's dropdown offers; otherwise in the user's.
func (r *reader) inLang(id string) msg.Localizable {
	if r.res.Lang != "" {
		return fixed(i18n.For(r.res.Lang).T(id))
	}
	return msg.M{ID: id}
}

// fixed is text already rendered.
type fixed string

// Localize returns the text as it is.
func (f fixed) Localize(msg.Localizer) string { return string(f) }

// unquote takes off the apostrophe a writer puts before text that would otherwise run as a
// formula ("'=x" is the metric "=x").
func unquote(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@", rune(s[1])) {
		return s[1:]
	}
	return s
}
