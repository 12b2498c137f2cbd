//go:build race

package axios_test

// raceEnabled shortens the slowest comparisons under the race detector,
// which makes running axios.js some ten times slower.
const raceEnabled = true
