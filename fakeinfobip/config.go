package fakeinfobip

import (
	"github.com/hookemu/hookemu/fakekit"
)

// Name is the provider's key: journal entries, the REST API, scenario keys
// (fakeinfobip:) and --upstream-infobip.
const Name = "infobip"

// DemoAPIKey is the API key of Infobip's own API reference examples and
// client test suites, which hooks/infobip.js has as its demo secret.
const DemoAPIKey = "003026bbc133714df1834b8638bb496e-8f4b3d9a-e931-478d-a994-28a725159ab9"

// Config sets up one fake Infobip account. Its fields are the configuration
// schema of fakeinfobip: scenarios and serve decode into it with unknown
// keys rejected. The zero Config is a permissive account: any key, login
// or token but an empty one, "undefined" or "null" is taken; once
// APIKeys, Users or Tokens is set, only what they list is.
type Config struct {
	// APIKeys are the keys accepted as "Authorization: App KEY".
	APIKeys []string `json:"api_keys,omitempty" yaml:"api_keys,omitempty"`
	// Users are the username and password pairs accepted as Basic
	// authentication.
	Users []User `json:"users,omitempty" yaml:"users,omitempty"`
	// Tokens are the tokens accepted as "IBSSO TOKEN" or "Bearer TOKEN".
	Tokens []string `json:"tokens,omitempty" yaml:"tokens,omitempty"`
	// Faults make the fake misbehave for chosen destinations: a status
	// answers that HTTP error with Infobip's request error body; a code
	// alone (and no status) rejects the message with that Infobip status
	// id (52 REJECTED_DESTINATION, 8 REJECTED_PREFIX_MISSING, ...) in an
	// otherwise successful answer; a delay answers late.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize bounds the journal (fakekit.DefaultJournalSize when <= 0).
	JournalSize int `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	// JournalBytes bounds the bytes the journal holds
	// (fakekit.DefaultJournalBytes when <= 0).
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where message and bulk ids and the journal's times come from;
	// nil is unseeded (random ids, the real clock).
	IDs *fakekit.IDs `json:"-" yaml:"-"`
}

// User is one login accepted as Basic authentication.
type User struct {
	Username string `json:"username" yaml:"username"`
	Password string `json:"password" yaml:"password"`
}

// withDefaults fills in what the zero Config leaves open, on a copy.
func (c Config) withDefaults() Config {
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	c.APIKeys = append([]string(nil), c.APIKeys...)
	c.Users = append([]User(nil), c.Users...)
	c.Tokens = append([]string(nil), c.Tokens...)
	c.Faults = append([]fakekit.Fault(nil), c.Faults...)
	return c
}

// permissive says whether the account takes any well-formed credential.
func (c Config) permissive() bool {
	return len(c.APIKeys) == 0 && len(c.Users) == 0 && len(c.Tokens) == 0
}
