// Package twilio emulates the twilio npm package (twilio-node 3.29 to 6.x)
// for hook code: require('twilio')(accountSid, authToken, opts) and
// new require('twilio').Twilio(...), with the resources send-phone-message
// hooks and Actions use:
//
//	client.messages.create(opts, cb?)         POST /2010-04-01/Accounts/{sid}/Messages.json
//	client.messages(sid).fetch(cb?)           GET  .../Messages/{sid}.json
//	client.calls.create(opts, cb?)            POST .../Calls.json (twiml, url, timeout, ...)
//	client.calls(sid).fetch(cb?)              GET  .../Calls/{sid}.json
//	client.api.v2010.account.messages, client.api.v2010.accounts(sid).calls, ...
//	client.verify.services(sid).verifications.create(opts, cb?)
//	client.verify.v2.services(sid).verifications.create(...)   (v1 before 3.30)
//	client.verify.v2.services(sid).verifications(sid).fetch(cb?)
//	client.request({method, uri, data, headers})
//	twilio.twiml.VoiceResponse / MessagingResponse (TwiML documents)
//
// Behaviour follows the release the hook requires (require('twilio@3.84.1');
// hooks get 3.84.1 and Actions 5.13.1 by default): the parameter table of
// each create() (camelCase option to PascalCase form key, serializer and
// order, from resources.json), the synchronous throws for missing required
// parameters and credentials with the release's exact messages, the
// request (method, URL with region and edge, User-Agent and the other
// headers, a form-urlencoded or, before 3.41.1, multipart body, Basic
// auth, 30 s timeout), the resolved instances (camelCase fields, Date
// objects as the release's date parser makes them), RestException and the
// network errors of the release's HTTP library, Q promises (3.x) or native
// ones, and node-style callbacks. features.go lists what changed when.
//
// The surface is JavaScript (twilio.js, twiml.js), because it is made of
// JavaScript semantics; HTTP goes through the Host's transport in send.go.
//
// Threading contract: Load and everything the scripts call run on the
// invocation's JS goroutine; only the HTTP exchange and the retry backoff
// run elsewhere, and they come back through Host.RegisterCallback.
package twilio

import (
	"cmp"
	_ "embed"
	"time"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name is what hooks pass to require.
const Name = "twilio"

// Defaults for a require without a version. Hooks get 3.84.1, the last
// 3.x: Hooks ran on Webtask's Node 12, and 4.0 and later require Node 14,
// so the newest release a Hook could run is the last 3.x, and 3.x is
// what hook code from the docs and the forums was written against (Q
// promises, opts['to'] messages). Actions get the newest 5.x: 6.0 requires
// Node 20, newer than the Node 18 the emulator reports for Actions.
const (
	HookDefault   = "3.84.1"
	ActionDefault = "5.13.1"
)

//go:embed twilio.js
var source string

var script = modules.NewScript("twilio.js", source)

// Module describes twilio for the emulator's registry. Versions are every
// release published to npm from 3.29.0 on, except 4.6.0 (an npm upload
// of an early 3.x-era build under a 4.x number, which nobody can mean) and
// the ones Node cannot require at all.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      versions(),
		HookDefault:   HookDefault,
		ActionDefault: ActionDefault,
		Load:          Config{}.load,
	}
}

// Config is what a twilio module is built with.
type Config struct {
	// RequestTimeout is RequestClient's default time limit for a request:
	// zero means every release's DEFAULT_TIMEOUT, 30 s. Tests shorten it
	// to see time-outs without waiting.
	RequestTimeout time.Duration
}

// ModuleWith is Module built with cfg.
func ModuleWith(cfg Config) modules.Module {
	m := Module()
	m.Load = cfg.load
	return m
}

// defaultRequestTimeout is RequestClient's DEFAULT_TIMEOUT in every release.
const defaultRequestTimeout = 30 * time.Second

// unrequirable are releases on npm that fail to load in Node: a hook that
// pins one gets the emulator's "not emulated" error rather than a shim of
// code that never ran.
var unrequirable = map[string]string{
	"5.11.0": "its npm package has no lib/ directory: require fails with Cannot find module './lib'",
}

func versions() []string {
	all := catalogVersions()
	out := make([]string, 0, len(all))
	for _, v := range all {
		if _, broken := unrequirable[v]; !broken {
			out = append(out, v)
		}
	}
	return out
}

func (c Config) load(h modules.Host, version string) (goja.Value, error) {
	v, err := modules.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	timeout := cmp.Or(c.RequestTimeout, defaultRequestTimeout)
	return script.Call(h.Runtime(), nativeBindings(h, version, featuresOf(v), timeout))
}
