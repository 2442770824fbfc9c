package assessment

// Decision is an evaluator's verdict on one claim of a city: a criterion's answer with its
// evidence, or an outcome metric.
type Decision int

// The decisions. Unreviewed is the zero value: a claim no one has looked at yet.
const (
	Unreviewed Decision = iota
	Accepted
	NotAccepted
	Clarification
)

// Decisions lists the decisions an evaluator can take, in the order they are offered.
var Decisions = []Decision{Accepted, NotAccepted, Clarification}

// String is the decision's token in review files: accepted, not_accepted, clarification,
// unreviewed.
func (d Decision) String() string {
	switch d {
	case Accepted:
		return "accepted"
	case NotAccepted:
		return "not_accepted"
	case Clarification:
		return "clarification"
	}
	return "unreviewed"
}

// decisionWords are the words a decision is written with in a review file or workbook, in the
// three languages, folded (case, accents and spacing ignored).
var decisionWords = map[string]Decision{
	"accepted": Accepted, "accept": Accepted, "aceptado": Accepted, "aceptada": Accepted, "aceito": Accepted, "aceita": Accepted,
	"not accepted": NotAccepted, "rejected": NotAccepted,
	"no aceptado": NotAccepted, "no aceptada": NotAccepted, "rechazado": NotAccepted,
	"nao aceito": NotAccepted, "nao aceita": NotAccepted, "rejeitado": NotAccepted,
	"clarification": Clarification, "aclaracion": Clarification, "esclarecimento": Clarification,
	"unreviewed": Unreviewed, "": Unreviewed, "sin revisar": Unreviewed, "nao revisado": Unreviewed,
}

// ParseDecision reads a decision in any of the three languages, case, accents and
// surrounding spaces ignored; ok is false for a word that is none of them.
func ParseDecision(s string) (d Decision, ok bool) {
	d, ok = decisionWords[Fold(s)]
	return d, ok
}

// ReviewItem is the evaluator's decision on one claim. Answer is the city's answer as it
// stood when the decision was taken: when the submission's answer has changed since, the
// decision no longer applies (the claim is stale and counts as not yet reviewed).
type ReviewItem struct {
	Decision Decision
	Comment  string
	// Date is the day of the decision, as YYYY-MM-DD.
	Date   string
	Answer Value
}

// ReviewedSubmission says which submission a review is of.
type ReviewedSubmission struct {
	// File is the submission's file name as the reviewer opened it.
	File          string
	City, Country string
	Year          int
	Rubric        RubricRef
	// SHA256 is the digest of the submission's answers as read when the review was written
	// (see answers.Digest): a different one means the city has changed its answers since.
	SHA256 string
}

// Review is one evaluator's decisions on one submission, keyed by normalized criterion ID
// and by outcome metric name.
type Review struct {
	Submission ReviewedSubmission
	Reviewer   string
	Criteria   map[string]ReviewItem
	Metrics    map[string]ReviewItem
}

// NewReview returns an empty review of nothing yet.
func NewReview() *Review {
	return &Review{Criteria: map[string]ReviewItem{}, Metrics: map[string]ReviewItem{}}
}
