package msg

import "strings"

// M is a message not yet rendered: an ID and its arguments.
type M struct {
	ID   string
	Args Args
}

// Localize renders the message through c.
func (m M) Localize(c *Catalog) string { return c.T(m.ID, m.Args) }

// String renders the message in English.
func (m M) String() string { return m.Localize(English()) }

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
func (e *Error) Error() string { return e.Localize(English()) }

// Localize renders the message through c.
func (e *Error) Localize(c *Catalog) string { return c.T(e.ID, e.Args) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Cause }

// List is several errors reported together, one a line.
type List []error

// Error renders every error in English, one a line.
func (l List) Error() string { return l.Localize(English()) }

// Localize renders every error through c, one a line.
func (l List) Localize(c *Catalog) string {
	lines := make([]string, len(l))
	for i, err := range l {
		lines[i] = Text(c, err)
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the errors of the list.
func (l List) Unwrap() []error { return l }

// Text renders any error through c: catalog errors in c's language, others as they are.
func Text(c *Catalog, err error) string {
	if err == nil {
		return ""
	}
	// Only the outermost error is asked: a plain wrapper around a catalog error keeps its own
	// context and speaks English, which is why packages wrap with msg.Wrap instead of fmt.
	if l, ok := err.(Localizable); ok {
		return l.Localize(c)
	}
	// Not ours: a library's words may quote what it read, so they are cleaned and bounded too.
	return cleanForeign(err.Error())
}
