package fakeserver

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
	"github.com/hookemu/hookemu/stubs"
)

// Config sets up a Server. The zero Config serves both fakes with their
// permissive defaults, keeps fakekit.DefaultJournalSize requests per
// provider and logs nothing.
type Config struct {
	// MaxMessages bounds each provider's journal and stored messages
	// (fakekit.DefaultJournalSize when <= 0), so a server left running
	// under load holds at most that many requests per provider.
	MaxMessages int
	// MaxBytes bounds the bytes each provider's journal and stored
	// messages hold (fakekit.DefaultJournalBytes when <= 0), dropping the
	// oldest: a count alone lets a few large requests take gigabytes.
	MaxBytes int64
	// MaxWaiters bounds the long polls waiting at once
	// (DefaultMaxWaiters when <= 0); one more is answered 429.
	MaxWaiters int
	// ProbabilityFaults allows faults with a Probability. They make a
	// test fail at random, so they must be asked for (serve --faults).
	ProbabilityFaults bool
	// Providers configure the fakes' accounts and first faults, by
	// provider name (values the provider's NewConfig returns); one left
	// out gets its permissive defaults. Their journal bounds are
	// MaxMessages and MaxBytes.
	Providers providers.Configs
	// Forward, when set, sends provider requests to the real APIs through
	// a recording proxy instead of answering them with the fakes.
	Forward *Forward
	// Logger gets one record per request; nil logs nothing.
	Logger *slog.Logger
	// Secrets (name -> value) are shown as <secret:NAME> in every
	// encoding harness.Redactor knows, in everything the REST API answers
	// and Logger logs: a Twilio account SID in a path, a key echoed in a
	// body. Credentials recognised by where they stand (credential
	// headers, password-like fields) are hidden without being listed.
	Secrets map[string]string
	// Stubs answer requests whose Host they name, before any fake; nil
	// starts with none (the REST API adds them).
	Stubs *stubs.Set
	// ShutdownTimeout bounds how long Serve waits for requests in flight
	// once its context ends (5 s when <= 0).
	ShutdownTimeout time.Duration
	// UI serves the pages: GET /, /run and /messages/{id}, and the
	// assets under /_hookemu/ui/ (package webui, which `hookemu serve`
	// mounts); nil answers them 404.
	UI http.Handler
	// Runner builds the handler of the runner's endpoints under
	// /_hookemu/api/v1/ (POST run, check, migrate and diff, and GET
	// hooks) from the server's own fakes (nil when forwarding), so that
	// what a run sends shows in the API (package webui's Runner); nil
	// answers them 404. The server refuses the POSTs with 403 when Public
	// is set and AllowRunner is not.
	Runner func(RunnerEnv) http.Handler
	// Public says the server listens where other machines reach it
	// (serve --public): its runner then stays off unless AllowRunner.
	Public bool
	// AllowRunner lets a Public server run code (serve --allow-runner).
	AllowRunner bool
	// Hosts are the names, besides loopback ones and the address a
	// connection comes in on, that the pages and API answer to in the Host
	// header (serve --host); any other name is refused with 421, so a
	// site that points its own name at this machine (DNS rebinding)
	// cannot read or change anything.
	Hosts []string
	// Connections holds the timeouts and the header budget of Serve, so a
	// client that connects and then sends slowly, or not at all, cannot
	// pin a connection; the zero value takes the defaults.
	Connections Connections
}

// Connections bounds what one client connection may hold on to. Each
// field takes its default when <= 0.
type Connections struct {
	// ReadHeaderTimeout bounds reading a request's headers (10 s).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a request's body, from its first byte to
	// its last (30 s). Long polls send no body, so it never ends them.
	ReadTimeout time.Duration
	// IdleTimeout closes a kept-alive connection with no request (60 s).
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds a request's headers and request line (32 KiB,
	// twice what Node accepts); more is refused with 431.
	MaxHeaderBytes int
}

// Defaults of Connections: generous for any real client, short enough
// that a trickling one is dropped within a minute.
const (
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	DefaultMaxHeaderBytes    = 32 << 10
)

func (c Connections) withDefaults() Connections {
	if c.ReadHeaderTimeout <= 0 {
		c.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if c.ReadTimeout <= 0 {
		c.ReadTimeout = DefaultReadTimeout
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.MaxHeaderBytes <= 0 {
		c.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	return c
}

// Forward makes the server the recording proxy of real mode: each request
// is checked by the fake, and only if the fake would take it, sent on.
type Forward struct {
	// Upstreams are where each provider's requests go, by provider name
	// (https://sms.us.8x8.com picks 8x8's US region). A provider left
	// out sends each request to its real base URL for the request's path
	// (provider.Provider.Upstream): Twilio's Messages and Calls to
	// https://api.twilio.com and Verify to https://verify.twilio.com, as
	// twilio-node sends them.
	Upstreams map[string]*url.URL
	// NoValidate forwards even what the fakes would reject.
	NoValidate bool
	// Transport reaches the upstreams (fakekit.NewProxyTransport when nil).
	Transport http.RoundTripper
}

const defaultShutdownTimeout = 5 * time.Second

// DefaultMaxWaiters is how many long polls may wait at once unless
// Config.MaxWaiters says otherwise: far more than a test suite runs in
// parallel, few enough that each new message wakes a bounded crowd.
const DefaultMaxWaiters = 256

// upstream is where forward mode sends a request for path to p.
func (f *Forward) upstream(p provider.Provider, path string) *url.URL {
	for name, u := range f.Upstreams {
		if q, ok := providers.Lookup(name); ok && q.Name() == p.Name() && u != nil {
			return u
		}
	}
	return p.Upstream(path)
}

// BaseURLs lists the base URLs forward mode reaches, provider by
// provider, so a command can tell its user before any message is sent.
func (f *Forward) BaseURLs() []string {
	var out []string
	for _, p := range providers.All() {
		for _, path := range append([]string{"/"}, p.Paths()...) {
			if u := f.upstream(p, path); u != nil && !slices.Contains(out, u.String()) {
				out = append(out, u.String())
			}
		}
	}
	return out
}

// withDefaults fills what the zero Config leaves open and refuses what
// contradicts itself.
func (c Config) withDefaults() (Config, error) {
	if c.MaxMessages <= 0 {
		c.MaxMessages = fakekit.DefaultJournalSize
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = fakekit.DefaultJournalBytes
	}
	if c.MaxWaiters <= 0 {
		c.MaxWaiters = DefaultMaxWaiters
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = defaultShutdownTimeout
	}
	c.Connections = c.Connections.withDefaults()
	for name, cfg := range c.Providers {
		p, err := providers.Find(name)
		if err != nil {
			return c, err
		}
		if err := checkFaults(p.Name(), providers.FaultsOf(cfg), c.ProbabilityFaults); err != nil {
			return c, err
		}
	}
	if c.Forward != nil {
		for name := range c.Forward.Upstreams {
			if _, err := providers.Find(name); err != nil {
				return c, fmt.Errorf("an upstream for %w", err)
			}
		}
	}
	return c, nil
}

// checkFaults refuses faults the server was not told to allow.
func checkFaults(provider string, faults []fakekit.Fault, probability bool) error {
	for i, f := range faults {
		if f.Probability != 0 && !probability {
			return fmt.Errorf("%s fault %d has a probability, and random faults are off: %s", provider, i+1, probabilityHint)
		}
		if f.Probability < 0 || f.Probability > 1 {
			return fmt.Errorf("%s fault %d has probability %v; give a share between 0 and 1, such as 0.25", provider, i+1, f.Probability)
		}
	}
	return nil
}

// probabilityHint says how to switch random faults on, and why they are off.
const probabilityHint = "they make tests fail at random, so they are only accepted " +
	"when the server was started with --faults (Config.ProbabilityFaults)"

// RunnerEnv is what the server lends its runner (Config.Runner).
type RunnerEnv struct {
	// Fakes are the server's own fakes (nil when forwarding): what a run
	// sends to them shows in the API and on the event stream.
	Fakes *providers.Set
	// MaskSecrets must be given a run's secrets before it sends to Fakes,
	// so that the API shows them masked (Server.MaskSecrets).
	MaskSecrets func(map[string]string) error
}
