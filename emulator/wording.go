package emulator

// What users read about the end of a run is said in the words of the kind
// of code they wrote: a Hook calls cb, an Action's handler returns (its
// promise settles). Every message that speaks of that moment takes its
// words from here, so a Hook's wording never reaches an Action's user.

// Noun is how messages name the code: "the hook" or "the Action".
func (k Kind) Noun() string {
	if k == KindAction {
		return "the Action"
	}
	return "the hook"
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
