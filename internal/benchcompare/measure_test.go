package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestEachRowPrintsBothSidesAndNodesTimeOverHookemus(t *testing.T) {
	t.Parallel()
	node := []sample{{wall: 1200 * time.Millisecond, rss: 90e6}}
	bare := row{name: "1000 runs, one process", hookemu: []sample{{wall: 200 * time.Millisecond, rss: 30e6}}, node: node}
	suite := row{name: "1000 runs, hookemu test", hookemu: []sample{{wall: 400 * time.Millisecond, rss: 35e6}}, node: node}
	var out strings.Builder
	printRows(&out, bare, suite)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	assert.Len(t, lines, 3, "a header and one line per row")
	assert.Regexp(t, `^1000 runs, one process +200ms +30 MB +1\.2s +90 MB +6\.0x$`, lines[1])
	assert.Regexp(t, `^1000 runs, hookemu test +400ms +35 MB +1\.2s +90 MB +3\.0x$`, lines[2])
}

func TestTheMedianTakesTimeAndMemoryApart(t *testing.T) {
	t.Parallel()
	m := median([]sample{{wall: 3, rss: 10}, {wall: 1, rss: 30}, {wall: 2, rss: 20}})
	assert.Equal(t, sample{wall: 2, rss: 20}, m)
}
