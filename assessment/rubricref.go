package assessment

import "github.com/citydatakit/wwc/questions"

// Names says whether ref names a rubric at all: answers typed by hand may not say which
// rubric they answer.
func (ref RubricRef) Names() bool { return ref.ID != "" }

// Matches says whether ref names r, id and version both. This is the one place that decides
// whether a file was made for another rubric than the one in use: wwc score warns about it,
// wwc assess refuses to resume such a file.
func (ref RubricRef) Matches(r *questions.Rubric) bool {
	return ref.ID == r.ID && ref.Version == r.Version
}

// String is the id and version as messages show them: "wwc-2022 2022.1".
func (ref RubricRef) String() string { return ref.ID + " " + ref.Version }
