// Package reviewfile reads and writes wwc-review/1, an evaluator's decisions on one
// submission: which file, city, year and rubric it reviews (with the digest of the answers
// as read, so that a changed submission is noticed), who reviewed it, and for each criterion
// and outcome metric the decision, a comment, the date and the answer it was taken on.
package reviewfile

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/yamlerr"
	"github.com/citydatakit/wwc/questions"
	"go.yaml.in/yaml/v3"
)

// Format is the format tag a review file declares.
const Format = "wwc-review/1"

// SchemaURL is where the review file's JSON Schema is published (docs/schemas).
const SchemaURL = "https://raw.githubusercontent.com/citydatakit/wwc/main/docs/schemas/wwc-review-1.schema.json"

// MaxFileSize caps how much of a review file is read: 43 decisions with long comments are
// far below it.
const MaxFileSize = 1 << 20

type doc struct {
	Format     string              `yaml:"format"`
	Submission submissionDoc       `yaml:"submission"`
	Reviewer   string              `yaml:"reviewer,omitempty"`
	Criteria   map[string]*itemDoc `yaml:"criteria,omitempty"`
	Metrics    map[string]*itemDoc `yaml:"metrics,omitempty"`
}

type submissionDoc struct {
	File    string               `yaml:"file,omitempty"`
	City    string               `yaml:"city,omitempty"`
	Country string               `yaml:"country,omitempty"`
	Year    int                  `yaml:"year,omitempty"`
	Rubric  assessment.RubricRef `yaml:"rubric"`
	SHA256  string               `yaml:"sha256"`
}

type itemDoc struct {
	Decision yaml.Node `yaml:"decision"`
	Answer   yaml.Node `yaml:"answer,omitempty"`
	Comment  string    `yaml:"comment,omitempty"`
	Date     string    `yaml:"date,omitempty"`
}

// Read reads and checks the review file at path.
func Read(path string) (*assessment.Review, error) {
	data, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse reads a review file's text; name is used in messages. Every problem is reported at
// once, each with its line.
func Parse(data []byte, name string) (*assessment.Review, error) {
	var d doc
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil {
		if strings.TrimSpace(string(data)) == "" {
			return nil, msg.E("review.empty", msg.Args{"File": name})
		}
		return nil, yamlerr.Translate(err, name)
	}
	problems := assessment.Problems{File: name}
	if d.Format != Format {
		problems.E("review.bad_format", msg.Args{"File": name, "Got": d.Format, "Want": Format})
	}
	rev := assessment.NewReview()
	rev.Reviewer = d.Reviewer
	s := d.Submission
	rev.Submission = assessment.ReviewedSubmission{File: s.File, City: s.City, Country: s.Country, Year: s.Year, Rubric: s.Rubric,
		SHA256: strings.ToLower(strings.TrimSpace(s.SHA256))} // a digest typed or copied in capitals is the same digest
	for _, key := range sortedKeys(d.Criteria) {
		item, errs := readItem(d.Criteria[key], name, key)
		problems.Add(errs)
		rev.Criteria[questions.NormalizeID(key)] = item
	}
	for _, key := range sortedKeys(d.Metrics) {
		item, errs := readItem(d.Metrics[key], name, key)
		problems.Add(errs)
		rev.Metrics[strings.TrimSpace(key)] = item
	}
	if err := problems.Err(); err != nil {
		return nil, err
	}
	return rev, nil
}

// readItem reads one decision, with the answer it was taken on.
func readItem(it *itemDoc, name, key string) (assessment.ReviewItem, msg.List) {
	var problems msg.List
	if it == nil {
		return assessment.ReviewItem{}, nil
	}
	item := assessment.ReviewItem{Comment: it.Comment, Date: it.Date}
	if it.Decision.Kind != 0 {
		d, ok := assessment.ParseDecision(it.Decision.Value)
		if !ok || it.Decision.Kind != yaml.ScalarNode {
			problems = append(problems, msg.E("review.bad_decision", msg.Args{"File": name, "Line": it.Decision.Line, "Key": key, "Value": it.Decision.Value}))
		}
		item.Decision = d
	}
	if it.Answer.Kind != 0 {
		v, ok := assessment.ParseValue(it.Answer.Value)
		if !ok || it.Answer.Kind != yaml.ScalarNode {
			problems = append(problems, msg.E("review.bad_answer", msg.Args{"File": name, "Line": it.Answer.Line, "Key": key, "Value": it.Answer.Value}))
		}
		item.Answer = v
	}
	if it.Date != "" && !isDate(it.Date) {
		problems = append(problems, msg.E("review.bad_date", msg.Args{"File": name, "Line": it.Decision.Line, "Key": key, "Value": it.Date}))
	}
	return item, problems
}

// isDate reports whether s is a day written YYYY-MM-DD.
func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// Marshal writes the review as YAML, criteria in order (the order given, then the rest
// sorted), metrics sorted by name; a decision not taken is left out.
func Marshal(rev *assessment.Review, order []string) ([]byte, error) {
	d := doc{Format: Format, Reviewer: rev.Reviewer}
	s := rev.Submission
	d.Submission = submissionDoc{File: s.File, City: s.City, Country: s.Country, Year: s.Year, Rubric: s.Rubric, SHA256: s.SHA256}
	root := &yaml.Node{}
	if err := root.Encode(d); err != nil {
		return nil, err
	}
	if crit := items(rev.Criteria, order); len(crit.Content) > 0 {
		root.Content = append(root.Content, scalar("criteria"), crit)
	}
	if met := items(rev.Metrics, nil); len(met.Content) > 0 {
		root.Content = append(root.Content, scalar("metrics"), met)
	}
	var buf bytes.Buffer
	buf.WriteString("# yaml-language-server: $schema=" + SchemaURL + "\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

// Write writes the review to path atomically, as after every decision.
func Write(path string, rev *assessment.Review, order []string) error {
	data, err := Marshal(rev, order)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o644)
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// items writes decisions as a mapping, keys in order then sorted.
func items(m map[string]assessment.ReviewItem, order []string) *yaml.Node {
	out := &yaml.Node{Kind: yaml.MappingNode}
	seen := map[string]bool{}
	var keys []string
	for _, k := range order {
		if _, ok := m[k]; ok && !seen[k] {
			keys, seen[k] = append(keys, k), true
		}
	}
	for _, k := range sortedKeys(m) {
		if !seen[k] {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		it := m[k]
		if it.Decision == assessment.Unreviewed {
			continue
		}
		n := &yaml.Node{Kind: yaml.MappingNode}
		n.Content = append(n.Content, scalar("decision"), scalar(it.Decision.String()))
		if it.Answer != assessment.Unanswered {
			n.Content = append(n.Content, scalar("answer"), scalar(it.Answer.String()))
		}
		if it.Comment != "" {
			n.Content = append(n.Content, scalar("comment"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: it.Comment, Style: quoteIfNeeded(it.Comment)})
		}
		if it.Date != "" {
			n.Content = append(n.Content, scalar("date"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: it.Date})
		}
		out.Content = append(out.Content, scalar(k), n)
	}
	return out
}

// quoteIfNeeded lets the encoder choose, except that a comment of several lines is a block.
func quoteIfNeeded(s string) yaml.Style {
	if strings.Contains(s, "\n") {
		return yaml.LiteralStyle
	}
	return 0
}
