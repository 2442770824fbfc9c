package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// defaultInText is the annotation of a flag whose help text already says its default (the
// number of CPUs, say), so that the help screen does not add a second one.
const defaultInText = "wwc_default_in_text"

// argWords maps the argument names of our Use lines and usage errors to catalog IDs, so that
// a Spanish screen says ARCHIVO where an English one says FILE.
var argWords = map[string]string{
	"FILE":    "help.arg.file",
	"DIR":     "help.arg.dir",
	"PATH":    "help.arg.path",
	"OLD":     "help.arg.old",
	"NEW":     "help.arg.new",
	"command": "help.arg.command",
	"flags":   "help.arg.flags",
}

// flagValues names the value each flag takes on help screens (--config ARCHIVO); a flag not
// listed is shown with a name for its type.
var flagValues = map[string]string{
	"config":        "help.arg.file",
	"rubric":        "help.arg.file",
	"output":        "help.arg.file",
	"outcomes":      "help.arg.file",
	"from":          "help.arg.file",
	"reports-dir":   "help.arg.dir",
	"lang":          "help.value.lang",
	"format":        "help.value.format",
	"report-format": "help.value.format",
	"min-tier":      "help.value.tier",
	"practice":      "help.value.practice",
	"year":          "help.value.year",
	"city":          "help.value.city",
	"country":       "help.value.country",
	"what-if":       "help.value.criteria",
	"workers":       "help.value.number",
}

var reArgWord = regexp.MustCompile(`[A-Za-z]+`)

// localArgs translates the argument names in s ("FILE", "[command]", "OLD NEW",
// "FILE.xlsx", "PATH...") into c's language, leaving everything else as it is.
func localArgs(c *msg.Catalog, s string) string {
	var b strings.Builder
	last := 0
	for _, m := range reArgWord.FindAllStringIndex(s, -1) {
		word := s[m[0]:m[1]]
		id, ok := argWords[word]
		if !ok || (m[0] > 0 && s[m[0]-1] == '.') {
			continue // not ours, or an extension such as the xlsx of FILE.xlsx
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(c.T(id))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// useLine is cobra's UseLine in c's language: the command path, the arguments and
// [flags], each named in the user's words.
func useLine(c *msg.Catalog, cmd *cobra.Command) string {
	line := cmd.Name()
	if cmd.HasParent() {
		line = cmd.Parent().CommandPath() + " " + cmd.Name()
	}
	if _, args, ok := strings.Cut(cmd.Use, " "); ok {
		line += " " + localArgs(c, args)
	}
	if cmd.HasAvailableFlags() && !strings.Contains(cmd.Use, "[flags]") {
		line += " " + localArgs(c, "[flags]")
	}
	return line
}

// renderUsage writes the usage part of cmd's help screen (usage lines, examples,
// subcommands, flags), every word of it from the catalog.
func renderUsage(c *msg.Catalog, cmd *cobra.Command) string {
	var b strings.Builder
	b.WriteString(c.T("help.usage") + ":")
	if cmd.Runnable() {
		b.WriteString("\n  " + useLine(c, cmd))
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\n  " + cmd.CommandPath() + " " + localArgs(c, "[command]"))
	}
	if len(cmd.Aliases) > 0 {
		b.WriteString("\n\n" + c.T("help.aliases") + ":\n  " + cmd.NameAndAliases())
	}
	if cmd.HasExample() {
		b.WriteString("\n\n" + c.T("help.examples") + ":\n" + indentExample(cmd.Example))
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\n\n" + c.T("help.commands") + ":")
		width := 0
		subs := visibleSubcommands(cmd)
		for _, sub := range subs {
			width = max(width, len(sub.Name()))
		}
		for _, sub := range subs {
			fmt.Fprintf(&b, "\n  %-*s %s", width+1, sub.Name(), sub.Short)
		}
	}
	if cmd.HasAvailableLocalFlags() {
		b.WriteString("\n\n" + c.T("help.flags") + ":\n" + flagUsages(c, cmd.LocalFlags()))
	}
	if cmd.HasAvailableInheritedFlags() {
		b.WriteString("\n\n" + c.T("help.global_flags") + ":\n" + flagUsages(c, cmd.InheritedFlags()))
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\n\n" + c.T("help.more", msg.Args{"Command": cmd.CommandPath()}))
	}
	b.WriteString("\n")
	return b.String()
}

// visibleSubcommands are the subcommands a help screen lists, the help command included.
func visibleSubcommands(cmd *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, sub := range cmd.Commands() {
		if sub.IsAvailableCommand() || sub.Name() == "help" {
			out = append(out, sub)
		}
	}
	return out
}

// indentExample indents every line of an example by two spaces, as the other sections are;
// the lines stay what one types.
func indentExample(ex string) string {
	lines := strings.Split(strings.TrimRight(ex, "\n"), "\n")
	for i, l := range lines {
		if l != "" && !strings.HasPrefix(l, "  ") {
			lines[i] = "  " + l
		}
	}
	return strings.Join(lines, "\n")
}

// flagUsages is pflag's FlagUsages in c's language: the value each flag takes named in the
// user's words instead of its Go type, and its default, when it has one worth saying, once.
func flagUsages(c *msg.Catalog, fs *pflag.FlagSet) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		if v := flagPlaceholder(c, f); v != "" {
			left += " " + v
		}
		usage := f.Usage
		if d := flagDefault(c, f); d != "" {
			usage += " " + d
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.TrimRight(fmt.Sprintf("%-*s   %s", width, r.left, r.usage), " ")
	}
	return strings.Join(lines, "\n")
}

// flagPlaceholder names the value f takes, or "" for a switch.
func flagPlaceholder(c *msg.Catalog, f *pflag.Flag) string {
	if id, ok := flagValues[f.Name]; ok {
		return c.T(id)
	}
	switch f.Value.Type() {
	case "bool":
		return ""
	case "int":
		return c.T("help.value.number")
	case "stringSlice":
		return c.T("help.value.list")
	}
	return c.T("help.value.text")
}

// flagDefault is "(default: x)" in c's language, or "" when the default goes without saying
// (empty, zero, false) or the help text already gives it.
func flagDefault(c *msg.Catalog, f *pflag.Flag) string {
	if _, ok := f.Annotations[defaultInText]; ok {
		return ""
	}
	switch f.DefValue {
	case "", "0", "false", "[]", "<nil>":
		return ""
	}
	return c.T("help.default", msg.Args{"Value": f.DefValue})
}
