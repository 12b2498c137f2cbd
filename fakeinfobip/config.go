package fakeinfobip

import (
	"github.com/hookemu/hookemu/fakekit"
)

// Name is the provider's key: journal entries, the REST API, scenario keys
// (fakeinfobip:) and --upstream-infobip.
const Name = "infobip"

// DemoAPIKey is the API key of Infobip's own API reference examples and
// client test suites; the zero Config accepts it, so the docs' code runs
// out of the box with it.
const DemoAPIKey = "003026bbc133714df1834b8638bb496e-8f4b3d9a-e931-478d-a994-28a725159ab9"

// Config sets up one fake Infobip account. Its fields are the configuration
// schema of fakeinfobip: scenarios and serve decode into it with unknown
// keys rejected.
type Config struct {
	// APIKeys are the keys accepted as "Authorization: App KEY"; empty
	// means DemoAPIKey alone.
	APIKeys []string `json:"api_keys,omitempty" yaml:"api_keys,omitempty"`
	// Users are the username and password pairs accepted as Basic
	// authentication (none by default).
	Users []User `json:"users,omitempty" yaml:"users,omitempty"`
	// Tokens are the tokens accepted as "IBSSO TOKEN" or "Bearer TOKEN"
	// (none by default).
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
	if len(c.APIKeys) == 0 {
		c.APIKeys = []string{DemoAPIKey}
	}
	c.Users = append([]User(nil), c.Users...)
	c.Tokens = append([]string(nil), c.Tokens...)
	c.Faults = append([]fakekit.Fault(nil), c.Faults...)
	return c
}
