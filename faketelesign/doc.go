// Package faketelesign is a fake of TeleSign's REST APIs that Auth0
// send-phone-message hooks call: Messaging (send an SMS) and SMS Verify
// (send a one-time code). It checks each request as TeleSign does and
// answers with TeleSign's HTTP statuses, status codes and JSON bodies, so
// a hook that works against it works against TeleSign, and one TeleSign
// would refuse fails here with the same code.
//
// # Using it
//
// A Server is an http.Handler built from a Config; it holds no package
// state, so any number can run side by side:
//
//	srv := faketelesign.New(faketelesign.Config{
//		CustomerID: "FFFFFFFF-EEEE-DDDD-1234-AB1234567890",
//		APIKey:     "ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==",
//	})
//	ts := httptest.NewServer(srv)
//
// Paths do not depend on the host: route rest-ww.telesign.com and
// rest-api.telesign.com to the same Server. Provider is what the registry
// of providers knows about it.
//
// # Endpoints
//
//	POST /v1/messaging                 send an SMS (Messaging)
//	GET  /v1/messaging/{reference_id}  read its status
//	POST /v1/verify/sms                send a code (SMS Verify)
//	GET  /v1/verify/{reference_id}     read its status; ?verify_code= checks a code
//
// An unknown path answers 404 and a known one with the wrong method 405
// (codes -40004 and -40005, chosen: TeleSign documents none for them).
//
// # What the fake relies on, and where it comes from
//
// Hosts. Enterprise accounts call rest-ww.telesign.com; self-service
// accounts rest-api.telesign.com. Auth0's guide uses the first and says
// the second is for the standard plan (auth0/docs,
// articles/multifactor-authentication/send-phone-message-hook-telesign.md);
// telesignsdk defaults to the second (TeleSign/node_telesign,
// src/RestClient.js) and TeleSign's enterprise SDKs to the first
// (TeleSign/python_telesign_enterprise, telesignenterprise/messaging.py).
//
// Authentication. Both APIs take Basic auth with the customer id as user
// and the API key as password, or TeleSign's digest scheme (TeleSign's
// API reference, "Basic (easiest to implement) or Digest", in its OpenAPI
// files as collected in api-evangelist/telesign, openapi/). The digest
// header is "TSA customerId:signature", the signature a base64 HMAC
// (SHA-256, or SHA-1 by x-ts-auth-method) keyed with the base64-decoded
// API key over: the method, the Content-Type (POST and PUT only), the Date
// (empty when x-ts-date is sent), each x-ts-* header as name:value in
// name order, the body when there is one, and the path, joined by
// newlines. That layout is what telesignsdk signs (RestClient's
// generateTeleSignHeaders) and what TeleSign echoes as signature_string
// when a signature fails. Customer ids are UUIDs and API keys base64, as
// TeleSign issues them; the zero Config accepts any of those shapes, as
// it cannot know the account, and with no API key configured it accepts
// any base64 signature. The Date must be RFC 822 and near the server's
// clock; TeleSign does not publish the window, 15 minutes is chosen.
// Nonce reuse (10002/-30012) is not checked.
//
// Messaging's answers (api-evangelist/telesign,
// openapi/telesign-sms-api-openapi.yml, and TeleSign's code list in
// errors/telesign-error-codes.yml there). Parameters are form-encoded:
// phone_number, message (at most 1600 characters) and message_type (ARN,
// MKT or OTP) are required; account_lifecycle_event, sender_id (at most
// 20), external_id (at most 100 ASCII characters) and others are
// optional. A send answers 200 with a 32-hex-digit reference_id, the
// external_id (null when none was given) and status 290 "Message in
// progress" with an RFC 3339 updated_on in microseconds. Everything else
// is a status too, with a five-digit code: 12000/12009/12017 for a
// missing phone_number, message or message_type and 11000/11009/11017
// for an unusable one (400); 10009 missing Authorization, 10028 malformed
// Authorization, 10015 invalid customer id, 10022 invalid API key, 10008
// invalid signature, 10007/10005/10004 for a missing, malformed or stale
// Date, 10006 an unknown auth method (401); 10017 an unknown reference
// id (404), 11011 a malformed one (400); 10019 rate limited (429); 10000
// system unavailable (500, 503).
//
// SMS Verify's answers (api-evangelist/telesign,
// openapi/_original/telesign-sms-verify-api-openapi.json). phone_number
// is the one required parameter; verify_code (3 to 7 digits; TeleSign
// makes up seven when it is absent) replaces $$CODE$$ in template, whose
// default limit is 160 characters (raised to 1600 by TeleSign support:
// Config.TemplateMaxLength). A send answers 200 with reference_id,
// sub_resource "sms", an empty errors array, status 290 and verify
// {code_state UNKNOWN, code_entered ""}. A refusal lists its error in
// errors[] with a negative code under status 500 "Transaction not
// attempted": -10001 "Invalid Request: PhoneNumber Parameter: <value>"
// and its kin for parameters (400), -40007 rate limited (429), -90001
// unavailable (503). Credentials refused are 401 with status 501 "Not
// authorized", a null reference_id and sub_resource: -30000 invalid
// customer id, -30015 invalid API key, -30004/-30005/-30006 for a
// missing, malformed or wrongly signed Authorization, -30007/-30009/
// -30010 for the Date, and -30008 (status 500) an unknown auth method.
// A status read shows code_state VALID or INVALID for the verify_code it
// is given; an unknown reference id is 404 -10001 under status 599.
//
// Phone numbers. TeleSign asks for the country code and subscriber
// digits with no special characters. Auth0's guide passes its recipient,
// E.164 with a leading "+", unchanged, and asks users to keep numbers in
// E.164; the fake therefore drops one leading "+" (an inference: TeleSign
// does not say it strips it) and refuses any other character or a length
// outside 7 to 15 digits.
//
// The fake delivers at once: a status read answers 200 "Delivered to
// handset".
//
// # Faults
//
// A fault matches the phone_number of a send. Its Delay holds the answer
// (the fake journals 499 if the client gives up); its Status answers
// TeleSign's refusal for that status in the product's style (429 rate
// limited, 5xx unavailable, 401 invalid API key, 404 unknown reference,
// any other 4xx -40006 "Bad request"), with Code and Message, when set,
// in place of the product's code and text.
package faketelesign
