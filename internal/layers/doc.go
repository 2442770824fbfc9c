// Package layers states how wwc's packages may depend on each other, and its test fails when
// an import breaks the rule. From the bottom up:
//
//  1. the rubric (questions): its types, text in three languages, validation;
//  2. the domain (assessment): an assessment's types, answer words, numbers and the rubric
//     check;
//  3. readers and writers: the rubric file (questions/rubricfile), the answers file
//     (assessment/answers), the table vocabulary and reader (assessment/table), each
//     spreadsheet format and the loader that picks one (assessment/...);
//  4. scoring: the score, the tier, the plan, comparisons, cohorts;
//  5. reports: every document in every format (scoring/report/...);
//  6. the application pipelines: the interactive session, batch scoring, the review, reading
//     any file as a scored city, the rubric shown on screen (internal/session,
//     internal/batch, internal/scorefile, internal/rubricview, ...);
//  7. the command (cmd/wwc), which only wires them.
//
// A package imports only packages of its own layer or below. The rubric, the domain and
// scoring are pure: they import, of this module, only messages as values (internal/msg) and
// each other; nothing that reads or writes files, no YAML, no catalog, no spreadsheet
// library. The helpers every layer from the readers up may use (the catalog, limited file
// reading, atomic writing, YAML error wording, wwc's output marks) are in Infrastructure.
package layers

// Module is the module path every rule is written against.
const Module = "github.com/citydatakit/wwc"

// Layers maps a package, or a folder of packages (ending in "/"), to its layer.
var Layers = map[string]int{
	"questions":            1,
	"assessment":           2,
	"questions/rubricfile": 3,
	"assessment/":          3,
	"scoring":              4,
	"scoring/report":       5,
	"scoring/report/":      5,
	"internal/session":     6,
	"internal/session/":    6,
	"internal/batch":       6,
	"internal/scorefile":   6,
	"internal/rubricview":  6,
	"internal/review":      6,
	"internal/review/":     6,
	"internal/pipeline/":   6,
	"internal/peers":       6,
	"cmd/wwc":              7,

	// The review workbook's reader (stream revbook).
	"assessment/reviewbook": 3,
}

// Infrastructure are the helpers any package from the readers up may import.
var Infrastructure = []string{
	"internal/msg", "internal/i18n", "internal/fileio", "internal/atomicfile", "internal/yamlerr",
	"internal/wwcmark",
}

// Pure are the packages that must not reach files, the catalog or YAML.
var Pure = []string{"questions", "assessment", "scoring"}

// PureMayImport is all a pure package may import of this module besides the other pure
// packages.
var PureMayImport = []string{"internal/msg"}

// ImpureStd are standard packages the pure packages must not import: they reach the file
// system, the network or other processes.
var ImpureStd = []string{"os", "os/exec", "os/signal", "io/fs", "io/ioutil", "path/filepath", "net", "net/http", "syscall", "embed"}

// Banned are the packages that must not be anywhere in a pure package's dependencies,
// however indirectly: YAML, the catalog, spreadsheet libraries, file reading and writing.
var Banned = []string{
	"go.yaml.in/yaml/v3", "gopkg.in/yaml.v3", "github.com/nicksnyder/go-i18n/v2/i18n",
	"github.com/xuri/excelize/v2", "github.com/richardlehane/mscfb",
	Module + "/internal/i18n", Module + "/internal/fileio", Module + "/internal/atomicfile",
	Module + "/internal/yamlerr",
}

// Tools are packages outside the layers: generators, test helpers and the published schemas.
// Nothing in a layer imports them.
var Tools = []string{
	"internal/layers", "internal/gendocs", "internal/schematest", "internal/typed",
	"internal/msg/msgtest", "docs/schemas", "testdata/gen",
}
