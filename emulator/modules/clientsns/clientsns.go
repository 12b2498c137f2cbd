// Package clientsns emulates the @aws-sdk/client-sns npm package (the AWS
// SDK for JavaScript v3's SNS client) for Actions:
//
//	const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns');
//	const client = new SNSClient({region, credentials: {accessKeyId, secretAccessKey, sessionToken}});
//	const out = await client.send(new PublishCommand({Message, PhoneNumber, MessageAttributes}));
//	client.send(command, (err, out) => ...);
//	await new SNS({region}).publish(input);
//
// with SetSMSAttributesCommand, GetSMSAttributesCommand and
// CheckIfPhoneNumberIsOptedOutCommand besides PublishCommand. Facts from
// the package's source (dist-cjs) and from what it sent and answered
// against a local server:
//
//   - SNS stays on the Query protocol in v3 (AwsQueryProtocol): a form POST
//     to https://sns.REGION.amazonaws.com/, Action and Version first, then
//     the input's members in the schema's order (Message first, as the
//     one required member), Content-Type
//     "application/x-www-form-urlencoded", XML answers.
//   - Headers: x-amz-user-agent "aws-sdk-js/V", user-agent "aws-sdk-js/V
//     ua/2.1 os/linux#RELEASE lang/js md/nodejs#NODE api/sns#V m/FEATURES",
//     amz-sdk-invocation-id (one UUID for every attempt), amz-sdk-request
//     "attempt=N; max=M", x-amz-content-sha256, x-amz-date and a SigV4
//     Authorization signing every header but user-agent (and the
//     hop-by-hop ones).
//   - Nothing is validated before sending: a missing Message reaches SNS.
//   - A region missing from the config and AWS_REGION rejects with Error
//     "Region is missing"; credentials missing from the config and the
//     environment with CredentialsProviderError "Could not load
//     credentials from any providers".
//   - An error answer rejects with the modeled exception class for its
//     Code (InvalidParameter -> InvalidParameterException, $fault client;
//     InternalError -> InternalErrorException, server) or an
//     SNSServiceException named after the Code, with $metadata
//     {httpStatusCode, requestId, attempts, totalRetryDelay}.
//   - Standard retries: 3 attempts, for throttling (base 500 ms),
//     transient errors (500, 502, 503, 504, network errors) and other
//     5xx (base 100 ms), each after floor(random * min(base * 2^n, 20 s)).
//
// The surface is JavaScript (client-sns.js) over awscore's natives.
package clientsns

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/awscore"
	nodeos "github.com/hookemu/hookemu/emulator/modules/os"
)

// Name is what Actions pass to require.
const Name = "@aws-sdk/client-sns"

// Latest is the release require('@aws-sdk/client-sns') gets.
const Latest = "3.1178.0"

// uaVersions is the version each release writes into its User-Agent:
// the release's own build carries the number of the one before it.
var uaVersions = map[string]string{Latest: "3.1177.0"}

// osRelease is the kernel release the emulated machine reports (the
// fake host of require('os')); the real SDK writes os.release() there.
const osRelease = nodeos.Release

//go:embed client-sns.js
var source string

var script = modules.NewScript("client-sns.js", source)

// Module describes @aws-sdk/client-sns for the emulator's registry.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      []string{Latest},
		HookDefault:   Latest,
		ActionDefault: Latest,
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	native, err := awscore.Bindings(h, version)
	if err != nil {
		return nil, err
	}
	_ = native.Set("uaVersion", uaVersions[version])
	_ = native.Set("osRelease", osRelease)
	return script.Call(h.Runtime(), native)
}
