package harness

import (
	"slices"
	"strings"
)

// patternSet replaces many fixed strings in one pass: a rolling hash of
// the next few bytes, tested against a bit filter, says in a few
// nanoseconds per byte where a pattern may start, and only there are the
// patterns compared. strings.Replacer does the same job but walks a trie
// at every byte, several times slower for the hundred-odd forms a few
// secrets have, and it allocates even when nothing matches.
type patternSet struct {
	window int // the shortest pattern's length: every pattern starts with a window
	pow    uint32
	filter []uint64
	// byHash lists, per hash of a pattern's first window, the patterns
	// with that start, longest first.
	byHash map[uint32][]replacement
}

const (
	hashBase   = 16777619
	filterLog  = 14
	filterBits = 1 << filterLog
)

// newPatternSet prepares the replacement of each value by its marker;
// where several match at one place, the longest wins. Empty values are
// not allowed.
func newPatternSet(list []replacement) *patternSet {
	if len(list) == 0 {
		return nil
	}
	p := &patternSet{window: len(list[0].value), filter: make([]uint64, filterBits/64), byHash: map[uint32][]replacement{}}
	for _, e := range list {
		p.window = min(p.window, len(e.value))
	}
	p.pow = 1
	for range p.window {
		p.pow *= hashBase
	}
	for _, e := range list {
		h := hashOf(e.value[:p.window])
		p.filter[filterIndex(h)/64] |= 1 << (filterIndex(h) % 64)
		p.byHash[h] = append(p.byHash[h], e)
	}
	for _, l := range p.byHash {
		slices.SortStableFunc(l, func(a, b replacement) int { return len(b.value) - len(a.value) })
	}
	return p
}

func hashOf(s string) uint32 {
	var h uint32
	for i := 0; i < len(s); i++ {
		h = h*hashBase + uint32(s[i])
	}
	return h
}

// filterIndex spreads the hash over the filter by its best-mixed bits.
func filterIndex(h uint32) uint32 { return (h * 2654435761) >> (32 - filterLog) }

// replace returns s with every pattern replaced, leftmost first; s itself
// (no copy) when none occurs.
func (p *patternSet) replace(s string) string {
	if p == nil || len(s) < p.window {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b, or needs no change when b is empty
	h := hashOf(s[:p.window])
	for i := 0; ; {
		if f := filterIndex(h); p.filter[f/64]&(1<<(f%64)) != 0 {
			if e, ok := p.matchAt(s[i:], h); ok {
				b.Grow(len(s))
				b.WriteString(s[done:i])
				b.WriteString(marker(e.name))
				i += len(e.value)
				done = i
				if i+p.window > len(s) {
					break
				}
				h = hashOf(s[i : i+p.window])
				continue
			}
		}
		if i+p.window >= len(s) {
			break
		}
		h = h*hashBase + uint32(s[i+p.window]) - p.pow*uint32(s[i])
		i++
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// matchAt is the longest pattern s starts with, given the hash of its
// first window.
func (p *patternSet) matchAt(s string, h uint32) (replacement, bool) {
	for _, e := range p.byHash[h] {
		if strings.HasPrefix(s, e.value) {
			return e, true
		}
	}
	return replacement{}, false
}
