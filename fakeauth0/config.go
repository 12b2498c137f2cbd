package fakeauth0

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// DefaultTokenLifetime is how long, in seconds, an access token lives when
// Config.TokenLifetime is not set: 86400, what Auth0 gives a Management API
// token by default.
const DefaultTokenLifetime = 86400

// DefaultScopes are what a configured client is granted on the Management
// API when its Scopes are not listed: enough to read a user and to update
// the user's metadata, what send-phone-message code does.
var DefaultScopes = []string{"read:users", "update:users"}

// Config sets up one fake tenant. The zero Config is a permissive tenant:
// any *.auth0.com host is its domain, any client id with a non-empty
// secret gets a token with DefaultScopes, and the one user is the Auth0
// runner's example user (auth0|test12345), the user of hookemu's default
// payload.
type Config struct {
	// Domain is the tenant's own Auth0 domain ("acme.us.auth0.com"). When
	// set, requests to other *.auth0.com hosts are refused and the
	// Management API audience must be https://Domain/api/v2/; when empty,
	// whatever auth0.com host a request reaches is the tenant's domain.
	Domain string `json:"domain,omitempty" yaml:"domain,omitempty"`
	// CustomDomains are the tenant's custom domains ("login.acme.com"):
	// they serve the same endpoints, but a Management API audience must
	// still name Domain, as Auth0 requires.
	CustomDomains []string `json:"custom_domains,omitempty" yaml:"custom_domains,omitempty"`
	// Clients are the applications allowed the client credentials grant;
	// when none are listed, any client id with a non-empty secret is.
	Clients []Client `json:"clients,omitempty" yaml:"clients,omitempty"`
	// Users are the tenant's users; when none are listed, the runner's
	// example user is.
	Users []User `json:"users,omitempty" yaml:"users,omitempty"`
	// TokenLifetime is expires_in of the tokens issued, in seconds
	// (DefaultTokenLifetime when <= 0).
	TokenLifetime int `json:"token_lifetime,omitempty" yaml:"token_lifetime,omitempty"`
	// Faults make the tenant misbehave; a fault for destination "*"
	// applies to every request (the tenant's requests name no phone).
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize and JournalBytes bound the journal (fakekit's defaults
	// when <= 0).
	JournalSize  int   `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where the times answers show come from; nil is unseeded
	// (the real clock).
	IDs *fakekit.IDs `json:"-" yaml:"-"`
}

// Client is one application of the tenant.
type Client struct {
	// ID is the client_id.
	ID string `json:"id" yaml:"id"`
	// Secret is the client_secret it must present.
	Secret string `json:"secret" yaml:"secret"`
	// Scopes it is granted on the Management API (DefaultScopes when
	// empty).
	Scopes []string `json:"scopes,omitempty" yaml:"scopes,omitempty"`
	// NoGrant leaves the client without a grant on the Management API:
	// its token requests for it are refused with Auth0's 403.
	NoGrant bool `json:"no_grant,omitempty" yaml:"no_grant,omitempty"`
}

// User is one user the tenant starts with.
type User struct {
	// ID is the user_id, "provider|id" ("auth0|123", "sms|456").
	ID          string `json:"id" yaml:"id"`
	Email       string `json:"email,omitempty" yaml:"email,omitempty"`
	PhoneNumber string `json:"phone_number,omitempty" yaml:"phone_number,omitempty"`
	Name        string `json:"name,omitempty" yaml:"name,omitempty"`
	// UserMetadata and AppMetadata are the user's metadata objects.
	UserMetadata map[string]any `json:"user_metadata,omitempty" yaml:"user_metadata,omitempty"`
	AppMetadata  map[string]any `json:"app_metadata,omitempty" yaml:"app_metadata,omitempty"`
}

// ExampleUser is the user of the Auth0 runner's example payload, which
// hookemu's default payload copies.
var ExampleUser = User{ID: "auth0|test12345", Email: "billie@email.com", Name: "Billie Magnusson"}

// withDefaults fills in what the zero Config leaves open and checks what
// the user wrote, so a typo is reported when the fake is built.
func (c Config) withDefaults() (Config, error) {
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	if c.TokenLifetime <= 0 {
		c.TokenLifetime = DefaultTokenLifetime
	}
	c.Domain = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(c.Domain), "."))
	if strings.Contains(c.Domain, "/") {
		return c, fmt.Errorf("auth0 domain %q: give the host alone, as in acme.us.auth0.com", c.Domain)
	}
	c.CustomDomains = slices.Clone(c.CustomDomains)
	for i, d := range c.CustomDomains {
		c.CustomDomains[i] = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(d), "."))
	}
	if len(c.Users) == 0 {
		c.Users = []User{ExampleUser}
	}
	for i, cl := range c.Clients {
		if cl.ID == "" || cl.Secret == "" {
			return c, fmt.Errorf("auth0 client %d: give both id and secret", i+1)
		}
	}
	for i, u := range c.Users {
		if _, _, ok := strings.Cut(u.ID, "|"); !ok {
			return c, fmt.Errorf("auth0 user %d: id %q must read provider|id, as in auth0|123", i+1, u.ID)
		}
		if _, err := json.Marshal([]any{u.UserMetadata, u.AppMetadata}); err != nil {
			return c, fmt.Errorf("auth0 user %s: metadata must hold JSON values only: %w", u.ID, err)
		}
	}
	return c, nil
}
