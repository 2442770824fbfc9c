package msg

import (
	"strings"
	"sync"
)

// Args carries the named values a message template uses. A "Count" entry selects the plural form.
type Args map[string]any

// Localizer renders messages in one language: the catalog (package internal/i18n) is one.
type Localizer interface {
	// T renders message id with its arguments.
	T(id string, args ...Args) string
	// Date writes a calendar date the way the language does.
	Date(year, month, day int) string
}

// Localizable is anything that can render itself through a Localizer.
type Localizable interface {
	Localize(l Localizer) string
}

var (
	defaultMu sync.RWMutex
	english   func() Localizer
)

// SetDefault registers the Localizer that Error and String use when no language was chosen
// (the English catalog). The catalog package registers itself when it is linked in.
func SetDefault(f func() Localizer) {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	english = f
}

// fallback renders m with the registered default Localizer, or as its ID and arguments when
// none is linked in (a package tested on its own).
func fallback(m M) string {
	defaultMu.RLock()
	f := english
	defaultMu.RUnlock()
	if f != nil {
		return m.Localize(f())
	}
	return m.ID + argsText(m.Args)
}

// M is a message not yet rendered: an ID and its arguments.
type M struct {
	ID   string
	Args Args
}

// Localize renders the message through l.
func (m M) Localize(l Localizer) string { return l.T(m.ID, m.Args) }

// String renders the message in English.
func (m M) String() string { return fallback(m) }

// Error is an error whose text comes from the catalog, so that it can be shown in the user's
// language. Cause, when set, is the underlying error, reachable with errors.Is and errors.As.
type Error struct {
	ID    string
	Args  Args
	Cause error
}

// E builds an *Error from a message ID and its arguments.
func E(id string, args Args) *Error { return &Error{ID: id, Args: args} }

// Wrap builds an *Error that renders id and keeps cause for errors.Is and errors.As.
func Wrap(cause error, id string, args Args) *Error {
	return &Error{ID: id, Args: args, Cause: cause}
}

// Error renders the message in English.
func (e *Error) Error() string { return fallback(M{ID: e.ID, Args: e.Args}) }

// Localize renders the message through l.
func (e *Error) Localize(l Localizer) string { return l.T(e.ID, e.Args) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Cause }

// List is several errors reported together, one a line.
type List []error

// Error renders every error in English, one a line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, err := range l {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}

// Localize renders every error through loc, one a line.
func (l List) Localize(loc Localizer) string {
	lines := make([]string, len(l))
	for i, err := range l {
		lines[i] = Text(loc, err)
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the errors of the list.
func (l List) Unwrap() []error { return l }

// Text renders any error through l: catalog errors in l's language, others as they are.
func Text(l Localizer, err error) string {
	if err == nil {
		return ""
	}
	// Only the outermost error is asked: a plain wrapper around a catalog error keeps its own
	// context and speaks English, which is why packages wrap with msg.Wrap instead of fmt.
	if loc, ok := err.(Localizable); ok {
		return loc.Localize(l)
	}
	// Not ours: a library's words may quote what it read, so they are cleaned and bounded too.
	return cleanForeign(err.Error())
}
