package twilio

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLeadingVersionsReadsOnlyTheHeadOfTheFile(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		data string
		want []string
		ok   bool
	}{
		{"a file that starts with the versions gives them", `{"versions": ["3.29.0", "3.30.0"], "resources": {"x": [}`, []string{"3.29.0", "3.30.0"}, true},
		{"a file whose first key is another is left to the whole decoder", `{"resources": {}, "versions": ["3.29.0"]}`, nil, false},
		{"a file that is not an object is left to the whole decoder", `["3.29.0"]`, nil, false},
		{"a broken versions list is left to the whole decoder", `{"versions": ["3.29.0",`, nil, false},
		{"an indented file gives its versions", "{\n \"versions\" :\t[\r\n  \"3.29.0\" ,\n  \"3.30.0\"\n ],\n \"resources\": {}}", []string{"3.29.0", "3.30.0"}, true},
		{"an empty list gives no versions", `{"versions": [], "resources": {}}`, nil, true},
		{"a version with an escape is left to the whole decoder", `{"versions": ["3.29\u002e0"]}`, nil, false},
		{"an unterminated version is left to the whole decoder", `{"versions": ["3.29.0`, nil, false},
		{"a list of numbers is left to the whole decoder", `{"versions": [3]}`, nil, false},
		{"two versions without a comma are left to the whole decoder", `{"versions": ["3.29.0" "3.30.0"]}`, nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := leadingVersions([]byte(tc.data))
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestTheVersionListAgreesWithTheWholeCatalogue(t *testing.T) {
	t.Parallel()
	head, ok := leadingVersions(resourcesJSON)
	require.True(t, ok, "resources.json must start with its versions list, or every emulator decodes the whole file")
	assert.Equal(t, catalog().Versions, head)
	assert.Equal(t, catalog().Versions, catalogVersions())
}

func TestTheVersionListCostsFarLessThanTheCatalogue(t *testing.T) {
	// Not parallel: it reads the process's allocation counter.
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, ok := leadingVersions(resourcesJSON)
	runtime.ReadMemStats(&after)
	require.True(t, ok)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(len(resourcesJSON)/4),
		"reading the versions should not decode the resource tables")
}

func TestEveryResourceHasItsTableAfterTheVersionsWereReadAlone(t *testing.T) {
	t.Parallel()
	require.NotEmpty(t, Module().Versions)
	require.NotEmpty(t, catalog().Resources)
	for resource, eras := range catalog().Resources {
		for _, era := range eras {
			if string(era.Table) != "null" {
				assert.NotNil(t, tableFor(era.Since, resource), "%s since %s", resource, era.Since)
			}
		}
	}
}
