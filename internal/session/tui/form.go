package tui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// field is one line of a form: a text input, or a choice among a few (choices set).
type field struct {
	label string
	input textinput.Model
	// validate refuses a text (nil accepts all); set stores an accepted text and saves.
	validate func(string) error
	set      func(string)
	// saved is the text last stored, to save only what changed.
	saved   string
	choices []string
	choice  int
}

func (f *field) text() string {
	if f.choices != nil {
		return f.choices[f.choice]
	}
	return strings.TrimSpace(f.input.Value())
}

// form is a column of fields, each stored and saved as the user leaves it: the city details
// and a metric.
type form struct {
	title, help string
	fields      []*field
	focus       int
	err         string
	footer      string
	// required says the form cannot be left with Esc until its first field is stored.
	required bool
	// done runs when the form is left.
	done func(m *Model)
}

func (m *Model) newField(label, value string, validate func(string) error, set func(string)) *field {
	in := newInput()
	in.CharLimit = 500
	in.SetWidth(max(m.width-30, 10))
	value = safe(value)
	in.SetValue(value)
	in.CursorEnd()
	return &field{label: label, input: in, validate: validate, set: set, saved: value}
}

// commit stores the focused field if its text is accepted; it reports false, with the
// problem shown, otherwise.
func (f *form) commit(m *Model) bool {
	fd := f.fields[f.focus]
	t := fd.text()
	if fd.validate != nil {
		if err := fd.validate(t); err != nil {
			f.err = err.Error()
			return false
		}
	}
	f.err = ""
	if t != fd.saved {
		fd.set(t)
		fd.saved = t
		m.save()
	}
	return true
}

func (f *form) move(m *Model, to int) tea.Cmd {
	if !f.commit(m) {
		return nil
	}
	f.fields[f.focus].input.Blur()
	f.focus = (to + len(f.fields)) % len(f.fields)
	return f.fields[f.focus].input.Focus()
}

func (f *form) leave(m *Model) {
	m.form = nil
	m.screen = m.back
	if f.done != nil {
		f.done(m)
	}
}

func (f *form) update(m *Model, msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	fd := f.fields[f.focus]
	if !ok {
		var cmd tea.Cmd
		fd.input, cmd = fd.input.Update(msg)
		return cmd
	}
	switch k.String() {
	case "tab", "down":
		return f.move(m, f.focus+1)
	case "shift+tab", "up":
		return f.move(m, f.focus-1)
	case "enter":
		if f.focus == len(f.fields)-1 {
			if f.commit(m) {
				f.leave(m)
			}
			return nil
		}
		return f.move(m, f.focus+1)
	case "esc":
		if f.required && f.fields[0].saved == "" {
			if err := f.fields[0].validate(""); err != nil {
				f.err = err.Error()
			}
			return nil
		}
		f.leave(m)
		return nil
	}
	if fd.choices != nil {
		switch k.String() {
		case "left", "h":
			fd.choice = (fd.choice + len(fd.choices) - 1) % len(fd.choices)
		case "right", "l", "space":
			fd.choice = (fd.choice + 1) % len(fd.choices)
		}
		return nil
	}
	var cmd tea.Cmd
	fd.input, cmd = fd.input.Update(k)
	return cmd
}

func (f *form) lines(m *Model, w, h int) []string {
	out := []string{m.st.title.Render(f.title)}
	if f.help != "" {
		out = append(out, wrap(m.st.dim.Render(f.help), w)...)
	}
	out = append(out, "")
	lw := 0
	for _, fd := range f.fields {
		lw = max(lw, width(fd.label))
	}
	lw = min(lw, w/2)
	for i, fd := range f.fields {
		mark := "  "
		if i == f.focus {
			mark = "› "
		}
		var value string
		switch {
		case fd.choices != nil && i == f.focus:
			value = "‹ " + fd.choices[fd.choice] + " ›"
		case fd.choices != nil:
			value = fd.choices[fd.choice]
		case i == f.focus:
			fd.input.SetWidth(max(w-lw-6, 4))
			value = fd.input.View()
		default:
			value = fd.input.Value()
		}
		label := fit(fd.label, lw)
		if i == f.focus {
			label = m.st.title.Render(label)
		}
		out = append(out, mark+label+"  "+value)
	}
	if f.err != "" {
		out = append(out, "")
		for _, l := range wrap(f.err, w) {
			out = append(out, m.st.err.Render(l))
		}
	}
	if len(out) > h {
		out = out[:h]
	}
	return out
}
