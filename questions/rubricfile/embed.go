package rubricfile

import (
	_ "embed"
	"sync"

	"github.com/citydatakit/wwc/questions"
)

// DefaultFile is the name the embedded rubric carries in messages and exports.
const DefaultFile = "wwc-2022.yaml"

//go:embed rubrics/wwc-2022.yaml
var defaultYAML []byte

var (
	defaultOnce   sync.Once
	defaultRubric *questions.Rubric
	defaultErr    error
)

// DefaultYAML returns the embedded rubric file as shipped, comments included.
func DefaultYAML() []byte { return defaultYAML }

// Default returns the embedded 2022 rubric, parsed once. Callers must not modify it.
func Default() (*questions.Rubric, error) {
	defaultOnce.Do(func() {
		defaultRubric, defaultErr = Parse(defaultYAML, DefaultFile)
	})
	return defaultRubric, defaultErr
}
