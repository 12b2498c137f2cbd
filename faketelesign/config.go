package faketelesign

import (
	"time"

	"github.com/hookemu/hookemu/fakekit"
)

// Name is the provider's key: journal entries, scenario keys and flags.
const Name = "telesign"

// Config sets up one fake TeleSign account. The zero Config accepts any
// well-formed credentials (a customer id shaped like TeleSign's UUIDs and a
// base64 API key), so a hook runs out of the box; setting CustomerID and
// APIKey makes the fake as strict as TeleSign is for one account.
type Config struct {
	// CustomerID, when set, is the only customer id accepted; any other
	// answers "Invalid Customer ID" (10015 on Messaging, -30000 on Verify).
	CustomerID string `json:"customer_id,omitempty" yaml:"customer_id,omitempty"`
	// APIKey, when set, is the only API key accepted, as Basic auth's
	// password and as the HMAC key of TSA digest auth; any other answers
	// "Invalid API Key" (10022, -30015) or "Invalid Signature".
	APIKey string `json:"api_key,omitempty" yaml:"api_key,omitempty"`
	// TemplateMaxLength is the longest Verify template accepted, in
	// characters: TeleSign's default is 160, and its support raises it up
	// to 1600 on request (160 when <= 0).
	TemplateMaxLength int `json:"template_max_length,omitempty" yaml:"template_max_length,omitempty"`
	// Faults make the fake misbehave per phone number: a delay, an HTTP
	// status with TeleSign's error body for it, or both.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize bounds the journal and the stored transactions
	// (fakekit.DefaultJournalSize when <= 0).
	JournalSize int `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	// JournalBytes bounds the bytes the journal and the stored
	// transactions each hold (fakekit.DefaultJournalBytes when <= 0).
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where reference ids, generated verify codes and the
	// updated_on times come from: seeded, every run of the same requests
	// gets the same answers; nil is unseeded (random ids, the real clock).
	IDs *fakekit.IDs `json:"-" yaml:"-"`
	// Clock judges the Date of TSA-signed requests (time.Now when nil):
	// the real clock, since hooks sign with the real time even when the
	// answers' times are seeded.
	Clock func() time.Time `json:"-" yaml:"-"`
}

// withDefaults fills in what the zero Config leaves open.
func (c Config) withDefaults() Config {
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	if c.Clock == nil {
		c.Clock = time.Now
	}
	if c.TemplateMaxLength <= 0 {
		c.TemplateMaxLength = defaultTemplateMaxLength
	}
	if c.JournalSize <= 0 {
		c.JournalSize = fakekit.DefaultJournalSize
	}
	if c.JournalBytes <= 0 {
		c.JournalBytes = fakekit.DefaultJournalBytes
	}
	c.Faults = append([]fakekit.Fault(nil), c.Faults...)
	return c
}
