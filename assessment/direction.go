package assessment

// Direction says which way a resident-outcome metric improves.
type Direction int

// The directions a metric can have. A metric without one cannot show progress.
const (
	NoDirection Direction = iota
	Increase
	Decrease
)

// String is the stable token used in files: increase, decrease, or "" when unknown.
func (d Direction) String() string {
	switch d {
	case Increase:
		return "increase"
	case Decrease:
		return "decrease"
	default:
		return ""
	}
}

var directionWords = map[string]Direction{
	"increase": Increase, "higher is better": Increase, "higher": Increase, "up": Increase,
	"aumentar": Increase, "subir": Increase, "mayor es mejor": Increase, "maior e melhor": Increase,
	"decrease": Decrease, "lower is better": Decrease, "lower": Decrease, "down": Decrease,
	"disminuir": Decrease, "reducir": Decrease, "diminuir": Decrease, "reduzir": Decrease,
	"menor es mejor": Decrease, "menor e melhor": Decrease, "bajar": Decrease, "baixar": Decrease,
}

// ParseDirection reads a direction in any of the three languages. ok is false when the text
// is not understood; an empty text is NoDirection and ok.
func ParseDirection(s string) (d Direction, ok bool) {
	f := Fold(s)
	if f == "" {
		return NoDirection, true
	}
	d, ok = directionWords[f]
	return d, ok
}
