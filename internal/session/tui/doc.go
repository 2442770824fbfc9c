// Package tui is the full-screen self-assessment that wwc assess opens on a terminal: a Bubble
// Tea application with an overview of every criterion, one-key answers, a criterion view,
// the resident-outcome metrics, the result and the city details. Every change is handed at
// once to the save function the command gives, which writes the answers file atomically, so
// that a closed terminal or a killed process loses at most the text being typed.
//
// The line mode (screen readers, TERM=dumb, pipes) stays in the parent package session.
package tui
