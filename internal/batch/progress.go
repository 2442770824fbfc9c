package batch

import (
	"io"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/schollz/progressbar/v3"
)

// Progress hears of each file done; the command gives one only when stderr is a terminal.
type Progress interface {
	// Step says one more file is done, and how many have failed so far.
	Step(failed int)
	// Finish clears the bar once every file is done.
	Finish()
}

// Bar is a progress bar for files files written to w, its words from c.
func Bar(w io.Writer, files int, c *i18n.Catalog) Progress {
	return &bar{c: c, b: progressbar.NewOptions(files, progressbar.OptionSetWriter(w),
		progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString(c.T("batch.files")),
		progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000),
		progressbar.OptionSetDescription(c.T("batch.progress", msg.Args{"Count": 0})))}
}

type bar struct {
	c *i18n.Catalog
	b *progressbar.ProgressBar
}

func (p *bar) Step(failed int) {
	p.b.Describe(p.c.T("batch.progress", msg.Args{"Count": failed}))
	p.b.Add(1)
}

func (p *bar) Finish() { p.b.Finish() }
