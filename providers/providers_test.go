package providers_test

import (
	"net/http"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// validName is what a name must be to make the flag --upstream-NAME, the
// scenario key fakeNAME and message ids NAME-3.
var validName = regexp.MustCompile(`^[a-z][a-z0-9]*$|^[0-9][a-z0-9]*[a-z][a-z0-9]*$`)

func TestEveryProviderHasAUniqueNameFitForFlagsAndKeys(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, p := range providers.All() {
		assert.Regexp(t, validName, p.Name(), "lower-case letters and digits only")
		assert.False(t, seen[p.Name()], "%s is registered twice", p.Name())
		seen[p.Name()] = true
	}
	assert.Equal(t, len(providers.All()), len(providers.Names()))
}

func TestEveryProviderDescribesItself(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			assert.NotEmpty(t, strings.TrimSpace(p.Title()), "a title for people")
			assert.NotEmpty(t, p.Hosts(), "the hosts its API answers on")
			for _, path := range p.Paths() {
				assert.True(t, strings.HasPrefix(path, "/"), "path prefix %q starts with /", path)
			}
			for _, path := range append([]string{"/"}, p.Paths()...) {
				u := p.Upstream(path)
				if u == nil {
					continue // none to guess: forward mode needs --upstream-NAME
				}
				assert.Equal(t, "https", u.Scheme, "the real API for %s is https", path)
				assert.NotEmpty(t, u.Host)
				assert.True(t, provider.MatchesAny(p.Hosts(), u.Host), "its upstream %s is one of its hosts", u)
			}
			_, kinded := p.(provider.Kinded)
			assert.True(t, kinded, "it says what it is to a hook (provider.Kinded)")
			_, exampled := p.(provider.Exampler)
			assert.True(t, exampled, "it has an example request for the conformance test (provider.Exampler)")
		})
	}
}

func TestEveryConfigIsADocumentedStructWithFaults(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			cfg := p.NewConfig()
			v := reflect.ValueOf(cfg)
			require.Equal(t, reflect.Pointer, v.Kind(), "NewConfig returns a pointer to decode into")
			require.Equal(t, reflect.Struct, v.Elem().Kind())
			assert.NotSame(t, cfg, p.NewConfig(), "a fresh value each time")
			typ := v.Elem().Type()
			keys := 0
			for i := range typ.NumField() {
				f := typ.Field(i)
				yamlKey, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				jsonKey, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				assert.Equal(t, jsonKey, yamlKey, "field %s has the same key in JSON and YAML", f.Name)
				if yamlKey != "-" && yamlKey != "" {
					keys++
				}
			}
			assert.Positive(t, keys, "the schema has at least one key")
			faults, ok := typ.FieldByName("Faults")
			require.True(t, ok, "a Faults field, as every provider's")
			assert.Equal(t, reflect.TypeFor[[]fakekit.Fault](), faults.Type)
			assert.Equal(t, "faults", strings.Split(faults.Tag.Get("yaml"), ",")[0])
		})
	}
}

func TestNoTwoProvidersAnswerTheSameHost(t *testing.T) {
	t.Parallel()
	all := providers.All()
	for i, a := range all {
		for _, b := range all[i+1:] {
			for _, ha := range a.Hosts() {
				for _, hb := range b.Hosts() {
					assert.False(t, patternsOverlap(ha, hb), "%s's %s and %s's %s can name the same host", a.Name(), ha, b.Name(), hb)
				}
			}
		}
	}
}

// patternsOverlap says whether some host matches both patterns: the same
// number of labels, each equal or a star on either side.
func patternsOverlap(a, b string) bool {
	la, lb := strings.Split(strings.ToLower(a), "."), strings.Split(strings.ToLower(b), ".")
	if len(la) != len(lb) {
		return false
	}
	for i := range la {
		if la[i] != lb[i] && la[i] != "*" && lb[i] != "*" {
			return false
		}
	}
	return true
}

func TestNoTwoProvidersShareAPathPrefix(t *testing.T) {
	t.Parallel()
	all := providers.All()
	for i, a := range all {
		for _, b := range all[i+1:] {
			for _, pa := range a.Paths() {
				for _, pb := range b.Paths() {
					overlap := strings.HasPrefix(pa, pb) || strings.HasPrefix(pb, pa)
					assert.False(t, overlap, "%s's %s and %s's %s overlap on serve's one port", a.Name(), pa, b.Name(), pb)
				}
			}
		}
	}
}

func TestLookupsFindEachProviderByNameHostAndPath(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		t.Run(p.Name(), func(t *testing.T) {
			t.Parallel()
			got, ok := providers.Lookup(strings.ToUpper(p.Name()))
			require.True(t, ok, "names are found whatever their case")
			assert.Equal(t, p.Name(), got.Name())
			got, ok = providers.ForHost(strings.ReplaceAll(p.Hosts()[0], "*", "example") + ":443")
			require.True(t, ok, "its upstream host, with a port")
			assert.Equal(t, p.Name(), got.Name())
			for _, path := range p.Paths() {
				got, ok = providers.ForPath(path + "x")
				require.True(t, ok, path)
				assert.Equal(t, p.Name(), got.Name())
			}
		})
	}
}

func TestLookupsRefuseWhatNoProviderServes(t *testing.T) {
	t.Parallel()
	_, ok := providers.Lookup("nosuch")
	assert.False(t, ok)
	_, ok = providers.ForHost("hooks.slack.com")
	assert.False(t, ok)
	_, ok = providers.ForPath("/_hookemu/api/v1/messages")
	assert.False(t, ok)
}

func TestFindSuggestsTheNearestName(t *testing.T) {
	t.Parallel()
	_, err := providers.Find("twillio")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "did you mean twilio?")
	assert.Contains(t, err.Error(), "8x8")
}

func TestAllReturnsTheCallersOwnSlice(t *testing.T) {
	t.Parallel()
	all := providers.All()
	first := all[0].Name()
	all[0] = nil
	assert.Equal(t, first, providers.All()[0].Name())
}

// garbage are requests no provider could make sense of.
var garbage = []struct {
	name   string
	header http.Header
	body   []byte
}{
	{"nothing at all", nil, nil},
	{"an empty body", http.Header{}, []byte{}},
	{"binary noise", http.Header{"Content-Type": {"application/json"}}, []byte{0xff, 0x00, 0xfe, '{', '"'}},
	{"JSON of the wrong shapes", http.Header{"Content-Type": {"application/json"}},
		[]byte(`{"destination":{"x":[1,2]},"text":[null],"messages":"no","To":7,"PhoneNumber":[]}`)},
	{"a JSON list", http.Header{"Content-Type": {"application/json"}}, []byte(`[1,"two",{"three":3}]`)},
	{"deep nesting", http.Header{"Content-Type": {"application/json"}}, []byte(strings.Repeat("[", 5000) + strings.Repeat("]", 5000))},
	{"a broken form", http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, []byte("To=%zz&Body=%")},
	{"a multipart form without boundary", http.Header{"Content-Type": {"multipart/form-data"}}, []byte("--x\r\n")},
	{"a multipart body cut short", http.Header{"Content-Type": {"multipart/form-data; boundary=x"}}, []byte("--x\r\nContent-Disposition: form-data; name=\"To\"\r\n\r\n+65")},
	{"broken credentials", http.Header{"Authorization": {"Basic !!!not-base64", "Bearer"}, "Content-Type": {"text/xml"}}, []byte("<a><b>")},
}

func TestDescribeAndAnswerNeverPanicOnGarbage(t *testing.T) {
	t.Parallel()
	for _, p := range providers.All() {
		for _, g := range garbage {
			t.Run(p.Name()+" reads "+g.name, func(t *testing.T) {
				t.Parallel()
				assert.NotPanics(t, func() { p.Describe(http.MethodPost, "/x", g.header, g.body) })
				assert.NotPanics(t, func() { p.Answer(http.StatusOK, g.body) })
				assert.NotPanics(t, func() { p.Answer(0, nil) })
			})
		}
	}
}

func FuzzDescribe(f *testing.F) {
	for _, p := range providers.All() {
		if ex, ok := p.(provider.Exampler); ok {
			req := ex.Example()
			f.Add(req.Path, req.Header.Get("Content-Type"), req.Body)
		}
	}
	f.Fuzz(func(t *testing.T, path, contentType string, body []byte) {
		header := http.Header{"Content-Type": {contentType}}
		for _, p := range providers.All() {
			p.Describe(http.MethodPost, path, header, body)
			p.Answer(http.StatusOK, body)
		}
	})
}

func TestTheManualListsEveryProviderWithItsKeys(t *testing.T) {
	t.Parallel()
	manual := providers.Manual()
	for _, p := range providers.All() {
		assert.Contains(t, manual, "\n"+p.Name()+"  "+p.Title())
		assert.Contains(t, manual, "under fake"+p.Name()+": or providers."+p.Name())
		for _, key := range providers.ConfigKeys(p) {
			assert.Contains(t, manual, key)
		}
	}
	assert.Contains(t, providers.ConfigKeys(providers.All()[0]), "faults")
}
