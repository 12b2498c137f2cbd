package fakeserver

import (
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/fake8x8"
	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

// forwardProviders builds the recording proxies of forward mode. The
// fakes are only asked whether a request is valid; they answer nothing.
// Twilio needs two proxies, since one port receives what twilio-node
// sends to two hosts; its paths tell them apart.
func forwardProviders(cfg Config) ([]provider, error) {
	f := cfg.Forward
	transport := f.Transport
	if transport == nil {
		transport = fakekit.NewProxyTransport() // one connection pool for every upstream
	}
	eight, api, verify := f.upstreams()
	checker8x8, checkerTwilio := fake8x8.New(cfg.Fake8x8), faketwilio.New(cfg.FakeTwilio)
	limits := fakekit.Limits{Entries: cfg.MaxMessages, Bytes: cfg.MaxBytes}
	journal8x8, journalTwilio := fakekit.NewBoundedJournal(limits), fakekit.NewBoundedJournal(limits)

	newProxy := func(name string, upstream *url.URL, check fakekit.CheckFunc, journal *fakekit.Journal,
		destination func(string, http.Header, []byte) string, messageID func(int, []byte) string,
	) (*fakekit.Proxy, error) {
		return fakekit.NewProxy(fakekit.ProxyConfig{
			Provider: name, Upstream: upstream, Check: check, NoValidate: f.NoValidate, Transport: transport,
			Journal: journal, Destination: destination, MessageID: messageID,
		})
	}
	proxy8x8, err := newProxy(fake8x8.Name, eight, checker8x8.Check, journal8x8, destination8x8, messageID8x8)
	if err != nil {
		return nil, err
	}
	proxyAPI, err := newProxy(faketwilio.Name, api, checkerTwilio.Check, journalTwilio, destinationTwilio, messageIDTwilio)
	if err != nil {
		return nil, err
	}
	proxyVerify, err := newProxy(faketwilio.Name, verify, checkerTwilio.Check, journalTwilio, destinationTwilio, messageIDTwilio)
	if err != nil {
		return nil, err
	}
	twilio := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isVerifyPath(r.URL.Path) {
			proxyVerify.ServeHTTP(w, r)
			return
		}
		proxyAPI.ServeHTTP(w, r)
	})
	return []provider{
		{name: fake8x8.Name, serves: is8x8Path, handler: proxy8x8, journal: journal8x8, reset: journal8x8.Reset},
		{name: faketwilio.Name, serves: isTwilioPath, handler: twilio, journal: journalTwilio, reset: journalTwilio.Reset},
	}, nil
}
