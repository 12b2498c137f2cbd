// Package fake8x8 is a fake of the 8x8 SMS API (https://sms.8x8.com/api/v1)
// that checks every request the way the real API does, so that a
// send-phone-message hook can be run and tested offline and still fail
// where it would fail in production.
//
// A Server is an http.Handler. Serve it from httptest, or route the hook's
// HTTP to it in-process for any of the region hosts listed by Hosts:
//
//	fake := fake8x8.New(fake8x8.Config{APIKey: "key", SubAccounts: []string{"acme"}})
//	srv := httptest.NewServer(fake)
//	// ... run the hook against srv.URL ...
//	msgs := fake.Messages() // what 8x8 would have sent
//
// # Endpoints
//
// All under /api/v1, with "Authorization: Bearer <key>":
//
//	POST   /subaccounts/{subAccountId}/messages              send one SMS
//	POST   /subaccounts/{subAccountId}/messages/batch        send up to 10,000
//	GET    /subaccounts/{subAccountId}/messages/{umid}       message details
//	DELETE /subaccounts/{subAccountId}/messages/{umid}       cancel a scheduled SMS
//	DELETE /subaccounts/{subAccountId}/messages/batch/{id}   cancel a scheduled batch
//	GET    /accounts/{accountId}/balance                     account balance
//
// Any other path is 404 code 1300, another method 405; every answer,
// errors included, is JSON with Content-Type application/json;
// charset=utf-8, and every error has 8x8's body
// {"code","message","errorId","timestamp"}.
//
// # Checks, in order
//
// The first failing check answers:
//
//   - route: 404 code 1300, or 405 with Allow for another method;
//   - Bearer key: 401 code 1200 when missing, not Bearer, empty, "undefined"
//     or "null" (what a hook sends when the secret is missing), or not
//     Config.APIKey when that is set;
//   - subAccountId: 400 code 1000 unless ^[A-Za-z0-9\-._&]{3,50}$, 400 code
//     1001 when not in Config.SubAccounts, and always for "undefined" and
//     "null";
//   - faults (below);
//   - body: 400 code 1000 unless a JSON object, sent with a JSON
//     Content-Type or none; 413 code 1000 beyond 64 KiB (16 MiB for a
//     batch), sizes this fake chooses, refused unread and not journaled;
//   - country: 1000 unless an ISO 3166-1 alpha-2 region;
//   - destination: 1002 unless E.164 with an optional "+", or a national
//     number with country; +1 numbers must also fit the North American
//     plan, as 8x8's own example rejects +1123456789;
//   - text: 3005 when missing or empty, 1004 when not a string;
//   - encoding: 1003 unless AUTO, GSM7 or UCS2 (any case);
//   - source: 1005 beyond 11 characters, or 16 digits when numeric;
//   - clientMessageId: 3009 beyond 50 characters;
//   - scheduled: 1011 unless ISO 8601 and at most 7 days ahead;
//   - expiry: 1006 unless ISO 8601, still ahead and after scheduled;
//   - dlrCallbackUrl, clientIp, track (None or Outcome): 1000.
//
// A text beyond MaxSegments parts is accepted with Segments capped and
// Truncated set, because 8x8 truncates it and still sends it. Fields must
// be JSON strings: the fake does not coerce a number to a string, so a hook
// that relies on that is told.
//
// A batch fails as a whole only for what is wrong with the batch (body,
// clientBatchId, no recipients, more than MaxBatchSize: code 1100); a wrong
// message becomes a REJECTED item whose description is the error's message.
// The template fills what a message leaves out, messages win over
// destinations, and a message without clientMessageId gets
// "<clientBatchId>/<destination>", all as in 8x8's documentation.
//
// GET and DELETE of a message or batch answer 400 "Invalid umid." for an id
// that is not a UUID and 404 code 1300 for one this fake did not issue to
// that subaccount. Details show the body as "**MASKED**" and the number
// with its last four digits hidden; the fake delivers nothing, so a message
// stays "queued". Each segment costs 0.0075 USD of a 100 USD balance.
//
// # Faults
//
// Config.Faults (or SetFaults) picks misbehaviour by destination, "*" for
// every send. After authentication and before the message is validated,
// the first fault matching a request's destination (any of a batch's)
// waits its Delay, giving up when the client does (journaled as 499), and
// then, if it has a Status or Code, answers the matching 8x8 error: 401 code
// 1200, 403 1201, 404 1300, 429 code 429 with Retry-After: 1, other 4xx
// 1000, 5xx 2000. Fault.Code and Fault.Message override. A fault with only a
// Delay then proceeds normally. Faults apply to sends only.
//
// # What is recorded
//
// Journal holds every request with the answer given (bounded by
// Config.JournalSize entries and Config.JournalBytes, provider "8x8");
// Messages holds the accepted messages (bounded alike)
// with their resolved encoding and segment count. Reset clears both.
// Check runs the same checks as ServeHTTP without faults, journal or
// storage, for a proxy that must not forward a request 8x8 would refuse.
package fake8x8
