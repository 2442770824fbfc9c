package assessment

import (
	"strconv"
	"strings"
)

// Value is an answer to a criterion.
type Value int

// The answers a criterion can have. In progress scores like not met but is reported as the
// nearest work.
const (
	Unanswered Value = iota
	Met
	NotMet
	InProgress
)

// Values lists every answer, in the order menus show them.
var Values = []Value{Met, NotMet, InProgress, Unanswered}

// String is the stable token used in files: met, not_met, in_progress, unanswered.
func (v Value) String() string {
	switch v {
	case Met:
		return "met"
	case NotMet:
		return "not_met"
	case InProgress:
		return "in_progress"
	default:
		return "unanswered"
	}
}

// answerWords are the accepted texts of FORMATS.md, folded (see Fold).
var answerWords = map[string]Value{
	"yes": Met, "y": Met, "met": Met, "true": Met, "x": Met, "done": Met,
	"si": Met, "s": Met, "cumple": Met, "sim": Met, "atende": Met,
	"✓": Met, "✔": Met, "1": Met,
	"no": NotMet, "n": NotMet, "not met": NotMet, "false": NotMet, "no cumple": NotMet,
	"nao": NotMet, "nao atende": NotMet, "✗": NotMet, "✘": NotMet, "0": NotMet,
	"in progress": InProgress, "partial": InProgress, "partially": InProgress,
	"en progreso": InProgress, "en proceso": InProgress, "parcial": InProgress,
	"em andamento": InProgress, "em progresso": InProgress,
	"unanswered": Unanswered, "": Unanswered,
}

// ParseValue reads an answer as people write it, in English, Spanish or Portuguese; case,
// accents, dashes, underscores and surrounding spaces are ignored. Numbers equal to 1 or 0
// ("1.0") are met and not met. ok is false when the text is not an accepted answer.
func ParseValue(s string) (v Value, ok bool) {
	f := Fold(s)
	if f == "" && strings.TrimSpace(s) != "" {
		return Unanswered, false // only dashes or underscores: not an empty cell
	}
	if v, ok := answerWords[f]; ok {
		return v, true
	}
	if n, err := strconv.ParseFloat(f, 64); err == nil {
		switch n {
		case 1:
			return Met, true
		case 0:
			return NotMet, true
		}
	}
	return Unanswered, false
}
