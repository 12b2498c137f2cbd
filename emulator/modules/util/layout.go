package util

import (
	"math"
	"strings"
)

// reduceToSingleString is Node's (for a numeric compact option): entries
// go on one line when the object nests at most Compact levels and fits in
// BreakLength, else one per line; long arrays are grouped in columns.
func (ins *inspector) reduceToSingleString(output []string, r *raw, recurseTimes int) string {
	base, braces := r.base, r.braces
	if ins.opts.Compact >= 1 {
		entries := len(output)
		if r.extras == arrayExtrasType && entries > 6 {
			output = ins.groupArrayElements(output, r.numeric)
		}
		if ins.currentDepth-recurseTimes < ins.opts.Compact && entries == len(output) {
			start := len(output) + ins.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
			if ins.isBelowBreakLength(output, start, base) {
				joined := strings.Join(output, ", ")
				if !strings.Contains(joined, "\n") {
					return withBase(base) + braces[0] + " " + joined + " " + braces[1]
				}
			}
		}
	}
	indentation := "\n" + strings.Repeat(" ", ins.indentationLvl)
	return withBase(base) + braces[0] + indentation + "  " +
		strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
}

func withBase(base string) string {
	if base == "" {
		return ""
	}
	return base + " "
}

func (ins *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > ins.opts.BreakLength {
		return false
	}
	for _, s := range output {
		total += jsLen(s)
		if total > ins.opts.BreakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// groupArrayElements is Node's: short entries are laid out in aligned
// columns, numbers right-aligned.
func (ins *inspector) groupArrayElements(output []string, numeric func(int) bool) []string {
	totalLength, maxLength := 0, 0
	outputLength := len(output)
	if ins.opts.MaxArrayLength < len(output) {
		outputLength-- // leave out "... n more items"
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		n := jsLen(output[i])
		dataLen[i] = n
		totalLength += n + separatorSpace
		maxLength = max(maxLength, n)
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+ins.indentationLvl >= ins.opts.BreakLength ||
		(float64(totalLength)/float64(actualMax) <= 5 && maxLength > 6) {
		return output
	}
	columns := ins.columns(actualMax, totalLength, len(output), outputLength)
	if columns <= 1 {
		return output
	}
	padNumbers := numeric != nil
	for i := 0; padNumbers && i < len(output); i++ {
		padNumbers = numeric(i)
	}
	grouped := groupRows(output[:outputLength], dataLen, columns, padNumbers)
	if ins.opts.MaxArrayLength < len(output) {
		grouped = append(grouped, output[outputLength])
	}
	return grouped
}

// groupRows lays entries out in rows of columns, each column as wide as
// its widest entry, numbers aligned right and the rest left.
func groupRows(entries []string, dataLen []int, columns int, padNumbers bool) []string {
	const separatorSpace = 2
	maxLineLength := make([]int, columns)
	for i := range columns {
		for j := i; j < len(dataLen); j += columns {
			maxLineLength[i] = max(maxLineLength[i], dataLen[j])
		}
		maxLineLength[i] += separatorSpace
	}
	var rows []string
	for i := 0; i < len(entries); i += columns {
		end := min(i+columns, len(entries))
		var line strings.Builder
		j := i
		for ; j < end-1; j++ {
			if padNumbers {
				line.WriteString(padStart(entries[j]+", ", maxLineLength[j-i]))
			} else {
				line.WriteString(padEnd(entries[j]+", ", maxLineLength[j-i]))
			}
		}
		if padNumbers {
			line.WriteString(padStart(entries[j], maxLineLength[j-i]-separatorSpace))
		} else {
			line.WriteString(entries[j])
		}
		rows = append(rows, line.String())
	}
	return rows
}

// columns is how many columns groupArrayElements uses: roughly a square
// of entries 2.5 times as high as wide, within BreakLength, at most 15.
func (ins *inspector) columns(actualMax, totalLength, entries, outputLength int) int {
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(entries))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := min(
		int(math.Round(math.Sqrt(2.5*biasedMax*float64(outputLength))/biasedMax)),
		(ins.opts.BreakLength-ins.indentationLvl)/actualMax,
		ins.opts.Compact*4,
		15,
	)
	return columns
}
