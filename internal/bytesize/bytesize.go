// Package bytesize reads and writes sizes as people write them ("64MiB",
// "1.5 GB", "1048576") and as hookemu shows them ("128 MiB").
//
// It answers as github.com/dustin/go-humanize's ParseBytes and IBytes do,
// which hookemu used before (the tests check both against it), without
// that package's start-up work: humanize builds its unit maps and big
// number tables in every process that links it, and hookemu needs two of
// its functions.
package bytesize

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Parse reads a size: a number (digits, ".", "," as a thousands
// separator) then a unit, in any case and with spaces around it: "b",
// "kb" or "k" (1000), "kib" or "ki" (1024), and the same for m, g, t, p
// and e; no unit means bytes.
func Parse(s string) (uint64, error) {
	end := 0
	for end < len(s) && (isDigit(s[end]) || s[end] == '.' || s[end] == ',') {
		end++
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s[:end], ",", ""), 64)
	if err != nil {
		return 0, err
	}
	unit := strings.ToLower(strings.TrimSpace(s[end:]))
	m, ok := multiplier(unit)
	if !ok {
		return 0, fmt.Errorf("unhandled size name: %v", unit)
	}
	if f *= float64(m); f >= math.MaxUint64 {
		return 0, fmt.Errorf("too large: %v", s)
	}
	return uint64(f), nil
}

// multiplier is the number of bytes in one unit (lower case), with or
// without its final "b".
func multiplier(unit string) (uint64, bool) {
	if unit == "" || unit == "b" {
		return 1, true
	}
	unit = strings.TrimSuffix(unit, "b")
	binary := strings.HasSuffix(unit, "i")
	unit = strings.TrimSuffix(unit, "i")
	if len(unit) != 1 {
		return 0, false
	}
	power := strings.IndexByte("kmgtpe", unit[0]) + 1
	if power == 0 {
		return 0, false
	}
	base := uint64(1000)
	if binary {
		base = 1024
	}
	m := uint64(1)
	for range power {
		m *= base
	}
	return m, true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// IEC writes n bytes in the largest binary unit it reaches, to one
// decimal under 10: "9 B", "1.5 KiB", "128 MiB".
func IEC(n uint64) string {
	if n < 10 {
		return fmt.Sprintf("%d B", n)
	}
	exp := math.Floor(math.Log(float64(n)) / math.Log(1024))
	unit := [...]string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}[int(exp)]
	val := math.Floor(float64(n)/math.Pow(1024, exp)*10+0.5) / 10
	if val < 10 {
		return fmt.Sprintf("%.1f %s", val, unit)
	}
	return fmt.Sprintf("%.0f %s", val, unit)
}
