package reviewbook

import (
	"strings"

	"github.com/citydatakit/wwc/assessment/table"
)

// role is what a column of a review table, or a key of the submission sheet, holds.
type role int

const (
	roleNone role = iota
	roleDecision
	roleComment
	roleAnswer
	// The submission sheet's keys beyond the City sheet's.
	keyFile
	keyRubric
	keyRubricVersion
	keySHA
	keyReviewer
	keyCity
	keyCountry
	keyYear
)

// decisionNames are the names of the column the evaluator fills with a decision; the first
// three are what wwc template --review writes.
var decisionNames = []string{"Decision", "Decisión", "Decisão", "Reviewer decision", "Evaluator decision",
	"Decisión del evaluador", "Decisión de la revisión", "Decisão do avaliador", "Decisão da revisão"}

// commentNames are the names of the evaluator's comment column. "Comments" and its
// translations are the city's notes in a city workbook, so only the singular and the
// evaluator's own names are taken here.
var commentNames = []string{"Comment", "Comentario", "Comentário", "Reviewer comment", "Evaluator comment",
	"Comentario del evaluador", "Comentario de la revisión", "Comentário do avaliador", "Comentário da revisão"}

// answerNames are the names of the column showing the city's answer, besides the city
// workbook's own (Answer, Respuesta, Resposta...).
var answerNames = []string{"City's answer", "City answer", "Answer of the city", "Respuesta de la ciudad", "Resposta da cidade"}

var headers = func() map[string]role {
	m := map[string]role{}
	for r, names := range map[role][]string{roleDecision: decisionNames, roleComment: commentNames, roleAnswer: answerNames} {
		for _, n := range names {
			m[table.HeaderKey(n)] = r
		}
	}
	return m
}()

// detailNames are the keys of the submission sheet (column A) besides the city, country and
// year, which are read as on a city workbook's City sheet.
var detailNames = map[role][]string{
	keyFile:          {"File", "Submission", "Submission file", "Archivo", "Postulación", "Archivo de la postulación", "Arquivo", "Candidatura", "Arquivo da candidatura"},
	keyRubric:        {"Rubric", "Rubric ID", "Criterios", "Archivo de criterios", "Matriz de critérios", "Arquivo de critérios"},
	keyRubricVersion: {"Rubric version", "Versión de los criterios", "Versión de criterios", "Versão da matriz de critérios", "Versão da matriz"},
	keySHA:           {"SHA-256", "SHA256", "Digest", "SHA-256 of the answers", "SHA-256 de las respuestas", "SHA-256 das respostas"},
	keyReviewer:      {"Reviewer", "Evaluator", "Evaluador", "Evaluadora", "Evaluador(a)", "Avaliador", "Avaliadora", "Avaliador(a)"},
}

var detailKeys = func() map[string]role {
	m := map[string]role{}
	for r, names := range detailNames {
		for _, n := range names {
			m[table.HeaderKey(n)] = r
		}
	}
	return m
}()

// maxKey is longer than any header or key: longer text is not looked up.
const maxKey = 48

// detailKey says which detail a key of column A names, or roleNone.
func detailKey(s string) role {
	if len(s) > maxKey {
		return roleNone
	}
	if r, ok := detailKeys[table.HeaderKey(s)]; ok {
		return r
	}
	switch table.CityKey(s) {
	case table.ColCity:
		return keyCity
	case table.ColCountry:
		return keyCountry
	case table.ColYear:
		return keyYear
	}
	return roleNone
}

// cols maps each role of a review table's header to its column.
type cols struct {
	table table.Columns
	own   map[role]int
}

// reviewHeader reads a row as a review table's header: the city table's columns (ID, answer,
// evidence, notes; or metric, baseline, current) and the review's own.
func reviewHeader(cells []string, outcomes bool) cols {
	var c cols
	if outcomes {
		c.table, _, _ = table.OutcomesRow(cells)
	} else {
		c.table, _ = table.CriteriaHeader(cells)
	}
	c.own = map[role]int{}
	for i, cell := range cells {
		if len(cell) > maxKey || cell == "" {
			continue
		}
		if r, ok := headers[table.HeaderKey(cell)]; ok {
			if _, seen := c.own[r]; !seen {
				c.own[r] = i
			}
		}
	}
	if i, ok := c.own[roleAnswer]; ok && !outcomes {
		c.table[table.ColAnswer] = i
	}
	return c
}

func (c cols) has(r role) bool { _, ok := c.own[r]; return ok }

func (c cols) get(cells []string, r role) string {
	i, ok := c.own[r]
	if !ok || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// langOf guesses the language of a review table from its decision column's header as
// written (accents tell Decisión from Decisão), "" when it cannot tell.
func (c cols) langOf(cells []string) string {
	h := strings.ToLower(c.get(cells, roleDecision))
	switch {
	case strings.Contains(h, "ó"), strings.Contains(h, "evaluador"), strings.Contains(h, "revisión"):
		return "es"
	case strings.Contains(h, "ã"), strings.Contains(h, "avaliador"):
		return "pt"
	case h != "":
		if l := c.table.Lang(cells); l != "" {
			return l
		}
		return "en"
	}
	return ""
}
