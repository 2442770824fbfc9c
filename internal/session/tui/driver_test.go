package tui

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
)

// driver runs the application in-process: keys in, the model and the file on disk out, and
// the frame drawn at a size.
type driver struct {
	t    *testing.T
	m    *Model
	path string
	r    *questions.Rubric
	// saves counts the saves.
	saves int
}

// rubric is the embedded rubric, loaded once: the application never changes it.
var rubric = sync.OnceValue(func() *questions.Rubric {
	r, err := rubricfile.Default()
	if err != nil {
		panic(err)
	}
	return r
})

// start opens the application on a, saved to a file in a temporary folder.
func start(t *testing.T, lang string, a *assessment.Assessment, o Options) *driver {
	t.Helper()
	r := rubric()
	d := &driver{t: t, path: filepath.Join(t.TempDir(), "answers.yaml"), r: r}
	order := make([]string, 0, r.Count())
	for _, q := range r.Questions() {
		order = append(order, q.ID)
	}
	if a == nil {
		a = assessment.New()
		a.City, a.Year = "Maipú", 2025
	}
	a.Rubric = assessment.RubricRef{ID: r.ID, Version: r.Version}
	o.Rubric, o.Cat, o.A = r, i18n.For(lang), a
	o.Save = func(a *assessment.Assessment) error {
		d.saves++
		return answers.Write(d.path, a, order)
	}
	if o.Width == 0 {
		o.Width, o.Height = 80, 24
	}
	d.m = New(o)
	return d
}

// keyMsg is the key press a terminal sends for s: a named key (enter, esc, tab, up, ctrl+c...)
// or one character.
func keyMsg(s string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
		"down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight, "backspace": tea.KeyBackspace,
		"space": tea.KeySpace, "home": tea.KeyHome, "end": tea.KeyEnd, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
	}
	if r, ok := named[s]; ok {
		return tea.KeyPressMsg{Code: r}
	}
	if s == "shift+tab" {
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	if strings.HasPrefix(s, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(s[5]), Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// press sends keys one by one; a key of several characters that is not a named key is typed
// as text.
func (d *driver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		if _, named := namedKeys[k]; named || len([]rune(k)) == 1 || strings.HasPrefix(k, "ctrl+") {
			d.m.Update(keyMsg(k))
			continue
		}
		for _, r := range k {
			d.m.Update(keyMsg(string(r)))
		}
	}
}

var namedKeys = map[string]bool{"enter": true, "esc": true, "tab": true, "up": true, "down": true, "left": true,
	"right": true, "backspace": true, "space": true, "home": true, "end": true, "pgdown": true, "pgup": true, "shift+tab": true}

// saved reads the file back.
func (d *driver) saved() *assessment.Assessment {
	d.t.Helper()
	a, err := answers.Read(d.path)
	if err != nil {
		d.t.Fatalf("the file does not read: %v", err)
	}
	return a
}

// frame is the screen at its size, without styles.
func (d *driver) frame() string { return ansi.Strip(d.m.Frame()) }

// resize tells the model the terminal's size.
func (d *driver) resize(w, h int) { d.m.Update(tea.WindowSizeMsg{Width: w, Height: h}) }

// selected is the code of the selected criterion.
func (d *driver) selected() string { return d.m.qs[d.m.sel].ID }
