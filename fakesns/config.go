package fakesns

import (
	"maps"
	"slices"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/internal/sigv4"
)

// Name is this provider's key: journal entries, message ids, the scenario
// key fakesns and the flag --upstream-sns.
const Name = "sns"

// The key pair AWS's documentation uses in its examples, which the fake
// accepts when configured with no credentials, so the documented hook runs
// out of the box. It opens nothing real.
const (
	DemoAccessKeyID     = "AKIAIOSFODNN7EXAMPLE"
	DemoSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

// Credential is one access key the fake accepts.
type Credential struct {
	AccessKeyID     string `json:"access_key_id" yaml:"access_key_id"`
	SecretAccessKey string `json:"secret_access_key" yaml:"secret_access_key"`
	// SessionToken makes the key temporary credentials: every request
	// signed with it must carry this token, as STS's keys must.
	SessionToken string `json:"session_token,omitempty" yaml:"session_token,omitempty"`
}

// Config sets up one fake. The zero Config accepts the demo key pair in
// every region SNS serves.
type Config struct {
	// Credentials are the access keys accepted; a request signed with any
	// other key id is InvalidClientTokenId, with the right id and another
	// secret SignatureDoesNotMatch. Empty: the demo key pair alone.
	Credentials []Credential `json:"credentials,omitempty" yaml:"credentials,omitempty"`
	// AnyKey accepts every access key id and does not recompute signatures
	// (their form, scope and clock are still checked): for real mode,
	// where only the real SNS knows the secret.
	AnyKey bool `json:"any_key,omitempty" yaml:"any_key,omitempty"`
	// Regions are the regions the account uses; a request to or signed for
	// another is refused as SNS refuses a region it does not serve. Empty:
	// every region SNS serves.
	Regions []string `json:"regions,omitempty" yaml:"regions,omitempty"`
	// SMSAttributes are the account's SMS settings before any
	// SetSMSAttributes call (DefaultSMSType, DefaultSenderID, ...).
	SMSAttributes map[string]string `json:"sms_attributes,omitempty" yaml:"sms_attributes,omitempty"`
	// Faults make the fake misbehave for chosen destinations; see the
	// package doc.
	Faults []fakekit.Fault `json:"faults,omitempty" yaml:"faults,omitempty"`
	// JournalSize and JournalBytes bound the journal and the stored
	// messages (fakekit's defaults when <= 0).
	JournalSize  int   `json:"journal_size,omitempty" yaml:"journal_size,omitempty"`
	JournalBytes int64 `json:"journal_bytes,omitempty" yaml:"journal_bytes,omitempty"`
	// IDs is where message and request ids come from: seeded, the same
	// requests get the same ids on every run; nil is random ids.
	IDs *fakekit.IDs `json:"-" yaml:"-"`
	// Clock judges the signatures' times; time.Now when nil. It is never
	// the seeded clock of IDs: an SDK signs with the real time.
	Clock func() time.Time `json:"-" yaml:"-"`
}

// withDefaults copies what the caller could change later and fills in
// what the zero Config leaves open.
func (c Config) withDefaults() Config {
	c.Credentials = slices.Clone(c.Credentials)
	if len(c.Credentials) == 0 {
		c.Credentials = []Credential{{AccessKeyID: DemoAccessKeyID, SecretAccessKey: DemoSecretAccessKey}}
	}
	c.Regions = slices.Clone(c.Regions)
	if len(c.Regions) == 0 {
		c.Regions = slices.Clone(knownRegions)
	}
	c.SMSAttributes = maps.Clone(c.SMSAttributes)
	c.Faults = slices.Clone(c.Faults)
	if c.IDs == nil {
		c.IDs = fakekit.NewIDs(Name, "")
	}
	if c.Clock == nil {
		c.Clock = time.Now
	}
	return c
}

// lookup finds an accepted key.
func (c Config) lookup(accessKeyID string) (sigv4.Credentials, bool) {
	for _, cred := range c.Credentials {
		if cred.AccessKeyID == accessKeyID {
			return sigv4.Credentials{
				AccessKeyID: cred.AccessKeyID, SecretAccessKey: cred.SecretAccessKey, SessionToken: cred.SessionToken,
			}, true
		}
	}
	return sigv4.Credentials{}, false
}

func (c Config) servesRegion(region string) bool { return slices.Contains(c.Regions, region) }
