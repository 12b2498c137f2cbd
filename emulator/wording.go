package emulator

import "fmt"

// What users read about the end of a run is said in the words of the kind
// of code they wrote: a Hook calls cb, an Action's handler returns (its
// promise settles). Every message that speaks of that moment takes its
// words from here, so a Hook's wording never reaches an Action's user.

// Noun is how messages name the code: "the hook" or "the Action", and
// "the code" while it loads and its kind is not known yet.
func (k Kind) Noun() string {
	switch k {
	case KindAction:
		return "the Action"
	case KindHook:
		return "the hook"
	}
	return "the code"
}

// Ended is the moment the code reported its result: "cb was called" or
// "the Action returned".
func (k Kind) Ended() string {
	if k == KindAction {
		return "the Action returned"
	}
	return "cb was called"
}

// FinishFirst is the fix for work left running at that moment.
func (k Kind) FinishFirst() string {
	if k == KindAction {
		return "await every request before returning"
	}
	return "finish every request before calling cb"
}

// PinnedInAction is what check and migrate both say of a version written
// into an Action's require: Auth0 loads an Action's modules by bare name,
// at the version listed in its dependencies, so require('axios@0.19.2')
// fails there even though hookemu runs it.
func PinnedInAction(name, version string) (problem, fix string) {
	return fmt.Sprintf("Auth0 Actions cannot require('%s@%s'): the version belongs in the Action's dependencies", name, version),
		fmt.Sprintf("add %s %s to the Action's dependencies and write require('%s')", name, version, name)
}
