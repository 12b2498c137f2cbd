// Package awssdk emulates the aws-sdk npm package (the AWS SDK for
// JavaScript v2) for hook code, as far as send-phone-message hooks and
// Actions use it: Amazon SNS's SMS operations.
//
//	const AWS = require('aws-sdk');
//	AWS.config.update({region, accessKeyId, secretAccessKey, sessionToken, maxRetries, ...});
//	const sns = new AWS.SNS({apiVersion: '2010-03-31', region, credentials: new AWS.Credentials(id, secret)});
//	sns.publish({Message, PhoneNumber, MessageAttributes}, (err, data) => ...);
//	await sns.publish(params).promise();
//	sns.setSMSAttributes({attributes: {DefaultSMSType: 'Transactional'}}, cb);
//	sns.getSMSAttributes({attributes: ['DefaultSMSType']}, cb);
//	sns.checkIfPhoneNumberIsOptedOut({phoneNumber}, cb);
//
// Behaviour follows lib/ of the real package (facts taken from its
// source and from what it sent and answered against a local server):
//
//   - Credentials come from the service's options, AWS.config, or the
//     emulated process.env (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
//     AWS_SESSION_TOKEN, then the AMAZON_ prefix), read when a Config is
//     built and again when a request finds none; the region from the
//     options, AWS.config or AWS_REGION (AMAZON_REGION). A missing region
//     fails the request with ConfigError "Missing region in config";
//     missing credentials with CredentialsError "Missing credentials in
//     config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1".
//   - Parameters are validated before anything is sent (required keys,
//     unexpected keys, types), one error or MultipleValidationErrors.
//   - The request is a POST of the Query form to https://sns.REGION.amazonaws.com/
//     with every pair sorted by name (Action and Version among them), its
//     values percent-encoded as RFC 3986 wants; headers User-Agent
//     ("aws-sdk-nodejs/VERSION linux/NODE_VERSION" plus "callback" or
//     "promise"), Content-Type "application/x-www-form-urlencoded;
//     charset=utf-8", X-Amz-Content-Sha256, Content-Length, Host,
//     X-Amz-Date and a SigV4 Authorization that signs host,
//     x-amz-content-sha256 and x-amz-date (and x-amz-security-token).
//   - An answer of 300 or more becomes an Error whose code and message
//     come from SNS's ErrorResponse, with statusCode, retryable, time,
//     requestId (from x-amzn-RequestId) and, while retries are left,
//     retryDelay; a failed exchange becomes UnknownEndpoint (every Node
//     error with a numeric errno, the real SDK's DNS check being written
//     so) or NetworkingError/TimeoutError.
//   - Retries: up to maxRetries (3) for 5xx, 429, throttling codes,
//     network errors and expired tokens, each after Math.random() * 2^n *
//     100 ms (retryDelayOptions.base, or customBackoff), on the loop.
//
// The surface is JavaScript (aws-sdk.js) over awscore's natives.
package awssdk

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/awscore"
)

// Name is what hooks pass to require.
const Name = "aws-sdk"

// Latest is the last release of aws-sdk v2 (the package is in
// maintenance and its line ends there); both Hooks and Actions get it when
// they name no version, as the docs' code does.
const Latest = "2.1693.0"

//go:embed aws-sdk.js
var source string

var script = modules.NewScript("aws-sdk.js", source)

// Module describes aws-sdk for the emulator's registry. 2.662.0 is the
// release a public Auth0 deployment export pins; what the shim does is
// the same for both.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      []string{"2.662.0", Latest},
		HookDefault:   Latest,
		ActionDefault: Latest,
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	v, err := modules.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	native, err := awscore.Bindings(h, version)
	if err != nil {
		return nil, err
	}
	// The check that turns a failed exchange into UnknownEndpoint came
	// with aws/aws-sdk-js#3396 (August 2020), for the numeric errno of
	// Node 13 and later: 2.662.0 passes the NetworkingError on as it is.
	_ = native.Set("unknownEndpoint", !v.Less(modules.MustVersion("2.663.0")))
	return script.Call(h.Runtime(), native)
}
