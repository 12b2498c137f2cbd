package fakeserver

import (
	"errors"
	"fmt"
	"time"

	"github.com/hookemu/hookemu/fakekit"
)

// Fault is a fault as the REST API reads and writes it: fakekit.Fault
// with the delay as a duration string ("1.5s") instead of nanoseconds.
type Fault struct {
	// Destination is a phone number (compared by its digits) or "*".
	Destination string `json:"destination"`
	// Status and Code pick the provider's error answer; Message replaces
	// its text.
	Status  int    `json:"status,omitempty"`
	Code    int    `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
	// Delay is served before the answer, as a Go duration ("2s", "150ms").
	Delay string `json:"delay,omitempty"`
	// Probability in (0,1] applies the fault to that share of matching
	// requests; only with ProbabilityFaults (serve --faults).
	Probability float64 `json:"probability,omitempty"`
}

// maxFaultDelay keeps a typo ("5m" for "5s") from hanging a test run.
const maxFaultDelay = 10 * time.Minute

// toKit checks f and converts it, with errors that say what to write.
func (f Fault) toKit(probabilityAllowed bool) (fakekit.Fault, error) {
	kit := fakekit.Fault{Destination: f.Destination, Status: f.Status, Code: f.Code, Message: f.Message, Probability: f.Probability}
	if f.Destination != "*" && fakekit.Digits(f.Destination) == "" {
		return kit, fmt.Errorf("destination %q is not a phone number; give one such as +6512345678, or \"*\" for every destination", f.Destination)
	}
	if f.Status != 0 && (f.Status < 400 || f.Status > 599) {
		return kit, fmt.Errorf("status %d is not an error; give a status from 400 to 599, such as 500 or 429", f.Status)
	}
	if f.Delay != "" {
		d, err := time.ParseDuration(f.Delay)
		if err != nil || d < 0 || d > maxFaultDelay {
			return kit, fmt.Errorf("delay %q must be a duration such as 2s or 150ms, at most %s", f.Delay, maxFaultDelay)
		}
		kit.Delay = d
	}
	if f.Status == 0 && f.Code == 0 && kit.Delay == 0 {
		return kit, errors.New("the fault changes nothing; give it a status, a code or a delay")
	}
	if f.Probability < 0 || f.Probability > 1 {
		return kit, fmt.Errorf("probability %v must be a share between 0 and 1, such as 0.25 (0 means always)", f.Probability)
	}
	if f.Probability != 0 && !probabilityAllowed {
		return kit, errors.New("faults with a probability are off: " + probabilityHint)
	}
	return kit, nil
}

func fromKit(f fakekit.Fault) Fault {
	out := Fault{Destination: f.Destination, Status: f.Status, Code: f.Code, Message: f.Message, Probability: f.Probability}
	if f.Delay > 0 {
		out.Delay = f.Delay.String()
	}
	return out
}

// toKitAll converts a provider's list, naming the fault that is wrong.
func toKitAll(provider string, faults []Fault, probabilityAllowed bool) ([]fakekit.Fault, error) {
	out := make([]fakekit.Fault, 0, len(faults))
	for i, f := range faults {
		kit, err := f.toKit(probabilityAllowed)
		if err != nil {
			return nil, fmt.Errorf("%s fault %d: %w", provider, i+1, err)
		}
		out = append(out, kit)
	}
	return out, nil
}
