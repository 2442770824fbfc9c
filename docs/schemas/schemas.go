// Package schemas holds the published JSON Schemas (draft 2020-12) of the documents wwc reads
// and writes: wwc-answers/1, wwc-result/1, wwc-diff/1, wwc-trend/1, wwc-batch/1, wwc-review/1,
// wwc-review-compare/1, wwc-export/1 and wwc-benchmark/1. The schemas are the contract and its
// documentation; the files live here, beside this package, so that they are published with the
// repository and embedded for the tests that check every document wwc writes against them.
package schemas

import (
	"embed"
	"strings"
)

//go:embed *.schema.json
var files embed.FS

// BaseURL is where the schemas are published; each schema's $id is BaseURL + its file name.
const BaseURL = "https://raw.githubusercontent.com/citydatakit/wwc/main/docs/schemas/"

// Formats lists the format tags that have a schema, in the order the README lists them.
var Formats = []string{"wwc-answers/1", "wwc-result/1", "wwc-diff/1", "wwc-trend/1", "wwc-batch/1", "wwc-review/1", "wwc-review-compare/1", "wwc-export/1", "wwc-benchmark/1"}

// FileName is the schema file of a format tag: wwc-result/1 is in wwc-result-1.schema.json.
func FileName(format string) string {
	return strings.ReplaceAll(format, "/", "-") + ".schema.json"
}

// URL is the published address of a format's schema (its $id).
func URL(format string) string { return BaseURL + FileName(format) }

// Schema returns the schema of a format tag as JSON text; ok is false for an unknown tag.
func Schema(format string) (data []byte, ok bool) {
	data, err := files.ReadFile(FileName(format))
	return data, err == nil
}

// EditorLine is the first line of a YAML file that tells the YAML language server (VS Code's
// YAML extension and other editors) which schema the file follows, so that they check it as it
// is typed: "# yaml-language-server: $schema=<URL>". It is a comment to every YAML reader.
func EditorLine(format string) string {
	return "# yaml-language-server: $schema=" + URL(format)
}
