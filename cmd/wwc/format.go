package main

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// formatRequest is everything a document's output format is chosen from, as plain values, so
// that one rule serves every command whatever registry the names come from.
type formatRequest struct {
	// Names are the formats the document is written in; Default is used when nothing
	// chooses one.
	Names   []string
	Default string
	// Flag is --format as typed, "" when the command line does not give it.
	Flag string
	// Setting is the format WWC_FORMAT or the config file gives, "" when none; Source says
	// which.
	Setting string
	Source  msg.M
	// Output is the -o path, "" for standard output; OutputFormat is the format its
	// extension names among every format wwc writes, "" when it names none.
	Output, OutputFormat string
	// Binary lists the formats that are not text (a workbook); Terminal says the output is a
	// terminal: standard output, or the -o path naming one (/dev/stdout on a terminal,
	// /dev/tty, /dev/pts/3).
	Binary   []string
	Terminal bool
}

// chooseFormat applies the rule: --format, else the -o file's extension, else the setting,
// else the default. --format and an -o extension that name two formats are a usage error, as
// is an -o extension that no format of this document has (never text under a .pdf name), a
// setting naming a format the document lacks (naming where it was set), and a binary format
// sent to a terminal.
func chooseFormat(r formatRequest) (string, error) {
	ext := strings.ToLower(filepath.Ext(r.Output))
	names := strings.Join(r.Names, ", ")
	var name string
	switch {
	case r.Flag != "":
		name = strings.ToLower(strings.TrimSpace(r.Flag))
		if !slices.Contains(r.Names, name) {
			return "", usage("report.unknown_format", msg.Args{"Format": r.Flag, "Formats": names})
		}
		if r.OutputFormat != "" && r.OutputFormat != name {
			return "", usage("format.conflict", msg.Args{"Format": name, "File": r.Output, "Other": r.OutputFormat})
		}
	case ext != "":
		if !slices.Contains(r.Names, r.OutputFormat) {
			return "", usage("format.bad_ext", msg.Args{"File": r.Output, "Ext": ext, "Formats": names})
		}
		name = r.OutputFormat
	case r.Setting != "":
		name = strings.ToLower(strings.TrimSpace(r.Setting))
		if !slices.Contains(r.Names, name) {
			return "", usage("settings.bad_format", msg.Args{"Source": r.Source, "Format": r.Setting, "Formats": names})
		}
	default:
		name = r.Default
	}
	if r.Terminal && slices.Contains(r.Binary, name) {
		if r.Output != "" {
			return "", usage("format.binary_terminal_file", msg.Args{"Format": name, "File": r.Output})
		}
		return "", usage("format.binary_terminal", msg.Args{"Format": name})
	}
	return name, nil
}

// formatFor chooses the format of a document whose formats are reg, from the command's
// --format and -o, the settings and whether standard output is a terminal.
func (a *app) formatFor(reg render.Formats, flag, output string) (string, error) {
	req := formatRequest{Names: reg.Names(), Default: render.FormatText, Flag: flag, Output: output,
		Terminal: a.io.OutTTY}
	if !slices.Contains(req.Names, req.Default) {
		req.Default = req.Names[0] // a document that is data, not a report: wwc export's CSV
	}
	if output != "" {
		req.Terminal = isTerminalPath(output)
	}
	for _, n := range req.Names {
		if reg.IsBinary(n) {
			req.Binary = append(req.Binary, n)
		}
	}
	req.OutputFormat, _ = render.FormatForPath(output)
	if v, src, ok := a.set.value(keyFormat); ok {
		req.Setting, req.Source = v, src.describe()
	}
	return chooseFormat(req)
}
