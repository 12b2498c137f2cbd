package deploy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testKeywords builds mappings from a JSON object, as a config file
// gives them.
func testKeywords(t *testing.T, object string) keywords {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "config.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"AUTH0_KEYWORD_REPLACE_MAPPINGS": `+object+`}`), 0o644))
	cfg, err := loadA0Config(Options{ConfigFile: path})
	require.NoError(t, err)
	return cfg.kw
}

func TestKeywordReplaceIsA0deploys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, mappings, in, want string
	}{
		{"a ## marker becomes the value as it is", `{"ENV": "dev"}`, `name: ##ENV## tenant`, `name: dev tenant`},
		{"an @@ marker becomes the value JSON-encoded", `{"ENV": "d\"ev"}`, `x = @@ENV@@;`, `x = "d\"ev";`},
		{"single or double quotes around an @@ marker are consumed with it", `{"URLS": ["a", "b"]}`, `a: '@@URLS@@'` + "\n" + `b: "@@URLS@@"`, `a: ["a","b"]` + "\n" + `b: ["a","b"]`},
		{"a quote on one side only stays", `{"K": "v"}`, `'@@K@@ x`, `'"v" x`},
		{"every @@ marker is replaced before any ## marker", `{"A": "##B##", "B": "x"}`, `@@A@@`, `"x"`},
		{"a ## value that writes an @@ marker keeps it, since @@ went first", `{"A": "@@B@@", "B": "x"}`, `##A##`, `@@B@@`},
		{"keys apply in order, so an earlier value's marker of a later key is replaced", `{"A": "##B##", "B": "y"}`, `##A##`, `y`},
		{"a later value's marker of an earlier key stays", `{"A": "y", "B": "##A##"}`, `##B##`, `##A##`},
		{"keys that are array indices go first, ascending, as Object.keys orders them", `{"X": "##2##", "2": "two"}`, `##X##`, `##2##`},
		{"unknown markers stay verbatim", `{"ENV": "dev"}`, `##OTHER## @@OTHER@@`, `##OTHER## @@OTHER@@`},
		{"a list becomes its elements joined with commas in a ## marker", `{"L": ["a", null, 2]}`, `##L##`, `a,,2`},
		{"an object becomes [object Object] in a ## marker", `{"O": {"k": 1}}`, `##O##`, `[object Object]`},
		{"numbers print as JavaScript prints them", `{"N": 1.50, "E": 1e21, "S": 1e-7}`, `##N## @@N@@ ##E## ##S##`, `1.5 1.5 1e+21 1e-7`},
		{"JSON-encoding escapes as JavaScript does, not as Go does", `{"H": "<a>&\u2028\u0001"}`, `@@H@@`, "\"<a>&\u2028\\u0001\""},
		{"an object keeps its keys in order when JSON-encoded", `{"O": {"z": true, "a": null}}`, `@@O@@`, `{"z":true,"a":null}`},
		{"dollar signs in a value are written as they are", `{"D": "$&$1"}`, `##D##`, `$&$1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			kw := testKeywords(t, tt.mappings)
			assert.Equal(t, tt.want, string(kw.replace([]byte(tt.in))))
		})
	}
	t.Run("no mappings leave the text untouched", func(t *testing.T) {
		t.Parallel()
		cfg, err := loadA0Config(Options{})
		require.NoError(t, err)
		assert.Equal(t, "##ENV## @@ENV@@", string(cfg.kw.replace([]byte("##ENV## @@ENV@@"))))
	})
}

func TestKeywordsComeFromTheConfigAndTheEnvironmentWhichWins(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	config := filepath.Join(dir, "config.json")
	require.NoError(t, os.WriteFile(config, []byte(`{"AUTH0_BASE_PATH": "/from/config", "AUTH0_KEYWORD_REPLACE_MAPPINGS": {"A": "config", "B": "config", "C": "config"}}`), 0o644))
	env := map[string]string{configKeywords: `{"B": "env-json"}`, "AUTH0_BASE_PATH": "/from/env"}
	opts := Options{
		ConfigFile: config,
		Getenv:     func(k string) string { return env[k] },
		Environ:    func() []string { return []string{"C=environ", "D=environ=with=equals", "=skipped"} },
	}
	cfg, err := loadA0Config(opts)
	require.NoError(t, err)
	assert.Equal(t, "config env-json environ environ=with=equals", string(cfg.kw.replace([]byte("##A## ##B## ##C## ##D##"))))
	assert.Equal(t, "/from/env", cfg.basePath, "the environment's AUTH0_BASE_PATH wins")

	t.Run("without an environment only the config counts", func(t *testing.T) {
		t.Parallel()
		cfg, err := loadA0Config(Options{ConfigFile: config})
		require.NoError(t, err)
		assert.Equal(t, "config config config ##D##", string(cfg.kw.replace([]byte("##A## ##B## ##C## ##D##"))))
		assert.Equal(t, "/from/config", cfg.basePath)
	})
	t.Run("mappings that are not a JSON object are an error naming the variable", func(t *testing.T) {
		t.Parallel()
		_, err := loadA0Config(Options{Getenv: func(string) string { return `["A"]` }})
		require.Error(t, err)
		assert.Contains(t, err.Error(), configKeywords)
		_, err = loadA0Config(Options{Getenv: func(k string) string { return `{"A": ` }})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "JSON object")
	})
	t.Run("a config file that cannot be read says which", func(t *testing.T) {
		t.Parallel()
		_, err := loadA0Config(Options{ConfigFile: filepath.Join(dir, "missing.json")})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "a0deploy config")
	})
}

func TestUnreplacedKeywordsListsEachMarkerOnceInOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		code string
		want []string
	}{
		{"both kinds, first appearance first, repeats once", "a('##B##', @@A@@, '##B##')", []string{"##B##", "@@A@@"}},
		{"code without markers has none", "const x = '#' + '@'; // ## heading ##", nil},
		{"a lone pair of signs is no marker", "'####' + '@@@@'", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, UnreplacedKeywords([]byte(tt.code)))
		})
	}
}
