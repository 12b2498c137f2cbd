package migrate

import (
	"fmt"
	"sort"
	"strings"
)

// edit replaces text[from:to] with text; from == to inserts.
type edit struct {
	from, to int
	text     string
	seq      int // the order edits were made in, which breaks ties
}

// edits are the changes to the hook's source, spliced in at the end so
// everything not changed (formatting, comments) stays as written.
type edits struct {
	list []edit
}

func (e *edits) replace(from, to int, text string) {
	e.list = append(e.list, edit{from: from, to: to, text: text, seq: len(e.list)})
}

func (e *edits) insert(at int, text string) { e.replace(at, at, text) }

// apply splices the edits into src. An edit inside a region another edit
// replaces is dropped: the outer edit already decided what the region
// says (a promise callback that is removed whole, with the cb call that
// was converted inside it). Edits that cross are a bug in this package.
func (e *edits) apply(src string) (string, error) {
	list := append([]edit(nil), e.list...)
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if (a.from == a.to) != (b.from == b.to) {
			return a.from == a.to // insertions before a replacement at the same place
		}
		if a.to != b.to {
			return a.to > b.to // the outer replacement first, so the inner is dropped
		}
		return a.seq < b.seq
	})
	var out strings.Builder
	pos := 0
	for _, ed := range list {
		if ed.from < pos {
			if ed.to <= pos {
				continue
			}
			return "", fmt.Errorf("two rewrites overlap at offsets %d-%d and before %d", ed.from, ed.to, pos)
		}
		out.WriteString(src[pos:ed.from])
		out.WriteString(ed.text)
		pos = ed.to
	}
	out.WriteString(src[pos:])
	return out.String(), nil
}
