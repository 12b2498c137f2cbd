package fakeserver

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/providers"
)

// hostsToRoute are, for every registered host pattern, hosts that match
// it and hosts that nearly do, and hosts no provider has.
func hostsToRoute() []string {
	hosts := []string{"", "127.0.0.1:8025", "localhost", "[::1]:8025", "LOCALHOST:80", ".", "..", "a..b", "a:b:c", "sms.8x8.com:", ":80"}
	for _, p := range providers.All() {
		for _, pattern := range p.Hosts() {
			for _, label := range []string{"eu-west-1", "EU-West-1", "-bad", "bad-", "", "a.b", "é", strings.Repeat("x", 64)} {
				h := strings.ReplaceAll(pattern, "*", label)
				hosts = append(hosts, h, h+":443", h+".", strings.ToUpper(h), "x."+h, h+".x", strings.TrimPrefix(h, "api."))
			}
		}
	}
	return hosts
}

func TestRoutesFindTheSameProviderAsTheRegistry(t *testing.T) {
	t.Parallel()
	srv, err := New(Config{})
	require.NoError(t, err)
	name := func(i int) string {
		if i < 0 {
			return ""
		}
		return srv.providers[i].name
	}
	t.Run("by host, for every pattern and near misses", func(t *testing.T) {
		t.Parallel()
		for _, host := range hostsToRoute() {
			want := ""
			if p, ok := providers.ForHost(host); ok {
				want = p.Name()
			}
			assert.Equal(t, want, name(srv.routes.byHost(host)), "host %q", host)
		}
	})
	t.Run("by path, for every prefix and near misses", func(t *testing.T) {
		t.Parallel()
		paths := []string{"", "/", "/_hookemu/api/v1/messages", "/api", "/API/v1/x"}
		for _, p := range providers.All() {
			for _, prefix := range p.Paths() {
				paths = append(paths, prefix, prefix+"x", prefix[:len(prefix)-1], strings.ToUpper(prefix))
			}
		}
		for _, path := range paths {
			want := ""
			if p, ok := providers.ForPath(path); ok {
				want = p.Name()
			}
			assert.Equal(t, want, name(srv.routes.byPath(path)), "path %q", path)
		}
	})
}

func TestAHostThatNamesAProviderIsFoundWithoutAllocating(t *testing.T) {
	srv, err := New(Config{})
	require.NoError(t, err)
	for _, host := range []string{"127.0.0.1:8025", "sms.8x8.com", "sns.eu-west-1.amazonaws.com"} {
		allocs := testing.AllocsPerRun(100, func() { srv.routes.byHost(host) })
		assert.Zero(t, allocs, host)
	}
}
