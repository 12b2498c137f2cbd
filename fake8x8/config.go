package fake8x8

import (
	"time"

	"github.com/hookemu/hookemu/fakekit"
)

// Name is the provider's key: in journal entries, message ids, the
// scenario key fake8x8 and the flag --upstream-8x8.
const Name = "8x8"

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
	// IDs is where umids, batch and error ids and the timestamps answers
	// show come from: seeded, every run of the same requests gets the same
	// answers; nil is unseeded IDs (random ids, the real clock).
	IDs *fakekit.IDs `json:"-" yaml:"-"`
	// Now and NewID replace the clock and the UUID source, so tests get
	// fixed timestamps and ids. NewID should return UUIDs, as 8x8 does: GET
	// and DELETE refuse umids that are not. Without Now, schedules and
	// expiries are judged by the real clock, even when IDs is seeded.
	Now   func() time.Time `json:"-" yaml:"-"`
	NewID func() string    `json:"-" yaml:"-"`
}

// withDefaults fills in what the zero Config leaves open, and returns
// the clock of the timestamps answers show.
func (c Config) withDefaults() (Config, func() time.Time) {
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	shown := c.IDs.Now
	if c.Now == nil {
		c.Now = time.Now
	} else {
		shown = c.Now
	}
	if c.NewID == nil {
		c.NewID = c.IDs.UUID
	}
	if c.JournalSize <= 0 {
		c.JournalSize = fakekit.DefaultJournalSize
	}
	if c.JournalBytes <= 0 {
		c.JournalBytes = fakekit.DefaultJournalBytes
	}
	c.SubAccounts = append([]string(nil), c.SubAccounts...)
	return c, shown
}
