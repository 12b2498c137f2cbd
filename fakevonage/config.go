package fakevonage

import (
	"github.com/hookemu/hookemu/fakekit"
)

// Name is the provider's key: the journal's provider field, scenario keys
// and flags.
const Name = "vonage"

// Host is where the SMS API answers; both SDKs post there by default.
const Host = "rest.nexmo.com"

// The documented demo credentials (the examples of Vonage's OpenAPI
// file): the embedded hooks' demo secrets.
const (
	DemoAPIKey    = "abcd1234"
	DemoAPISecret = "abcdef0123456789"
)

// Defaults of the account's money: what the documented example answer
// shows, so the first answer reads like the docs'.
const (
	defaultBalance = 15.5359
	defaultPrice   = 0.0333
)

// Config sets up one fake Vonage account.
type Config struct {
	// APIKey and APISecret, when set, are the only key and secret
	// accepted; left empty, any key and any secret are, so a hook runs
	// with whatever credentials it has.
	APIKey    string `json:"api_key,omitempty" yaml:"api_key,omitempty"`
	APISecret string `json:"api_secret,omitempty" yaml:"api_secret,omitempty"`
	// SignatureSecret, when set, lets requests authenticate with a
	// signature (sig) instead of the API secret.
	SignatureSecret string `json:"signature_secret,omitempty" yaml:"signature_secret,omitempty"`
	// SignatureMethod is how the account's signatures are computed:
	// md5hash (the default), md5, sha1, sha256 or sha512 (HMACs).
	SignatureMethod string `json:"signature_method,omitempty" yaml:"signature_method,omitempty"`
	// Whitelist, when set, makes the account a trial one: only these
	// numbers may receive messages; others get status 29.
	Whitelist []string `json:"whitelist,omitempty" yaml:"whitelist,omitempty"`
	// Balance is the account's credit in euros (15.5359 when nil); a part
	// that costs more than what is left gets status 9.
	Balance *float64 `json:"balance,omitempty" yaml:"balance,omitempty"`
	// Price is what one message part costs (0.0333 when zero).
	Price float64 `json:"price,omitempty" yaml:"price,omitempty"`
	// Faults make the fake misbehave for chosen destinations: Code
	// answers that status inside a 200, Status an HTTP error.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize and JournalBytes bound the journal (fakekit's defaults
	// when <= 0).
	JournalSize  int   `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where message ids come from: seeded, the same requests get
	// the same ids on every run; nil is random ids.
	IDs *fakekit.IDs `json:"-" yaml:"-"`
}

// withDefaults fills in what cfg leaves open.
func (c Config) withDefaults() Config {
	if c.SignatureMethod == "" {
		c.SignatureMethod = methodMD5Hash
	}
	if c.Balance == nil {
		b := defaultBalance
		c.Balance = &b
	}
	if c.Price <= 0 {
		c.Price = defaultPrice
	}
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	c.Whitelist = append([]string(nil), c.Whitelist...)
	return c
}
