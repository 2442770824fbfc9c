package answers

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// refuseAliases walks the node tree, which holds an alias as one node whatever it points at,
// and reports every alias (*name) with its line.
//
// An answers file has no business repeating content by reference: wwc writes every value out
// in full, and a person editing the file does too. Aliases are the one way a small YAML file
// becomes a huge document: 3.5 MB of aliased metrics once took 5.3 GB to decode. The decoder
// never follows an alias, and refusing them before it runs keeps its messages about what the
// file says, not about what an alias repeats. The walk never follows one either, so its work
// is bounded by the file's size.
func refuseAliases(root *yaml.Node, name string) error {
	problems := assessment.Problems{File: name}
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode {
			problems.E("answers.alias", msg.Args{"File": name, "Line": n.Line, "Name": n.Value})
			continue // never follow an alias: that is the expansion being refused
		}
		// Children in reverse, so that problems come out in the file's order.
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	return problems.Err()
}
