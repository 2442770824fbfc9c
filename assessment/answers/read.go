package answers

import (
	"bytes"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/yamlerr"
	"go.yaml.in/yaml/v3"
)

// Format is the format tag of the answers file.
const Format = "wwc-answers/1"

// MaxFileSize caps how much of an answers file is read. A full one is about 30 KiB,
// and long notes on every criterion stay well under the cap; parsing YAML costs some forty
// times a file's size in memory, so the cap is what bounds a hostile file's cost.
const MaxFileSize = 1 << 20

// Read reads an answers file (YAML or JSON; JSON is read as YAML, which it is).
func Read(path string) (*assessment.Assessment, error) {
	data, err := fileio.ReadLimited(path, MaxFileSize)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse decodes an answers file. Every problem is reported at once, each with its line
// and what would be accepted. name is used in messages.
//
// The file is parsed once into YAML's node tree, and the tree is walked by a decoder that
// knows the wwc-answers/1 shape (decode.go): every problem it finds is a catalog error made
// where it is found. Only the YAML parser's own complaints (the file's syntax) are read back
// from the library's words, by package yamlerr.
func Parse(data []byte, name string) (*assessment.Assessment, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, msg.E("answers.empty", msg.Args{"File": name})
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlerr.Translate(err, name)
	}
	// An alias is written *name: without a '*' there is none, and no walk to find them.
	if bytes.IndexByte(data, '*') >= 0 {
		if err := refuseAliases(&root, name); err != nil {
			return nil, err
		}
	}
	d := &decoder{name: name, problems: assessment.Problems{File: name}}
	a := d.document(&root)
	if err := d.err(); err != nil {
		return nil, err
	}
	return a, nil
}
