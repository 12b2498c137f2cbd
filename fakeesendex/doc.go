// Package fakeesendex is a fake of Esendex's REST API message dispatcher
// (https://api.esendex.com/v1.0/messagedispatcher) that checks every
// request the way Esendex does, so that the send-phone-message code of
// Auth0's Esendex guide runs offline and still fails where it would fail
// in production.
//
// A Server is an http.Handler, built from a Config (Provider is what the
// registry plugs in):
//
//	fake := fakeesendex.New(fakeesendex.Config{})
//	srv := httptest.NewServer(fake)
//
// # The request
//
// POST /v1.0/messagedispatcher on api.esendex.com (paths match without
// regard to case, as Esendex's do), with a body in XML,
//
//	<messages>
//	  <accountreference>EX0000000</accountreference>
//	  <message><to>447700900123</to><body>Hello</body></message>
//	</messages>
//
// (per message also from, type SMS or Voice, lang, validity, ...: the
// request schema in Codesleuth/esendex-raml
// schemas/v1.0/requests/messagedispatcher/post.xsd and Esendex's Go SDK,
// esendex/esendex-go-sdk send_test.go), or the same in JSON,
// {"accountreference": "...", "messages": [{"to": "...", "body": "..."}]},
// which Auth0's Esendex guide posts with axios (auth0/docs,
// articles/mfa/send-phone-message-hook-esendex.md) and other public
// integrations post too. The Content-Type says which: an XML or JSON type,
// anything else or none is 415 (Esendex's API reference lists 415 for a
// content type "not supported or unspecified").
//
// # Authentication and accounts
//
// Every request carries Basic authentication: the login's username (an
// email address) and its password, or an API password in its place
// (esendex-raml api.raml securitySchemes; the SDKs' examples use
// user@example.com, "password" and account reference EX000000; the
// embedded hook's demo secrets take that username and account with a
// password of their own, see DemoPassword). The account reference in the body names
// the account to send from, which the login must have access to. The zero
// Config takes any login and any account reference; Config.Users and
// Config.AccountReferences make it as strict as one real login.
//
// # Answers
//
// A dispatch is taken whole: 200 with a batch id and one message header
// per message, in XML
//
//	<?xml version="1.0" encoding="utf-8"?>
//	<messageheaders batchid="F8BF9867-..." xmlns="http://api.esendex.com/ns/">
//	  <messageheader uri="https://api.esendex.com/v1.0/messageheaders/1183C73D-..." id="1183C73D-..." />
//	</messageheaders>
//
// (esendex-go-sdk send_test.go; the PHP SDK's DispatchServiceTest; upper
// case GUIDs) or, for a client that asks for JSON (Accept) or sent JSON,
// {"batch": {"batchid": "...", "messageheaders": [{"uri": "...", "id":
// "..."}]}, "errors": null} (an answer recorded in public code; lower
// case GUIDs).
//
// # Errors
//
// Esendex's API reference gives the statuses of the dispatcher: 400 for
// an invalid or malformed body or more than 50,000 messages, 401 when no
// authentication header is provided, 402 when the account has not enough
// message credits, 403 for failed authentication or a feature the login
// may not use, 404 for a contact or contact group that does not exist,
// 406 for an empty message body, 415 for a content type not supported or
// unspecified. The fake answers:
//
//   - 401 without Basic credentials; 403 for a login it does not know (and
//     for "undefined" values, what code sends when its secrets are unset),
//     and for an account reference that is not one of Config's;
//   - 400 for an empty or unreadable body, a missing accountreference, no
//     messages or more than 50,000, a message without "to", a type other
//     than SMS or Voice, a number of fewer than 7 or more than 15 digits;
//   - 404 for a recipient that is not a number (Esendex reads it as the
//     name of a contact or group; this fake's accounts hold none);
//   - 406 for a message whose body is empty or blank (the reference's
//     "empty message body", read as the SMS text);
//   - 402, 5xx and any other status through faults.
//
// National numbers (07700900123) are taken: Esendex localises them by the
// account's country. One bad message refuses the whole dispatch.
//
// Error bodies: Esendex's REST API pages describe failures as a status and
// a plain text message (content type text/plain), which the fake answers
// to XML clients; JSON clients get the envelope of the JSON answer with
// batch null and errors [{"code", "description"}], whose codes and wording
// are this fake's.
package fakeesendex
