package answers

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/citydatakit/wwc/assessment"
)

// Digest is the SHA-256, in hex, of what a city claims in a: its details, answers and
// metrics, written in the canonical JSON form of the answers file. Where the answers were
// read from, the language of the file and the order of its keys make no difference; any
// change to an answer, a piece of evidence, a note or a metric does.
func Digest(a *assessment.Assessment) string {
	c := *a
	c.Lang, c.Source, c.Places, c.Notices = "", "", nil, nil
	data, err := MarshalJSON(&c, nil)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
