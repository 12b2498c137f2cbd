package fake8x8

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countryMaps reads callingCodes into maps, the obvious way, as the
// witness of what the scanning lookups must answer.
func countryMaps(t *testing.T) (codeOf, regionOf map[string]string) {
	t.Helper()
	codeOf, regionOf = map[string]string{}, map[string]string{}
	code := ""
	for _, field := range strings.Fields(callingCodes) {
		if c, region, ok := strings.Cut(field, ":"); ok {
			code, field = c, region
			require.NotContains(t, regionOf, code, "calling code %s is listed twice", code)
			regionOf[code] = region
		}
		require.NotContains(t, codeOf, field, "region %s is listed twice", field)
		codeOf[field] = code
	}
	return codeOf, regionOf
}

func TestEveryRegionAndCodeOfTheTableIsFound(t *testing.T) {
	t.Parallel()
	codeOf, regionOf := countryMaps(t)
	var table countryTable
	t.Run("each region has its calling code", func(t *testing.T) {
		for region, code := range codeOf {
			assert.Equal(t, code, table.codeOf(region), region)
		}
	})
	t.Run("each calling code has its main region", func(t *testing.T) {
		for code, region := range regionOf {
			assert.Equal(t, region, table.regionOf(code), code)
		}
	})
}

func TestWhatIsNotARegionOrCodeHasNone(t *testing.T) {
	t.Parallel()
	var table countryTable
	for _, region := range []string{"", "ZZ", "sg", "1", "1:US", "65", "US CA", ":"} {
		assert.Empty(t, table.codeOf(region), "region %q", region)
	}
	for _, code := range []string{"", "0", "999", "US", "1:US", "6", "65 "} {
		assert.Empty(t, table.regionOf(code), "code %q", code)
	}
	assert.Equal(t, "US", table.regionOf("1"), "a code shared by regions names its main one")
	assert.Equal(t, "1", table.codeOf("CA"), "every region of a shared code has the code")
}
