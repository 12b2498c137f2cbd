package fakeesendex

import "github.com/hookemu/hookemu/fakekit"

// Name is the provider's key: journal entries, the REST API, scenario keys
// (fakeesendex:) and --upstream-esendex.
const Name = "esendex"

// The demo login hooks/esendex.js has as its demo secrets: the username
// and account reference of Esendex's own SDK examples, with a password of
// its own. (The examples' password is "password", a word of Auth0's own
// text, "Here is your one time password": masked as a secret's value, it
// would hide that word in every report.)
const (
	DemoUsername         = "user@example.com"
	DemoPassword         = "demo-esendex-api-password"
	DemoAccountReference = "EX000000"
)

// Config sets up one fake Esendex login and its accounts. Its fields are
// the configuration schema of fakeesendex: scenarios and serve decode into
// it with unknown keys rejected. The zero Config is permissive: any login
// with a username and a password, sending from any account reference, but
// never "undefined" or "null" (what code sends when a secret is unset).
type Config struct {
	// Users are the logins accepted as Basic authentication, the username
	// (an email address) with its password or API password; empty means
	// any.
	Users []User `json:"users,omitempty" yaml:"users,omitempty"`
	// AccountReferences are the accounts ("EX0123456") the users may send
	// from; empty means any.
	AccountReferences []string `json:"account_references,omitempty" yaml:"account_references,omitempty"`
	// Faults make the fake misbehave for chosen recipients: a status
	// answers that HTTP error (402 for an account out of credits, 503 for
	// an outage), a delay answers late. Esendex has no per-message status
	// in its answer, so a fault's code is not used.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize bounds the journal (fakekit.DefaultJournalSize when <= 0).
	JournalSize int `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	// JournalBytes bounds the bytes the journal holds
	// (fakekit.DefaultJournalBytes when <= 0).
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where batch and message ids and the journal's times come
	// from; nil is unseeded (random ids, the real clock).
	IDs *fakekit.IDs `json:"-" yaml:"-"`
}

// User is one login.
type User struct {
	Username string `json:"username" yaml:"username"`
	Password string `json:"password" yaml:"password"`
}

// withDefaults fills in what the zero Config leaves open, on a copy.
func (c Config) withDefaults() Config {
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	c.Users = append([]User(nil), c.Users...)
	c.AccountReferences = append([]string(nil), c.AccountReferences...)
	c.Faults = append([]fakekit.Fault(nil), c.Faults...)
	return c
}
