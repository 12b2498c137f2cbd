package fake8x8

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// umidPattern is 8x8's shape of umids, batch ids and error ids.
var umidPattern = regexp.MustCompile(`^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$`)

// The expressions of 8x8's OpenAPI file, which the byte-by-byte checks of
// patterns.go stand in for.
var openAPIPatterns = []struct {
	name    string
	pattern *regexp.Regexp
	check   func(string) bool
}{
	{"msisdn", regexp.MustCompile(`^\+{0,1}[1-9]{1}[0-9]{6,14}$`), isMSISDN},
	{"subaccount id", regexp.MustCompile(`^[A-Za-z0-9\-._&]{3,50}$`), isSubAccountID},
	{"national number", regexp.MustCompile(`^[0-9]{4,15}$`), isNational},
	{"north american number", regexp.MustCompile(`^1[2-9][0-9]{2}[2-9][0-9]{6}$`), isNANP},
	{"umid", umidPattern, isUUID},
}

// patternSamples sit on either side of every bound the expressions set.
var patternSamples = []string{
	"", "+", "++6591234567", "+6591234567", "6591234567", "+0591234567", "0591234567",
	"+123456", "+1234567", "123456789012345", "1234567890123456", "+123456789012345", "+1234567890123456",
	"123", "1234", "12a4", " 1234", "1234 ", "1234\n", "+65 9123 4567", "+65-9123-4567",
	"12025550123", "11025550123", "12021550123", "1202555012", "120255501234", "22025550123", "1202555O123",
	"ab", "abc", "acme-sms", "acme.sms_&-1", "acme sms", "acme/sms", "acme+sms", "äcme", "ac\xffme",
	strings.Repeat("a", 50), strings.Repeat("a", 51),
	"0123abcd-4567-89ef-ABCD-0123456789ef", "0123abcd-4567-89ef-ABCD-0123456789eg",
	"0123abcd-4567-89ef-ABCD-0123456789e", "0123abcd-4567-89ef-ABCD-0123456789eff",
	"0123abcd_4567-89ef-ABCD-0123456789ef", "0123abcd-4567-89ef-ABCD0-123456789ef",
	"undefined", "null",
}

func TestEachShapeAcceptsWhatItsOpenAPIExpressionAccepts(t *testing.T) {
	t.Parallel()
	for _, p := range openAPIPatterns {
		t.Run("the "+p.name+" check agrees with "+p.pattern.String(), func(t *testing.T) {
			t.Parallel()
			for _, s := range patternSamples {
				assert.Equal(t, p.pattern.MatchString(s), p.check(s), "%q", s)
			}
		})
	}
}

func FuzzShapesAgreeWithTheirOpenAPIExpressions(f *testing.F) {
	for _, s := range patternSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range openAPIPatterns {
			if p.pattern.MatchString(s) != p.check(s) {
				t.Fatalf("%s: %q: the expression says %v", p.name, s, p.pattern.MatchString(s))
			}
		}
	})
}
