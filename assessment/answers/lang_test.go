package answers

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// TestAnswersFileKeepsItsLanguage: the session's language is written (YAML and JSON, after the
// rubric, as FORMATS.md lists it), read back, and left out when unknown.
func TestAnswersFileKeepsItsLanguage(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range []string{"", "en", "es", "pt"} {
		for _, ext := range []string{".yaml", ".json"} {
			a := assessment.New()
			a.Rubric = assessment.RubricRef{ID: "wwc-2022", Version: "2022.1"}
			a.Lang, a.City, a.Year = lang, "Recife", 2025
			a.Set("DM1", assessment.Answer{Value: assessment.Met})
			path := filepath.Join(dir, "city-"+lang+ext)
			if err := Write(path, a, nil); err != nil {
				t.Fatal(err)
			}
			got, err := Read(path)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if got.Lang != lang {
				t.Errorf("%s: lang %q read back as %q", path, lang, got.Lang)
			}
			data, _ := MarshalYAML(a, nil)
			text := string(data)
			if lang == "" && strings.Contains(text, "lang:") {
				t.Errorf("an unknown language is written: %s", text)
			}
			if lang != "" && !strings.Contains(text, "version: \"2022.1\"\nlang: "+lang+"\ncity: Recife") {
				t.Errorf("lang is not written after the rubric:\n%s", text)
			}
		}
	}
}
