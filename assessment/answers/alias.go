package answers

import (
	"bytes"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// refuseAliases parses data into a node tree, which holds an alias as one node whatever it
// points at, and reports every alias (*name) with its line.
//
// An answers file has no business repeating content by reference: wwc writes every value out
// in full, and a person editing the file does too. Aliases are the one way a small YAML file
// becomes a huge document: the YAML library's own guard against alias bombs counts expansions
// per decoder, and the answers and metrics are decoded node by node (each a fresh decoder), so
// 3.5 MB of aliased metrics took 5.3 GB. Refusing them before decoding bounds the work by the
// file's size. A file that does not parse is left to the decoder, whose message is better.
func refuseAliases(data []byte, name string) error {
	if bytes.IndexByte(data, '*') < 0 {
		return nil // an alias is written *name: none here, no second parse
	}
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&root); err != nil {
		return nil
	}
	var problems msg.List
	more := 0
	stack := []*yaml.Node{&root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode {
			if len(problems) < assessment.MaxProblems {
				problems = append(problems, msg.E("answers.alias", msg.Args{"File": name, "Line": n.Line, "Name": n.Value}))
			} else {
				more++
			}
			continue // never follow an alias: that is the expansion being refused
		}
		// Children in reverse, so that problems come out in the file's order.
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	if len(problems) == 0 {
		return nil
	}
	if more > 0 {
		problems = append(problems, msg.E("table.more_problems", msg.Args{"File": name, "Count": more}))
	}
	return problems
}
