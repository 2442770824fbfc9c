package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

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
	"FILE":       "help.arg.file",
	"SUBMISSION": "help.arg.submission",
	"DIR":        "help.arg.dir",
	"PATH":       "help.arg.path",
	"OLD":        "help.arg.old",
	"NEW":        "help.arg.new",
	"command":    "help.arg.command",
	"flags":      "help.arg.flags",
}

// flagValues names the value each flag takes on help screens (--config ARCHIVO); a flag not
// listed is shown with a name for its type.
var flagValues = map[string]string{
	"config":        "help.arg.file",
	"rubric":        "help.arg.file",
	"output":        "help.arg.file",
	"outcomes":      "help.arg.file",
	"from":          "help.arg.file",
	"review":        "help.arg.file", // wwc assess --review is a switch: no value shown
	"reports-dir":   "help.arg.dir",
	"reviews":       "help.arg.dir",
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
func localArgs(c *i18n.Catalog, s string) string {
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
func useLine(c *i18n.Catalog, cmd *cobra.Command) string {
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
func renderUsage(c *i18n.Catalog, cmd *cobra.Command, cols int) string {
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
			b.WriteString("\n" + wrapRow(fmt.Sprintf("  %-*s %s", width+1, sub.Name(), sub.Short), cols))
		}
	}
	if cmd.HasAvailableLocalFlags() {
		b.WriteString("\n\n" + c.T("help.flags") + ":\n" + flagUsages(c, cmd.LocalFlags(), cols))
	}
	if cmd.HasAvailableInheritedFlags() {
		b.WriteString("\n\n" + c.T("help.global_flags") + ":\n" + flagUsages(c, cmd.InheritedFlags(), cols))
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\n\n" + wrapWords(c.T("help.more", msg.Args{"Command": cmd.CommandPath()}), cols))
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
func flagUsages(c *i18n.Catalog, fs *pflag.FlagSet, cols int) string {
	type row struct{ left, usage string }
	var rows []row
	left := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		line := "      --" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			line = "  -" + f.Shorthand + ", --" + f.Name
		}
		if v := flagPlaceholder(c, f); v != "" {
			line += " " + v
		}
		usage := f.Usage
		if d := flagDefault(c, f); d != "" {
			usage += " " + d
		}
		rows = append(rows, row{line, usage})
		left = max(left, len([]rune(line)))
	})
	// The help texts wrap in their column; on a terminal too narrow for that, under the flag.
	column := left + 3
	if cols-column < 30 {
		column = 8
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		usage := wrapWords(r.usage, cols-column)
		usage = strings.ReplaceAll(usage, "\n", "\n"+strings.Repeat(" ", column))
		if column == left+3 {
			lines[i] = r.left + strings.Repeat(" ", left-len([]rune(r.left))+3) + usage
		} else {
			lines[i] = r.left + "\n" + strings.Repeat(" ", column) + usage
		}
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n")
}

// flagPlaceholder names the value f takes, or "" for a switch.
func flagPlaceholder(c *i18n.Catalog, f *pflag.Flag) string {
	if f.Value.Type() == "bool" {
		return ""
	}
	if id, ok := flagValues[f.Name]; ok {
		return c.T(id)
	}
	switch f.Value.Type() {
	case "int":
		return c.T("help.value.number")
	case "stringSlice":
		return c.T("help.value.list")
	}
	return c.T("help.value.text")
}

// flagDefault is "(default: x)" in c's language, or "" when the default goes without saying
// (empty, zero, false) or the help text already gives it.
func flagDefault(c *i18n.Catalog, f *pflag.Flag) string {
	if _, ok := f.Annotations[defaultInText]; ok {
		return ""
	}
	switch f.DefValue {
	case "", "0", "false", "[]", "<nil>":
		return ""
	}
	return c.T("help.default", msg.Args{"Value": f.DefValue})
}

// wrapParagraphs fits text to width columns: each run of lines that starts at the margin is a
// paragraph, joined and wrapped again; indented lines (exit codes, commands to type) and blank
// lines stay as they are.
func wrapParagraphs(text string, width int) string {
	var out, para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, wrapWords(strings.Join(para, " "), width))
			para = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
			flush()
			out = append(out, wrapRow(line, width))
			continue
		}
		para = append(para, strings.TrimSpace(line))
	}
	flush()
	return strings.Join(out, "\n")
}

// wrapWords breaks s into lines of at most width columns, at spaces only, so that no number,
// flag or path is ever split (a word longer than the line stands alone on its line). A
// no-break space, as in "58,1 %", is not a place to break.
func wrapWords(s string, width int) string {
	width = max(width, 20)
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(strings.ReplaceAll(s, "\u00a0", "\x00")) {
		w = strings.ReplaceAll(w, "\x00", "\u00a0")
		l := len([]rune(w))
		switch {
		case n == 0:
		case n+1+l > width:
			b.WriteString("\n")
			n = 0
		default:
			b.WriteString(" ")
			n++
		}
		b.WriteString(w)
		n += l
	}
	return b.String()
}

// reRow is an indented row of a two-column table: "  3    the tier is below --min-tier".
var reRow = regexp.MustCompile(`^(\s+\S+ {2,})(\S.*)$`)

// wrapRow fits a table row to width: its second column wraps under itself. A line that is
// not such a row (a command to type) stays whole.
func wrapRow(line string, width int) string {
	m := reRow.FindStringSubmatch(line)
	if m == nil || len([]rune(line)) <= width {
		return line
	}
	column := len([]rune(m[1]))
	if width-column < 20 {
		return line
	}
	return m[1] + strings.ReplaceAll(wrapWords(m[2], width-column), "\n", "\n"+strings.Repeat(" ", column))
}
