package fakeauth0

import (
	"encoding/json"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Name is the provider's key: journal entries, scenario keys (fakeauth0:,
// providers: {auth0: ...}) and --upstream-auth0.
const Name = "auth0"

// Provider describes the tenant's own Auth0 domain to the registry. It is
// not a message provider: what it receives names no phone and no text, so
// Describe gives only the credentials to mask.
type Provider struct{}

var (
	_ provider.Provider = Provider{}
	_ provider.Kinded   = Provider{}
	_ provider.Exampler = Provider{}
)

// Kind is Tenant: a hook reads and writes users here on its way to a
// message provider, but no message leaves through it.
func (Provider) Kind() provider.Kind { return provider.Tenant }

// Example is a token request with made-up client credentials, which the
// zero Config's permissive tenant grants.
func (Provider) Example() provider.Request {
	return provider.Request{
		Method: http.MethodPost,
		Path:   "/oauth/token",
		Header: http.Header{"Content-Type": {"application/json"}},
		Body: []byte(`{"grant_type":"client_credentials","client_id":"example-client-id",` +
			`"client_secret":"example-client-secret","audience":"https://example.auth0.com/api/v2/"}`),
	}
}

func (Provider) Name() string  { return Name }
func (Provider) Title() string { return "Auth0 tenant (Authentication and Management API)" }

// Hosts are Auth0's public cloud hosts. A tenant's custom domains are
// configuration, not facts about the API: Config.CustomDomains names
// them, and CustomHosts lists them.
func (Provider) Hosts() []string { return slices.Clone(hostPatterns) }

// Paths are the endpoints send-phone-message code calls.
func (Provider) Paths() []string { return []string{"/oauth/token", "/api/v2/"} }

// Upstream is nil: every tenant has its own domain, which comes with the
// request's host; there is no one base URL to forward to.
func (Provider) Upstream(string) *url.URL { return nil }

func (Provider) NewConfig() any { return &Config{} }

func (Provider) New(cfg any, common provider.Common) (provider.Fake, error) {
	built, err := provider.ConfigOf[Config](Name, cfg)
	if err != nil {
		return nil, err
	}
	common.Lay(&built.IDs, &built.Faults, &built.JournalSize, &built.JournalBytes)
	return New(built)
}

// CustomHosts are the hosts besides Hosts that a tenant configured by cfg
// answers on.
func CustomHosts(cfg *Config) []string { return slices.Clone(cfg.CustomDomains) }

// Describe reads the credentials a request carries: the client secret
// of a token request (in its body or Basic header) and the Bearer token
// of a Management API call. There is never a destination or a text.
func (Provider) Describe(method, path string, header http.Header, body []byte) provider.Message {
	var creds []string
	if scheme, token, ok := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " "); ok && token != "" {
		if strings.EqualFold(scheme, "Bearer") {
			creds = append(creds, strings.TrimSpace(token))
		} else if _, secret, ok := basicAuth(header); ok && secret != "" {
			creds = append(creds, secret)
		}
	}
	if secret := bodySecret(header, body); secret != "" {
		creds = append(creds, secret)
	}
	return provider.Message{Credentials: creds}
}

// bodySecret is the client_secret of a JSON or form body, if any.
func bodySecret(header http.Header, body []byte) string {
	media, _, _ := mime.ParseMediaType(header.Get("Content-Type"))
	switch media {
	case "application/json":
		var v struct {
			Secret string `json:"client_secret"`
		}
		_ = json.Unmarshal(body, &v) // a broken body has no secret to mask
		return v.Secret
	case "application/x-www-form-urlencoded":
		form, _ := url.ParseQuery(string(body))
		return form.Get("client_secret")
	}
	return ""
}

// Answer says whether the tenant did what was asked; it creates nothing
// with an id a report would show.
func (Provider) Answer(status int, _ []byte) provider.Answer {
	return provider.Answer{Accepted: status >= 200 && status < 300}
}
