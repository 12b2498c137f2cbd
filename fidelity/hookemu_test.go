package fidelity

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakeauth0"
	"github.com/hookemu/hookemu/fakeesendex"
	"github.com/hookemu/hookemu/fakeinfobip"
	"github.com/hookemu/hookemu/fakesns"
	"github.com/hookemu/hookemu/faketelesign"
	"github.com/hookemu/hookemu/faketwilio"
	"github.com/hookemu/hookemu/fakevonage"
	"github.com/hookemu/hookemu/provider"
)

// graceAfterCallback is how long work left running after cb may go on, on
// both sides, before the requests are compared.
const graceAfterCallback = 500 * time.Millisecond

// newEmulator returns the emulator the hookemu side runs in: hookemu's own,
// with every built-in module, the packages npm ci installed in
// nodeModules (require('lodash@4.17.21') finds the alias lodash-4.17.21
// there, as runner.js does), and a shorter grace after the callback;
// prefer names the packages whose installed copy wins over the shim.
func newEmulator(nodeModules string, prefer ...string) *emulator.Emulator {
	return emulator.New(emulator.Config{Grace: graceAfterCallback, NodeModules: []string{nodeModules}, PreferNodeModules: prefer})
}

// Observation is what a case's code saw, as both sides report it.
type Observation struct {
	Outcome  string          `json:"outcome"`
	Response json.RawMessage `json:"response"`
	Error    *ErrorFields    `json:"error"`
}

// ErrorFields are the fields of the error a case failed with that are
// compared (never the stack: its frames are the runtime's).
type ErrorFields struct {
	Name    string `json:"name"`
	Message string `json:"message"`
	Code    any    `json:"code"`
	Status  any    `json:"status"`
}

// runHookemu runs c in the emulator, its requests routed to the world.
func runHookemu(em *emulator.Emulator, c *Case, w *world, base http.RoundTripper) Observation {
	hook, err := em.Load(c.ID, c.Source)
	if err != nil {
		return Observation{Outcome: "load-error", Error: &ErrorFields{Message: err.Error()}}
	}
	res := em.Run(context.Background(), hook, emulator.Invocation{
		Payload: c.Payload, Secrets: c.Secrets, Timeout: c.Timeout,
		Transport: &toWorld{run: runID(c.ID, sideHookemu), addr: w.addr(), base: base},
	})
	raw, _ := res.Response.(json.RawMessage)
	obs := Observation{Outcome: string(res.Outcome), Response: raw}
	if res.Outcome == emulator.OutcomeTimeout {
		// Node's side cannot tell a time limit from a callback never made.
		obs.Error = &ErrorFields{Name: "Error", Message: "time limit"}
		return obs
	}
	if res.Error != nil {
		obs.Error = &ErrorFields{Name: res.Error.Name, Message: res.Error.Message, Code: res.Error.Code, Status: res.Error.Status}
	}
	return obs
}

// loadKind learns whether c is a Hook or an Action before Node runs it:
// a bare require('axios') gets a different version in each.
func loadKind(em *emulator.Emulator, c *Case) {
	if hook, err := em.Load(c.ID, c.Source); err == nil {
		c.Kind = hook.Kind
	}
}

// toWorld is the hookemu side's transport: requests to the providers and
// fidelity.test go to the loopback server, keeping their Host; any other
// goes where it says (127.0.0.1:1 refuses, as in Node).
type toWorld struct {
	run, addr string
	base      http.RoundTripper
}

func (t *toWorld) RoundTrip(req *http.Request) (*http.Response, error) {
	out := req.Clone(req.Context())
	if _, ok := out.Header["User-Agent"]; !ok {
		out.Header["User-Agent"] = []string{""} // no Go-http-client default: Node adds none
	}
	if routedHost(req.URL.Hostname()) {
		host := req.Host
		if host == "" {
			host = req.URL.Host
		}
		out.Host = strings.TrimSuffix(strings.TrimSuffix(host, ":443"), ":80")
		if (req.URL.Scheme == "https" && strings.HasSuffix(host, ":80")) || (req.URL.Scheme == "http" && strings.HasSuffix(host, ":443")) {
			out.Host = host
		}
		out.URL.Scheme, out.URL.Host = "http", t.addr
		out.Header.Set(runHeader, t.run)
	}
	return t.base.RoundTrip(out)
}

func routedHost(host string) bool {
	host = strings.ToLower(host)
	for _, h := range fake8x8.Hosts() {
		if h == host {
			return true
		}
	}
	return host == testHost || faketwilio.IsHost(host) || provider.MatchesAny(faketelesign.Provider{}.Hosts(), host) ||
		provider.MatchesAny(fakeauth0.Provider{}.Hosts(), host) || provider.MatchesAny(fakeinfobip.Provider{}.Hosts(), host) ||
		provider.MatchesAny(fakeesendex.Provider{}.Hosts(), host) ||
		provider.MatchesAny(fakevonage.Provider{}.Hosts(), host) ||
		provider.MatchesAny(fakesns.Provider{}.Hosts(), host)
}

// baseTransport carries both sides' hookemu requests: no compression and
// no proxy, so the server sees the headers the shim set and nothing more.
func baseTransport() *http.Transport {
	return &http.Transport{DisableCompression: true, MaxIdleConnsPerHost: 32, IdleConnTimeout: 30 * time.Second}
}
