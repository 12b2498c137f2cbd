package fakeauth0

import (
	"slices"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// hostPatterns are the hosts of Auth0's public cloud: tenant.auth0.com for
// the US tenants made before regions, tenant.REGION.auth0.com since.
var hostPatterns = []string{"*.auth0.com", "*.*.auth0.com"}

func isAuth0Host(host string) bool { return provider.MatchesAny(hostPatterns, host) }

func (s *Server) isCustomDomain(host string) bool {
	return slices.Contains(s.cfg.CustomDomains, provider.CanonicalHost(host))
}

// servesHost says whether a request to host reaches this tenant: its
// domain and custom domains, or any auth0.com host when no domain is set.
// A request without a host (an in-process one) is the tenant's.
func (s *Server) servesHost(host string) bool {
	host = provider.CanonicalHost(host)
	switch {
	case host == "", s.isCustomDomain(host):
		return true
	case s.cfg.Domain != "":
		return host == s.cfg.Domain
	default:
		return isAuth0Host(host)
	}
}

// domainOf is the tenant's own domain as seen from a request to host: the
// configured one, else the auth0.com host itself; "" when neither tells
// (a custom domain of a tenant with no domain set), and then any auth0.com
// Management API audience is the tenant's.
func (s *Server) domainOf(host string) string {
	host = provider.CanonicalHost(host)
	switch {
	case s.cfg.Domain != "":
		return s.cfg.Domain
	case isAuth0Host(host):
		return host
	default:
		return ""
	}
}

// audienceDomain is the domain an audience names when it is some
// tenant's Management API ("https://acme.auth0.com/api/v2/").
func audienceDomain(audience string) (string, bool) {
	rest, ok := strings.CutPrefix(audience, "https://")
	if !ok {
		return "", false
	}
	host, ok := strings.CutSuffix(rest, "/api/v2/")
	return host, ok && isAuth0Host(host)
}
