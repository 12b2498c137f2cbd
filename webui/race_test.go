//go:build race

package webui_test

// raceEnabled says the race detector is on: heavy tests scale down.
const raceEnabled = true
