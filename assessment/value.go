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

// answerWords are the accepted texts of FORMATS.md, folded (see Fold). The status words of
// wwc's own reports (cumple, no cumple, en proceso, sin responder...) are among them, so a
// report pasted back into a workbook reads as it was written.
var answerWords = map[string]Value{
	"yes": Met, "y": Met, "met": Met, "true": Met, "x": Met, "done": Met,
	"si": Met, "s": Met, "cumple": Met, "sim": Met, "atende": Met,
	"✓": Met, "✔": Met, "1": Met,
	"no": NotMet, "n": NotMet, "not met": NotMet, "false": NotMet, "no cumple": NotMet,
	"nao": NotMet, "nao atende": NotMet, "✗": NotMet, "✘": NotMet, "0": NotMet,
	"in progress": InProgress, "partial": InProgress, "partially": InProgress,
	"en progreso": InProgress, "en proceso": InProgress, "en curso": InProgress,
	"parcial": InProgress, "parcialmente": InProgress,
	"em andamento": InProgress, "em progresso": InProgress, "em curso": InProgress,
	"unanswered": Unanswered, "sin responder": Unanswered, "sem resposta": Unanswered, "": Unanswered,
}

// notApplicable are the folded ways of saying a criterion does not apply, which is not an
// answer: such a criterion is answered No.
var notApplicable = map[string]bool{
	"n/a": true, "n / a": true, "na": true, "n.a": true, "n.a.": true, "not applicable": true, "does not apply": true,
	"no aplica": true, "no corresponde": true, "nao se aplica": true, "nao aplicavel": true, "nao aplica": true,
}

// trimPunct drops what people type after (and, in Spanish, before) a word: "Sí.", "No!",
// "¡Sí!", "¿En proceso?".
func trimPunct(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".!?;:,… ")
	return strings.TrimLeft(s, "¡¿ ")
}

// ParseValue reads an answer as people write it, in English, Spanish or Portuguese; case,
// accents, dashes, underscores, surrounding spaces and trailing punctuation are ignored.
// Numbers equal to 1 or 0 ("1.0") are met and not met. ok is false when the text is not an
// accepted answer.
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
	if t := trimPunct(f); t != f && t != "" {
		if v, ok := answerWords[t]; ok {
			return v, true
		}
	}
	return Unanswered, false
}

// NotApplicable reports whether an answer says the criterion does not apply ("N/A", "no
// aplica", "não se aplica"): not an accepted answer, and the message says to answer No.
func NotApplicable(s string) bool {
	f := Fold(s)
	return notApplicable[f] || notApplicable[trimPunct(f)]
}

// Open reports whether a criterion answered v is still to be done: unanswered or in progress.
func (v Value) Open() bool { return v == Unanswered || v == InProgress }
