//go:build !race

package axios_test

const raceEnabled = false
