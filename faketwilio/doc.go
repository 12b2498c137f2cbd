// Package faketwilio is a fake of the parts of Twilio's REST API that Auth0
// send-phone-message hooks use: Programmable Messaging, voice calls with
// TwiML, and Verify. It checks every request the way Twilio does and answers
// with Twilio's status codes and JSON bodies, so a hook that works against it
// works against Twilio, and a hook that Twilio would reject fails here with
// the same code and message.
//
// # Using it
//
// A Server is an http.Handler built from a Config; it holds no package state,
// so any number of them can run side by side in parallel tests:
//
//	srv := faketwilio.New(faketwilio.Config{
//		AccountSID: "AC00000000000000000000000000000001",
//		AuthToken:  "secret",
//		Numbers:    []string{"+15005550006"},
//	})
//	ts := httptest.NewServer(srv)
//
// Paths do not depend on the host: route api.twilio.com, verify.twilio.com
// and their region and edge variants (see IsHost) to the same Server.
//
// # Endpoints
//
//	POST /2010-04-01/Accounts/{AccountSid}/Messages.json       send an SMS
//	GET  /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json read one back
//	POST /2010-04-01/Accounts/{AccountSid}/Calls.json          place a call
//	GET  /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json    read one back
//	POST /v2/Services/{ServiceSid}/Verifications               Verify v2
//	POST /v1/Services/{ServiceSid}/Verifications               Verify v1 (twilio-node before 3.30)
//
// Any other path answers 404 with code 20404, a known path with the wrong
// method 405 with code 20004.
//
// # Authentication
//
// Every endpoint wants HTTP Basic credentials AccountSid:AuthToken. With a
// zero Config any username starting with "AC" and any non-empty password is
// accepted, except the literal passwords "undefined" and "null", which only a
// hook that lost its secret sends. Configured AccountSID and AuthToken must
// match exactly. The account in a 2010-04-01 path must be the authenticated
// one. Every failure answers 401, code 20003, message "Authenticate", as
// Twilio does for wrong credentials.
//
// # Bodies
//
// Parameters come as application/x-www-form-urlencoded or, as twilio-node
// before 3.43 sent them, multipart/form-data. Keys are PascalCase and
// case-sensitive: a lowercase "to" is an unknown key, and unknown keys are
// ignored, so such a request is missing To. A body of any other content
// type (JSON, say) carries no parameters at all, as on Twilio. A body that
// does not parse as its Content-Type says answers 400 code 20400 (chosen by
// this fake, see Faults), one over 64 KiB 413 code 20413, Twilio's
// "Request Entity Too Large" (the size is this fake's choice), without
// the body being read or journaled.
//
// # Rules and error codes
//
// Messages (a message sent through a Messaging Service without From is
// answered with status "accepted" and a null from, as Twilio does):
//
//	21604 400 To missing
//	21211 400 To not +E.164 (an optional "whatsapp:" prefix is allowed), or the test number +15005550001
//	21603 400 neither From nor MessagingServiceSid
//	21606 400 From not among Config.Numbers (when set; +15005550006 is always valid)
//	21602 400 neither Body nor MediaUrl
//	21617 400 Body over 1,600 characters
//	21614 400 To is the test number +15005550009 (not a mobile number)
//	21408 400 To is the test number +15005550003 (no permission for its region)
//
// Calls:
//
//	21604 400 To missing
//	21211 400 To not +E.164 (client: and sip: addresses are allowed), or +15005550001
//	21603 400 From missing
//	21210 400 From not among Config.Numbers (when set; +15005550006 is always valid)
//	21205 400 none of Url, Twiml, ApplicationSid
//	21230 400 Twiml over 4,000 characters (code chosen by this fake)
//	12100 400 Twiml not well-formed XML with a <Response> root (Twilio's "Document parse failure")
//	20001 400 Timeout not an integer from 1 to 600 (code chosen by this fake)
//
// Twilio documents that with both Url and Twiml it ignores Twiml, and that
// an ApplicationSid takes precedence, so several of them together are
// accepted here too; a Twiml is checked whenever one is given. Twilio
// documents no code for a too-long Twiml or a bad Timeout; 21230 and 20001
// are this fake's choice, fixed so tests can rely on them.
//
// Verify:
//
//	20404 404 ServiceSid not starting with "VA", or not among Config.Services (when set)
//	60200 400 To missing or malformed, Channel missing or not sms|call|email|whatsapp|sna|auto,
//	          CustomCode not 4 to 10 characters
//	60203 429 a sixth send to the same To of the same service while its verification is pending
//
// A verification stays pending for ten minutes after its first send, as on
// Twilio; every send to it in that time reuses its VE SID and adds one entry
// to send_code_attempts. Reset forgets every pending verification.
//
// # Faults
//
// Config.Faults (or SetFaults) make the fake misbehave for one To, or every
// To with "*": the fault's Delay is served first (ending early, journaled
// as status 499, if the client gives up), then, if the fault has a Status
// or a Code, the request is answered with a Twilio error body instead of
// being processed. The code and message default per status: 401 20003
// "Authenticate", 404 20404, 405 20004, 429 20429 "Too Many Requests", 500
// 20500 "Internal Server Error", 503 20503 "Service Unavailable"; any other
// status gets code 20000+status (not a real Twilio code) and Go's text for
// the status. A fault with a Code and no Status gets the status Twilio
// sends that code with (400 for most). Faults apply after authentication,
// before the request's own rules, as an outage would, and only to creates
// (POSTs), matched by their To.
//
// # Reading what it received
//
// Messages, Calls and Verifications return copies of the accepted requests
// with every form field received; Message and Call find one by SID.
// Journal (and Entries) hold every request, accepted or rejected, with the
// answer given; Destination is the To and MessageID the SID of what was
// created or read.
//
// # Check
//
// Check answers whether the fake would reject a request, with the same
// status and body as ServeHTTP, without storing, journaling or delaying
// anything, for a proxy that sends the request on to the real Twilio. It
// applies every rule, 60203 counting included, but no faults; and since the
// SIDs such a proxy fetches were made by Twilio, a fetch passes Check when
// its SID is well-formed, whether or not the fake holds it.
package faketwilio
