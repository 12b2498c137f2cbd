// Package fakeserver serves every registered provider's fake (package
// providers) on one port, with a REST API over what they received, for
// programs in any language whose tests point their SMS backend at it
// instead of sms.8x8.com or api.twilio.com. It is what `hookemu serve` runs; a Go test can use it
// directly:
//
//	srv, err := fakeserver.New(fakeserver.Config{})
//	ts := httptest.NewServer(srv)
//	// point the backend at ts.URL, run it, then:
//	_ = srv.Wait(ctx, fakeserver.Filter{Provider: "8x8"}, 1)
//	msgs, _ := srv.Messages(fakeserver.Filter{}, 10)
//
// # Provider paths
//
// The providers' paths do not collide (the registry's tests see to it),
// so every fake shares the port. A request reaches, in this order:
//
//	/NAME/...                 the provider called NAME, which sees the path without /NAME
//	                          (/8x8/api/v1/..., /sns/ for a provider whose API posts to /)
//	Host: one of its hosts    that provider (a client that reaches the server as sms.8x8.com)
//	one of its Paths          that provider: /api/v1/... is 8x8's, /2010-04-01/...,
//	                          /v2/Services/... and /v1/Services/... Twilio's
//
// Any other path outside /_hookemu/ answers 404 with {"error": "..."}
// listing what is served (`hookemu help providers` lists it too).
//
// With Config.Forward the server is the recording proxy of real mode
// instead: each request is checked by the fake and, unless the fake would
// reject it (answered with the fake's error, header X-Hookemu-Not-Forwarded,
// and never sent) or Forward.NoValidate is set, sent unchanged to the real
// provider, whose answer comes back unchanged. An upstream that gives no
// answer is 502 (504 after a timeout) with {"error": "..."}.
//
// # REST API
//
// Everything the server says about itself is JSON; every error is
// {"error": "..."} with a sentence saying what to do.
//
//	GET    /_hookemu/readyz                        200 {"status":"ok"} once serving
//	GET    /_hookemu/api/v1/messages               list, newest first
//	GET    /_hookemu/api/v1/messages/{id}          one message, or 404
//	GET    /_hookemu/api/v1/messages/latest        the newest one the filters pick, or 404
//	DELETE /_hookemu/api/v1/messages               forget everything received (204); faults stay
//	GET    /_hookemu/api/v1/wait?count=N           long poll until the filters pick N messages
//	GET    /_hookemu/api/v1/faults                 {"8x8": [...], "twilio": [...], ...} every provider
//	PUT    /_hookemu/api/v1/faults                 replace all faults (a provider left out gets none)
//	DELETE /_hookemu/api/v1/faults                 clear all faults (204)
//	GET|PUT|DELETE /_hookemu/api/v1/faults/{provider}   the same for one provider, with a bare list
//	GET|POST|DELETE /_hookemu/api/v1/stubs         stubs for hosts no fake knows (package stubs):
//	                                               list, add (?host= binds those naming none), remove all
//	GET|DELETE /_hookemu/api/v1/stubs/{id}         one stub, or remove it
//	GET|DELETE /_hookemu/api/v1/stubs/requests     what stubbed hosts received, newest first, masked
//	                                               as messages are, with host and the stub that answered
//
//	GET    /_hookemu/api/v1/events                 Server-Sent Events of what happens (below)
//	GET    /_hookemu/api/v1/session                {"token": "...", "runner": true|false, "runtimes": ["node12", ...]}
//	                                               for the pages (runtimes: what the runner's "runtime" may name)
//	GET    /_hookemu/api/v1/hooks                  the runner's embedded hooks and Actions (Config.Runner)
//	POST   /_hookemu/api/v1/run|check|migrate|diff the runner (Config.Runner; webui.Runner's doc lists what each takes)
//
// A request whose Host a stub names is answered by the stubs, before any
// provider's path, with the near-miss report (404) when none matches.
//
// List, latest and wait take the same filters:
//
//	provider=NAME          one provider only (8x8, twilio, ...)
//	destination=NUMBER     the recipient, compared by digits (+65 1234-5678 = 6512345678)
//	accepted=true|false    only what the provider took, or refused
//	text=WORDS             the text contains WORDS, ignoring case (as shown: secrets masked)
//
// List and wait page through what the filters pick:
//
//	limit=N     at most N messages in the answer (default 50, at most 1000; wait: at least count)
//	before=C    only messages older than cursor C: the next page
//	after=C     only messages newer than cursor C, the N right after it
//
// A cursor is a message's "seq", which orders every provider's messages
// in the order the server received them and is never reused, not even
// after DELETE. List and wait answer
//
//	{"total": T, "count": C, "messages": [...], "before": 17, "after": 42}
//
// newest first, T being how many the filters and cursors pick and C how
// many are shown. "before" is the cursor of the next page of older
// messages, absent when there is none; "after" is the cursor of what
// arrives next (newer than everything shown, and than everything received
// when the answer reaches the newest message). A page also ends early
// once its messages hold about 4 MiB, with "before" to go on. To read
// every message: list, then list with before= until "before" is absent.
// To follow new ones: keep "after" and ask again with after=.
//
// Wait takes count=N (default 1), timeout=D (a duration such as 5s or
// 500ms, or whole seconds; default 10s, at most 5m) and after=C. It
// answers as soon as the filters pick N messages (newer than C, when
// given: the answer then holds only those), without polling, and 408
// with the same fields plus "error" when the timeout passes first, so
// tests never sleep. A message counts once it arrived, even if the
// journal has dropped it since. A count the journals can never hold is
// 400 at once. At most Config.MaxWaiters waits (256 by default) are held
// at once; one more is answered 429 with Retry-After: 1. Tests typically
// DELETE messages, act, then wait; or read "after" from GET
// messages?limit=1, act, then wait?after=.
//
// # Events
//
// GET events is a Server-Sent Events stream (text/event-stream, as a
// browser's EventSource reads it) that starts with the comment line
// ": connected" once the client is subscribed; everything after it is told:
//
//	event: message    data: the message, exactly as GET messages/{id} shows it
//	event: deleted    data: {}   (DELETE messages, or Server.Reset)
//	event: faults     data: the faults now in force, as GET faults shows them
//
// A comment line ": heartbeat" comes every 15 s when nothing happens. The
// fakes never wait for a client: each client has room for 256 events, and
// one that falls further behind (or takes over 10 s to take one write) is
// disconnected; EventSource reconnects by itself (retry: 2000), and a page
// catches up with GET messages?after=. Streams end when the server shuts
// down.
//
// # Pages and safety
//
// With Config.UI set (`hookemu serve` sets it to package webui's pages),
// GET /, /run and /messages/{id} and the assets under /_hookemu/ui/ are
// the web inbox and runner; without it, / is a 404 as any unknown path.
// A provider's path, or a Host naming one of its hosts, still reaches the
// provider first.
//
// The pages, GET session, and every request under /_hookemu/ that a
// browser sends (it carries Origin or Sec-Fetch-*) answer only when the
// Host header names this server: localhost, a loopback IP, the address
// the connection came in on, or a name in Config.Hosts (`--host NAME`),
// with any port; another name is 421 {"error": ...}. A site that makes
// its own name resolve to this machine (DNS rebinding) is refused so.
// Programs send no such header and reach the API by any name (a backend
// in docker compose calling it "hookemu:8025").
//
// A request that changes state under /_hookemu/ or on the pages (any
// method but GET, HEAD and OPTIONS) and comes from a browser (it carries
// Origin or Sec-Fetch-Site) must be same-origin (Sec-Fetch-Site
// same-origin or none, Origin naming the Host asked) and carry header
// X-Hookemu-Token with the token GET session gives, which only a page
// served here can read; otherwise 403 {"error": ...}. Programs, which send
// neither header (curl, test suites), need no token and work as before.
// Provider paths are never checked: a fake takes what its provider would.
//
// The runner's POSTs run code, so a server started with Config.Public
// (`--public`) refuses them with 403 unless Config.AllowRunner
// (`--allow-runner`); GET session's "runner" says whether they are on.
//
// # Messages
//
// Every request a provider received is a message, accepted or not, with
// the answer it got (see Message). provider, destination, text, code (the
// one-time code found in the text), status and accepted mean the same
// for every provider, read by the provider's Describe and Answer;
// encoding (GSM7 or UCS2) and segments say how the text travels as an
// SMS, counted as carriers count it:
//
//	{
//	  "id": "8x8-1", "seq": 1, "provider": "8x8", "time": "2025-01-02T03:04:05.123Z",
//	  "method": "POST", "path": "/api/v1/subaccounts/acme/messages",
//	  "headers": {"Authorization": "Bearer <redacted>", "Content-Type": "application/json"},
//	  "destination": "+6512345678", "text": "Your code is 123456", "code": "123456",
//	  "encoding": "GSM7", "segments": 1,
//	  "status": 200, "accepted": true,
//	  "message_id": "bda3d56d-1424-e711-813c-06ed3428fe67",
//	  "request": {"destination": "+6512345678", "text": "Your code is 123456"},
//	  "response": {"umid": "bda3d56d-...", "status": {"code": "QUEUED", ...}, ...}
//	}
//
// A Twilio call has "spoken", what its TwiML would say ("Your code is 1,
// 2, 3, 4, 5, 6. [pause]"), and "code" the code said, even digit by digit.
// A Twilio message has "form": {"To": "+15551234567", "From": "...",
// "Body": "..."} (a list where a field repeats) instead of "request"; a body
// neither JSON nor a form is "request_text". Forward mode adds "forwarded",
// "upstream" and, when no answer came, "error" with status 0. IDs are the
// provider and the request's number at it ("twilio-3"), never reused, not
// even after DELETE.
//
// Credentials are never shown: Authorization, Proxy-Authorization and
// X-Api-Key keep their scheme only ("Bearer <redacted>"), Cookie its
// cookies' names, and password-like fields (password, api_secret,
// api_key, client_secret, auth_token, access_token, secret) in a form, a
// JSON body or the query are "<redacted>", and the credentials the
// provider's Describe finds in a request (an 8x8 key, a Twilio auth
// token) are <secret:NAME-credential> wherever they appear. The values of
// Config.Secrets
// (`hookemu serve --secret`, `--secrets-file`) are shown as
// <secret:NAME> wherever and however encoded they appear (see
// harness.Redactor), in the API and in the request log. So are the
// secrets given later through Server.MaskSecrets: the runner's, before a
// run sends to the server's fakes with them.
//
// # Faults
//
// A fault makes a fake misbehave for one destination ("*" for all), as in
// package fakekit, written as
//
//	{"destination": "+6512345678", "status": 500, "code": 2000, "message": "...", "delay": "2s", "probability": 0.5}
//
// Destination and one of status (400 to 599), code or delay are required.
// Faults are deterministic; a probability (0 to 1) is accepted only when
// the server was started with ProbabilityFaults (`hookemu serve --faults`),
// else 400 says so, because random failures must be asked for. A PUT with
// any wrong fault changes nothing. When forwarding, setting a fault is 409:
// the real provider answers.
//
// # Bounds
//
// Each provider keeps its newest Config.MaxMessages requests (10,000 by
// default, `--max-messages`) within Config.MaxBytes (64 MiB by default,
// `--max-bytes`), and its accepted messages within the same bounds,
// dropping the oldest, so a server left running under load stays bounded.
// Request bodies larger than the fake accepts (64 KiB, 16 MiB for an 8x8
// batch) are answered 413 with the provider's error without being read,
// and not journaled. A DELETE of many megabytes hands the memory back to
// the system at once.
//
// Serve closes connections that hold on without sending: headers must
// arrive within Connections.ReadHeaderTimeout (10 s), a body within
// ReadTimeout (30 s; long polls send none), and an idle kept-alive
// connection is closed after IdleTimeout (60 s). Headers beyond
// MaxHeaderBytes (32 KiB) are refused with 431 before any handler runs.
//
// A Server holds no package state: construct as many as you like, each is
// safe for concurrent use. Serve runs one until its context ends and shuts
// it down cleanly.
package fakeserver
