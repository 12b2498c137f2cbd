// Package fakesns is a fake of Amazon SNS's Query API, limited to what a
// send-phone-message hook or Action does with it: Publish an SMS to a
// phone number, and set or read the account's SMS settings. It checks
// every request the way SNS does, the AWS Signature Version 4 first, so a
// hook that works against it works against SNS, and one that would fail
// there (a wrong secret, an unknown key, the wrong region, a number that
// is not E.164) fails here with SNS's own error.
//
// A Server is an http.Handler; Provider is its entry in hookemu's
// registry. In process, the harness routes sns.REGION.amazonaws.com (and
// sns.REGION.amazonaws.com.cn) to it; `serve` answers it under /sns/.
//
//	fake := fakesns.New(fakesns.Config{}) // the demo key pair, every region
//	// ... run the hook ...
//	msgs := fake.Messages() // what SNS would have sent
//
// # Facts relied on, and where they come from
//
// The protocol. SNS speaks the AWS Query protocol: a form-encoded POST
// (or a GET with the same parameters in the query) to the region's
// endpoint, with Action and Version=2010-03-31, answered with XML in the
// namespace http://sns.amazonaws.com/doc/2010-03-31/. The newest
// @aws-sdk/client-sns (3.1178.0, dist-cjs/index.js) still configures
// AwsQueryProtocol with that namespace, so no SDK sends SNS the JSON
// protocol (X-Amz-Target, application/x-amz-json-1.0) and this fake does
// not answer it. aws-sdk v2 (apis/sns-2010-03-31) is Query as well.
//
// Endpoints. sns.REGION.amazonaws.com, sns.REGION.amazonaws.com.cn in
// China (AWS's "Amazon SNS endpoints and quotas"). The region is taken
// from the host and must be the one the signature is scoped to; under
// `serve`, whose host is loopback, the scope's region is taken.
//
// Authentication: Signature Version 4 for service "sns" (package
// internal/sigv4 records the algorithm and the wording of AWS's refusals):
// no Authorization is MissingAuthenticationToken (403); a malformed one
// IncompleteSignature (400); a key id the account does not have, or a
// session token that is missing or not the key's, InvalidClientTokenId
// (403, "The security token included in the request is invalid.", what
// aws-sdk users report for a wrong AWS_ACCESS_KEY_ID); a wrong secret, a
// scope for another date, region or service, or a time more than 15
// minutes off SignatureDoesNotMatch (403; SNS answers an expired
// signature with this code rather than RequestExpired, aws/aws-sdk-js#265).
// Codes and statuses: docs.aws.amazon.com/sns/latest/api/CommonErrors.html.
//
// Publish (docs.aws.amazon.com/sns/latest/api/API_Publish.html; the
// wording of the answers as SNS gave them in aws/aws-sdk-js#1368 and
// #1217, boto/boto3#2195, and as LocalStack's snapshot-tested SNS provider
// reproduces them, localstack/localstack services/sns/provider.py):
//
//   - Message is required: absent, ValidationError "1 validation error
//     detected: Value null at 'message' failed to satisfy constraint:
//     Member must not be null"; empty, InvalidParameter "Invalid
//     parameter: Empty message". An empty Subject is "Invalid parameter:
//     Subject".
//   - PhoneNumber must be E.164 ("+", a country code, at most 15 digits):
//     otherwise InvalidParameter "Invalid parameter: PhoneNumber Reason:
//     NUMBER is not valid to publish to".
//   - MessageAttributes.entry.N.Name with .Value.DataType and
//     .Value.StringValue or .Value.BinaryValue: at most 10; names of
//     letters, digits, "-", "_" and single inner dots; types String,
//     Number or Binary with an optional ".suffix"; a non-empty value in
//     the field the type calls for. Each mistake is ParameterValueInvalid
//     (the wire code of the SDKs' InvalidParameterValueException) with
//     SNS's sentence for it.
//   - The message with its attributes may hold 256 KiB: beyond,
//     "Invalid parameter: Message too long".
//   - MessageStructure=json needs a JSON object with a "default" string;
//     a phone receives its "sms" entry, or "default".
//   - Without TopicArn, TargetArn or PhoneNumber: "Invalid parameter:
//     TopicArn or TargetArn Reason: no value for required parameter". The
//     fake has no topics: a TopicArn or TargetArn is NotFound (404) "Topic
//     does not exist", as for an account without that topic.
//   - The SMS attributes (docs.aws.amazon.com/sns/latest/dg/sms_publish-to-phone.html):
//     AWS.SNS.SMS.SMSType Promotional or Transactional, AWS.SNS.SMS.SenderID
//     1 to 11 letters, digits or hyphens with at least one letter,
//     AWS.SNS.SMS.MaxPrice a Number. AWS does not publish its wording for
//     these; the fake answers InvalidParameter naming the attribute.
//   - Success: 200 <PublishResponse><PublishResult><MessageId>UUID
//     </MessageId></PublishResult><ResponseMetadata><RequestId>UUID
//     </RequestId></ResponseMetadata></PublishResponse>, with the request
//     id also in x-amzn-RequestId.
//
// SetSMSAttributes takes attributes.entry.N.key/value (MonthlySpendLimit,
// DeliveryStatusIAMRole, DeliveryStatusSuccessSamplingRate, DefaultSenderID,
// DefaultSMSType, UsageReportS3Bucket: API_SetSMSAttributes.html) and
// answers an empty SetSMSAttributesResult; GetSMSAttributes takes
// attributes.member.N and answers GetSMSAttributesResult/attributes/entry
// key and value pairs. DefaultSMSType and DefaultSenderID apply to later
// messages that do not set their own. A setting is checked before any is
// stored; an unknown one is "Invalid parameter: NAME".
//
// Errors are <ErrorResponse><Error><Type>Sender|Receiver</Type><Code>
// <Message></Error><RequestId></ErrorResponse> with the status of the
// code: 400 for parameters, 403 for credentials, 404 NotFound, 429
// Throttled, 500 InternalError (statuses as @aws-sdk/client-sns registers
// them). Other SNS actions answer InvalidAction saying the fake does not
// implement them; a name SNS does not have answers "Could not find
// operation NAME for version 2010-03-31".
//
// Choices of this fake where SNS's behaviour is not published: the body
// is bounded at 1 MiB (413 beyond, unread); methods other than GET and
// POST are 405; any path is accepted (the signature covers it). `serve`
// answers SNS under /sns/ and hands the fake the path without it, so a
// signature that fails for the path received is tried once more for
// /sns + that path, the path the client sent and signed.
//
// # Faults
//
// Config.Faults (or SetFaults) pick misbehaviour by the PhoneNumber of a
// Publish, "*" for every one, after the signature is accepted and before
// the message is checked: Delay waits (a client that gives up is journaled
// as 499), then Status answers with SNS's error for it: 429 Throttled,
// 503 ServiceUnavailable, other 5xx InternalError, 403 AuthorizationError,
// any other InvalidParameter; Message replaces the sentence.
package fakesns
