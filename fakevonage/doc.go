// Package fakevonage is a fake of Vonage's (formerly Nexmo's) SMS API, the
// API behind Auth0's Vonage guide: the hook there sends with the nexmo
// package, and @vonage/server-sdk's vonage.sms.send posts to the same
// endpoint. It checks every request the way the real service does and
// answers in the service's own shapes, so hook code that reads the answer
// (as the guide's does) sees what it would see in production.
//
// # Facts relied on, and where they come from
//
// Endpoint. Messages are sent with POST https://rest.nexmo.com/sms/json;
// /sms/xml is the same call answered in XML (Vonage's OpenAPI file for the
// SMS API, Nexmo/api-specification definitions/sms.yml, whose server is
// https://rest.nexmo.com/sms and whose path is /{format}, json or xml).
// The fake also takes GET, which older Nexmo clients used with every
// parameter in the query.
//
// Parameters. The OpenAPI file documents a form-encoded body; the nexmo
// package (2.x, lib/Message.js and lib/HttpClient.js) puts every parameter
// in the query string of a POST with no body, and @vonage/server-sdk 3.x
// (@vonage/sms, @vonage/server-client) posts a JSON body with kebab-case
// keys. The fake reads the query, a form body and a JSON body alike, the
// body winning over the query. Required: api_key, from, to, and text for
// text messages; api_secret unless the request is signed. to is an E.164
// number without its "+", 7 to 15 digits (the OpenAPI pattern; a leading
// "+" is tolerated, as the service does); type is one of text, binary,
// wappush, unicode, vcal, vcard (default text); ttl, when given, is
// 20000 to 604800000 milliseconds; client-ref is at most 40 characters.
//
// Authentication, three ways:
//   - api_key and api_secret as parameters (the OpenAPI file; nexmo 2.x
//     sends them in the query);
//   - HTTP Basic with the key as user and the secret as password, which is
//     how @vonage/server-sdk 3.x authenticates the SMS client
//     (AuthenticationType.BASIC in @vonage/sms);
//   - a signature: api_key, a timestamp and sig, the hash of the other
//     parameters under the account's signature secret (Vonage's "Signing
//     requests" guide, and nexmo 2.x's lib/HashGenerator.js, which computes
//     it). The parameters but sig are sorted by name and written as
//     "&name=value" with every "&" and "=" inside a value replaced by "_";
//     md5hash appends the secret and takes the MD5, while md5, sha1, sha256
//     and sha512 are HMACs keyed with the secret; the hex digest is
//     compared without regard to case. The method is a setting of the
//     account (Config.SignatureMethod), not of the request. A signed
//     request that also carries api_secret is refused (status 32). The
//     fake does not judge how old the timestamp is: its clock may be a
//     scenario's fixed one.
//
// Answers. Every answer to a send is HTTP 200, success or not; the outcome
// is in the body (Vonage's "Troubleshooting SMS" guide, and the OpenAPI
// schemas SMS, Message and ErrorMessage):
//
//	{"message-count":"1","messages":[{"to":"447700900000","message-id":"0C000000217B7F02",
//	 "status":"0","remaining-balance":"15.53590000","message-price":"0.03330000","network":"23410"}]}
//
// Every value is a string. A text longer than one SMS is sent as several
// parts, one entry each, and message-count counts them (160 GSM-7
// characters or 70 UCS-2 units in one part, 153 or 67 per part beyond).
// A refused message has only status and error-text, plus to where the
// refusal concerns the destination:
//
//	{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}
//
// Status codes (developer.vonage.com/api-errors/sms and the
// troubleshooting guide): 0 success, 1 throttled, 2 missing parameters,
// 3 invalid parameters, 4 invalid credentials, 5 internal error, 6
// invalid message (an unroutable destination, for example), 7 number
// barred, 8 partner account barred, 9 partner quota violation (not
// enough credit), 10 too many existing binds, 11 account not enabled for
// HTTP, 12 message too long, 14 invalid signature, 15 invalid sender
// address, 22 invalid network code, 23 invalid callback URL, 29
// non-whitelisted destination (a trial account may only send to the
// numbers it registered), 32 signature and API secret disallowed, 33
// number de-activated. The error texts "Bad Credentials", "Missing from
// param", "Missing to param", "Missing api_key" and "Non White-listed
// Destination - rejected" are the service's, as captured in public test
// fixtures and logs; the other error texts are the fake's wording of the
// documented meaning.
//
// The zero Config accepts any key and secret (Config.APIKey and
// Config.APISecret pin them), so a hook runs offline with whatever
// credentials it has; the embedded hooks use the documented demo pair.
// The fake's additions, none of which the service documents: the balance
// and the price of a part (Config.Balance, Config.Price) so that status 9
// can be reached, the network code taken from the destination's country
// code, message ids of 16 upper-case hexadecimal digits like the
// documented example, and the whitelist of a trial account
// (Config.Whitelist). Faults (Config.Faults) answer either a status code
// inside a 200 (Fault.Code, with Fault.Message as its error text) or an
// HTTP error status with an empty body (Fault.Status), the shape of a
// gateway failure in front of the service.
package fakevonage
