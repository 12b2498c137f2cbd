package scenarios

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// scenarioSeeds are the corpus both fuzz targets start from: real
// scenarios, and each hostile shape the loader must refuse.
var scenarioSeeds = []string{
	"hook: 8x8.js\npayload: {recipient: \"+6512345678\"}\nexpect: {outcome: success}\n",
	"hook: 8x8.js\npayload: &base {recipient: \"+6512345678\"}\ncases:\n  - {name: a, payload: *base}\n  - {name: b, payload: {text: hi}}\n",
	"{\"hook\": \"8x8.js\", \"expect\": {\"outcome\": \"error\", \"error\": \"/status (40|50)\\\\d/\"}}",
	"hook: 8x8.js\npayload: &p {context: *p}\n",
	"a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nhook: *c\n",
	"hook: /proc/self/environ\n",
	"hook: 8x8.js\nname: a\x00b\n",
	"hook: 8x8.js\nname: \xff\xfe\n",
	"hook: 8x8.js\nname: a\x01b\n",
	"{\"hook\": \"8x8.js\",,}",
	"- [[[[[[[[[[",
	"&a [*a]",
}

func FuzzLoadScenarioFile(f *testing.F) {
	for _, seed := range scenarioSeeds {
		f.Add([]byte(seed))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		l := Loader{LookupEnv: func(string) (string, bool) { return "", false }}
		path := filepath.Join(dir, "fuzz.scenario.yaml")
		loaded := l.parseFile(path, data, l.newLoadState([]string{dir}))
		if len(loaded.errs) > 0 {
			require.Nil(t, loaded.file)
			for _, e := range loaded.errs {
				assert.Equal(t, path, e.File, "every error names the file")
			}
			return
		}
		if loaded.note != "" {
			return // a payload kept among the scenarios, passed over
		}
		require.NotNil(t, loaded.file)
		assert.NotEmpty(t, loaded.file.Scenarios, "a file that loads holds a scenario")
	})
}

func FuzzAliasExpansionIsBounded(f *testing.F) {
	for _, seed := range scenarioSeeds {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var root yaml.Node
		if yaml.Unmarshal(data, &root) != nil {
			return
		}
		if !checkAliases(&root, newErrorList("fuzz")) {
			return
		}
		// What the check let through expands within its limits and ends.
		written := countWritten(&root)
		budget := written.values + MaxAliasValues
		got := expandWithin(t, &root, budget, 0)
		assert.LessOrEqual(t, got, budget)
	})
}

// countWritten counts a document's values as written, aliases as none.
func countWritten(n *yaml.Node) expansion {
	e := expansion{values: 1, text: len(n.Value)}
	if n.Kind == yaml.AliasNode {
		return expansion{}
	}
	for _, c := range n.Content {
		e.add(countWritten(c))
	}
	return e
}

// expandWithin follows aliases as the decoder does, failing the test when
// it would pass budget values or nest deeper than YAML's own limit.
func expandWithin(t *testing.T, n *yaml.Node, budget, depth int) int {
	if depth > 10_000+MaxAliasValues {
		require.FailNow(t, "expansion nests without end")
	}
	n = resolveAlias(n)
	count := 1
	for _, c := range n.Content {
		count += expandWithin(t, c, budget-count, depth+1)
		if count > budget {
			require.FailNowf(t, "expansion passes the limit", "more than %d values: %s", budget, strings.TrimSpace(n.Value))
		}
	}
	return count
}
