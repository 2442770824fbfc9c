package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
)

// Exit codes, decided here and only here.
const (
	exitOK        = 0   // done
	exitError     = 1   // an input could not be read, or --strict found unanswered criteria
	exitUsage     = 2   // the command line is wrong
	exitThreshold = 3   // a threshold such as --min-tier was not met
	exitCancelled = 130 // interrupted
)

// usageError is a mistake on the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// Localize renders the wrapped error in the catalog's language.
func (e usageError) Localize(c msg.Localizer) string { return msg.Text(c, e.err) }

// thresholdError is a result that did not meet a threshold the user asked for.
type thresholdError struct{ err error }

func (e thresholdError) Error() string { return e.err.Error() }
func (e thresholdError) Unwrap() error { return e.err }

// Localize renders the wrapped error in the catalog's language.
func (e thresholdError) Localize(c msg.Localizer) string { return msg.Text(c, e.err) }

// cancelledError is an interruption by the user.
type cancelledError struct{ err error }

func (e cancelledError) Error() string { return e.err.Error() }
func (e cancelledError) Unwrap() error { return e.err }

// Localize renders the wrapped error in the catalog's language.
func (e cancelledError) Localize(c msg.Localizer) string { return msg.Text(c, e.err) }

// silentError ends a command whose messages were already printed (batch's failures one by
// one) or that has nothing to say (diff --exit-code); it sets the exit code alone.
type silentError struct{}

func (silentError) Error() string { return "" }

func usage(id string, args msg.Args) error { return usageError{msg.E(id, args)} }

// exitCode maps an error to the process's exit code.
func exitCode(err error) int {
	var (
		u usageError
		t thresholdError
		c cancelledError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		return exitUsage
	case errors.As(err, &t):
		return exitThreshold
	case errors.As(err, &c):
		return exitCancelled
	}
	return exitError
}

// exitRow is one line of a command's exit codes on its help screen: the code and the message
// that says when this command returns it.
type exitRow struct {
	code int
	id   string
}

// The exit-code lines commands share.
var (
	exitRowOK          = exitRow{exitOK, "help.exit.ok"}
	exitRowInput       = exitRow{exitError, "help.exit.input"}
	exitRowUsage       = exitRow{exitUsage, "help.exit.usage"}
	exitRowInterrupted = exitRow{exitCancelled, "help.exit.interrupted"}
)

// exitCodesHelp is the "Exit codes:" section of a command's help, listing only the codes
// that command returns.
func exitCodesHelp(c *i18n.Catalog, rows ...exitRow) string {
	var b strings.Builder
	b.WriteString(c.T("help.exit_codes") + ":")
	for _, r := range rows {
		fmt.Fprintf(&b, "\n  %-4d %s", r.code, c.T(r.id))
	}
	return b.String()
}
