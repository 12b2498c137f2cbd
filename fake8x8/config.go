package fake8x8

import (
	"crypto/rand"
	"fmt"
	"time"

	"github.com/hookemu/hookemu/fakekit"
)

// Provider names this fake in journal entries.
const Provider = "8x8"

// DefaultHost is the host of 8x8's default (Asia-Pacific) region, the one
// the 8x8 Auth0 integration guide uses.
const DefaultHost = "sms.8x8.com"

// Hosts returns the hosts of every 8x8 SMS region; each serves the same
// paths, so a harness routes all of them to one fake. It returns a new slice
// on every call, so no caller can change another's list.
func Hosts() []string {
	return []string{DefaultHost, "sms.us.8x8.com", "sms.8x8.uk", "sms.8x8.id"}
}

// Config sets up one fake. The zero Config is a permissive account: any
// non-empty Bearer key and any well-formed subaccount id are accepted.
type Config struct {
	// APIKey, when set, is the only Bearer key accepted.
	APIKey string `json:"apikey,omitempty" yaml:"apikey,omitempty"`
	// SubAccounts, when set, lists the subaccount ids the key may use;
	// others get 400 code 1001.
	SubAccounts []string `json:"subaccounts,omitempty" yaml:"subaccounts,omitempty"`
	// Faults make the fake misbehave for chosen destinations.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize bounds both the journal and the stored messages
	// (fakekit.DefaultJournalSize when <= 0).
	JournalSize int `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	// JournalBytes bounds the bytes the journal and the stored messages
	// each hold (fakekit.DefaultJournalBytes when <= 0).
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// Now and NewID replace the clock and the UUID source, so tests get
	// deterministic timestamps and ids. NewID should return UUIDs, as 8x8
	// does: GET and DELETE refuse umids that are not.
	Now   func() time.Time `json:"-" yaml:"-"`
	NewID func() string    `json:"-" yaml:"-"`
}

// withDefaults fills in what the zero Config leaves open.
func (c Config) withDefaults() Config {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.NewID == nil {
		c.NewID = newUUID
	}
	if c.JournalSize <= 0 {
		c.JournalSize = fakekit.DefaultJournalSize
	}
	if c.JournalBytes <= 0 {
		c.JournalBytes = fakekit.DefaultJournalBytes
	}
	c.SubAccounts = append([]string(nil), c.SubAccounts...)
	return c
}

// newUUID returns a random (version 4) UUID, the shape of 8x8's umids,
// batch ids and error ids.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
