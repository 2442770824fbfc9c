package tui

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// helpKeys are every key of the application, as ? lists them: the keys themselves, and the
// catalog message that says what they do.
// Named keys are written {Enter}, {Esc}, {Tab}, {Space}, {CtrlC}: their names come from the
// catalog, as the session's language writes them.
var helpKeys = []struct{ keys, id string }{
	{"↑ ↓  j k", "tui.key.move"},
	{"{Enter}", "tui.key.enter"},
	{"1 2 3", "tui.key.answer"},
	{"0", "tui.key.clear"},
	{"e", "tui.key.evidence"},
	{"n", "tui.key.notes"},
	{"← →", "tui.key.prev_next"},
	{"{Tab}", "tui.key.next_open"},
	{"{Esc}", "tui.key.back"},
	{"/", "tui.key.filter"},
	{"o", "tui.key.only_open"},
	{"g G", "tui.key.first_last"},
	{"← → {Space}", "tui.key.fold"},
	{"m", "tui.key.metrics"},
	{"r", "tui.key.result"},
	{"c", "tui.key.city"},
	{"?", "tui.key.help"},
	{"q", "tui.key.quit"},
	{"{CtrlC}", "tui.key.interrupt"},
}

// HelpLines are the keys and what they do in the catalog's language, one a line, for the
// help screen and the README.
func (m *Model) HelpLines() []string {
	var pairs []string
	for name, v := range m.keyArgs(nil) {
		pairs = append(pairs, "{"+name+"}", v.(string))
	}
	names := strings.NewReplacer(pairs...)
	var out []string
	for _, k := range helpKeys {
		out = append(out, fit(names.Replace(k.keys), 12)+" "+m.c.T(k.id))
	}
	return out
}

// keyArgs adds to args the names of the named keys in the session's language (Enter, Esc,
// Tab, Space, CtrlC), for the messages that mention them: footers, input labels, the help.
func (m *Model) keyArgs(args msg.Args) msg.Args {
	out := msg.Args{}
	for k, v := range args {
		out[k] = v
	}
	for name, id := range map[string]string{"Enter": "tui.keyname.enter", "Esc": "tui.keyname.esc", "Tab": "tui.keyname.tab",
		"Space": "tui.keyname.space", "CtrlC": "tui.keyname.interrupt"} {
		out[name] = m.c.T(id)
	}
	return out
}

func (m *Model) helpLines(w, h int) []string {
	out := []string{m.st.title.Render(m.c.T("tui.help_title")), ""}
	for _, l := range m.HelpLines() {
		for k, part := range wrap(l, w-2) {
			if k > 0 {
				part = pad(13) + part
			}
			out = append(out, "  "+part)
		}
	}
	var legend []string
	for _, v := range []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered} {
		legend = append(legend, m.st.answer[v].Render(marks[v])+" "+render.AnswerText(m.c, v))
	}
	legend = append(legend, evidenceMark+" "+m.c.T("tui.has_evidence"))
	out = append(out, "")
	out = append(out, wrap("  "+strings.Join(legend, "   "), w)...)
	// The list scrolls when the screen is too short for it (80×24).
	m.helpTop = max(min(m.helpTop, len(out)-h), 0)
	out = out[m.helpTop:]
	if len(out) > h {
		out = out[:h]
	}
	return out
}
