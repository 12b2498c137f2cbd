//go:build race

package fakeserver_test

// raceEnabled says the race detector is on: it slows every request about
// tenfold, so heavy tests scale down.
const raceEnabled = true
