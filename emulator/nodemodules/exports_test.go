package nodemodules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestResolveExports(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, exports, subpath, want string
		err                          error
	}{
		{"a string is the main entry", `"./main.js"`, ".", "./main.js", nil},
		{"a string exports no subpath", `"./main.js"`, "./x", "", errNotExported},
		{"conditions are tried in the file's order, not by name", `{"default": "./d.js", "require": "./r.js"}`, ".", "./d.js", nil},
		{"require wins over import when listed first or not", `{"import": "./i.mjs", "require": "./r.js"}`, ".", "./r.js", nil},
		{"an array falls back past invalid targets", `{".": ["bad", "./ok.js"]}`, ".", "./ok.js", nil},
		{"the longest pattern prefix wins", `{"./a/*": "./x/*.js", "./a/b/*": "./y/*.js"}`, "./a/b/c", "./y/c.js", nil},
		{"a pattern with a trailer needs it", `{"./f/*.js": "./lib/*.js"}`, "./f/x.js", "./lib/x.js", nil},
		{"a null target is not exported", `{"./p/*": null}`, "./p/x", "", errNotExported},
		{"a target that climbs out is invalid", `{".": "./../x.js"}`, ".", "", errInvalidTarget},
		{"a target into node_modules is invalid", `{".": "./node_modules/x.js"}`, ".", "", errInvalidTarget},
		{"a pattern match that climbs out is invalid", `{"./*": "./lib/*"}`, "./../../etc/passwd", "", errInvalidTarget},
		{"dot keys mixed with conditions are an invalid config", `{".": "./a.js", "require": "./b.js"}`, ".", "", errInvalidConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pj, err := parsePackageJSON([]byte(`{"exports": ` + tt.exports + `}`))
			require.NoError(t, err)
			got, err := resolveExports(pj.exports, tt.subpath, requireConditions)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSplitPackage(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, spec, pkg, sub string }{
		{"a plain name has the main subpath", "lodash", "lodash", "."},
		{"a deep path keeps its subpath", "lodash/fp/map", "lodash", "./fp/map"},
		{"a scoped name takes two segments", "@xmldom/xmldom", "@xmldom/xmldom", "."},
		{"a scoped name with a subpath", "@xmldom/xmldom/lib/dom", "@xmldom/xmldom", "./lib/dom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pkg, sub, ok := splitPackage(tt.spec)
			require.True(t, ok)
			assert.Equal(t, [2]string{tt.pkg, tt.sub}, [2]string{pkg, sub})
		})
	}
	for _, bad := range []string{"@scope", "../x", "a/../../b", "@/x", ".hidden"} {
		_, _, ok := splitPackage(bad)
		assert.False(t, ok, "%q is no package name npm installs", bad)
	}
}
