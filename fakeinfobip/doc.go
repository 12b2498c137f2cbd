// Package fakeinfobip is a fake of Infobip's SMS and Voice APIs that checks
// every request the way Infobip does, so that the send-phone-message code
// of Auth0's Infobip guide runs offline and still fails where it would
// fail in production.
//
// A Server is an http.Handler, built from a Config (Provider is what the
// registry plugs in):
//
//	fake := fakeinfobip.New(fakeinfobip.Config{APIKeys: []string{"key"}})
//	srv := httptest.NewServer(fake)
//
// # Hosts and endpoints
//
// Every Infobip account has its own base URL, https://{base}.api.infobip.com,
// shown in the portal; the global https://api.infobip.com answers too.
// Provider.Hosts names both (a "*" is one DNS label). The fake answers, on
// any of them, with POST only (405 otherwise, 404 for other paths):
//
//	/sms/2/text/advanced  messages[] {from, text, destinations[] {to, messageId}},
//	                      bulkId, includeSmsCountInResponse
//	/sms/1/text/single    {from, to (one address or an array), text}
//	/tts/3/single         {text, to, from, language, voice} (voice messages)
//	/sms/3/messages       messages[] {sender, destinations[] {to}, content {text}}
//
// Auth0's Infobip guide posts to /sms/2/text/advanced with axios, and to
// /tts/3/single when context.message_type is not "sms" (auth0/docs,
// articles/mfa/send-phone-message-hook-infobip.md). /sms/3/messages is
// the successor Infobip's current clients use (infobip-api-go-client,
// pkg/infobip/api/sms_api.go; the Java client's CHANGELOG says it replaces
// the v2 endpoints).
//
// # Authentication
//
// The Authorization header names a scheme (infobip-api-java-client and
// Infobip's API reference): "App KEY" (an API key from the portal), "Basic
// base64(username:password)", "IBSSO TOKEN" and "Bearer TOKEN". The zero
// Config takes any of them; once Config.APIKeys, Users or Tokens is set,
// the fake takes only the keys, logins and tokens listed. "undefined" and
// "null", what code sends when the secret it reads is missing, never pass
// (DemoAPIKey, the key Infobip's client test suites and reference examples
// use, is the embedded hook's demo secret). Anything else is 401 with the body a wrong key gets from the real API (an answer
// quoted in a public report, pastebin.com/mUnsDPCL):
//
//	{"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}}
//
// # Request errors
//
// A request Infobip cannot take is refused as a whole with an HTTP error
// and a requestError.serviceException body {messageId, text,
// validationErrors}; the shape and BAD_REQUEST / "Bad request" with
// validationErrors keyed by field come from the clients' models and tests
// (infobip-api-go-client v2 model_sms_api_request_error_details.go,
// infobip-api-java-client src/test/.../ApiClientTest.java). The field
// names and violation wordings inside validationErrors are this fake's.
// It answers 400 for a body that is not a JSON object or has a field of
// the wrong JSON type, no messages, or a message without destinations;
// 415 for a body declared as anything but JSON; 413 beyond 64 KiB (16 MiB
// for the bulk endpoints), bounds of this fake's choosing. /sms/3/messages
// answers errors in its own shape {errorCode, description, action,
// violations[] {property, violation}, resources} (the v3 ApiError model of
// infobip-api-go-client); "E" plus the status as errorCode, and the
// actions' wording, are this fake's.
//
// Faults answer an HTTP status with Infobip's identifiers: UNAUTHORIZED,
// FORBIDDEN, NOT_FOUND, TOO_MANY_REQUESTS, BAD_REQUEST for other 4xx and
// GENERAL_ERROR "Something went wrong. Please contact support." for 5xx;
// the identifiers follow Infobip's, the texts other than the two above are
// this fake's.
//
// # Answers and message statuses
//
// A request Infobip takes is answered 200 with
// {bulkId, messages[] {to, status, messageId, smsCount}} (destination
// instead of to on v3), one entry per destination in request order. Every
// status is the object {groupId, groupName, id, name, description} of
// Infobip's "Response status and error codes" page
// (infobip.com/docs/essentials/response-status-and-error-codes): a message
// taken is PENDING (group 1) id 26 PENDING_ACCEPTED "Message sent to next
// instance" (infobip-api-java-client ResponseStatuses.java). Details of
// the answer that vary between sources, and this fake's choice: a one
// destination SMS answer carries no bulkId (as a real answer recorded in
// public code shows) unless the request gave one, voice and v3 answers
// always do; smsCount is in /sms/1 answers, and in /sms/2 answers only
// when includeSmsCountInResponse is true (the v2 model's documentation);
// ids are UUIDs, the shape of real answers' messageId.
//
// # Invalid destinations
//
// Infobip does not refuse the request for a bad address: the 200 answer
// carries that message as REJECTED (group 5), per the status page. The
// fake rejects an empty or missing to as 51 MISSING_TO; anything but
// digits after an optional "+", or fewer than 7 or more than 15 digits, as
// 52 REJECTED_DESTINATION "Invalid destination address."; a number starting
// with 0 (national, not international) as 8 REJECTED_PREFIX_MISSING
// "Number prefix missing" (descriptions as real answers quoted in public
// code show them); a voice message without text as 55
// REJECTED_MESSAGE_IS_EMPTY. Infobip documents addresses in international
// format without "+" (41793026727); it takes a leading "+" too, and the
// fake echoes the address as sent.
//
// A fault with a code and no status rejects the messages for its
// destination with that status id (14 REJECTED_DESTINATION_BLOCKLISTED,
// 12 REJECTED_NOT_ENOUGH_CREDITS, ...) inside a 200, the way a blocked
// number or an empty account shows up; with a status it fails the whole
// request; with a delay it answers late.
package fakeinfobip
