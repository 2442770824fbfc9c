// Command wwc scores a city's What Works Cities self-assessment: it loads the rubric, reads
// the city's answers, and reports the share of criteria met, the tier with its
// resident-outcome rule, and what stands between the city and the next tier.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], systemStreams()))
}
