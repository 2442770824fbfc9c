// Package msg holds messages as values: an ID from the catalog and its arguments (M), errors
// made of one (Error, List), and the cleaning every argument taken from a file goes through
// (Clean). It renders nothing by itself and depends on nothing but the standard library, so
// the domain packages (questions, assessment, scoring) can say what went wrong without linking
// the catalog; package internal/i18n renders these values in the user's language.
package msg
