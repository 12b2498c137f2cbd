package fakesns

import (
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// knownRegions are the AWS regions SNS answers in (AWS's "Amazon SNS
// endpoints and quotas" page): the commercial partition, China and
// GovCloud.
var knownRegions = []string{
	"us-east-1", "us-east-2", "us-west-1", "us-west-2",
	"af-south-1", "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
	"ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
	"ap-southeast-5", "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
	"ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2",
	"eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1",
	"il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1",
	"cn-north-1", "cn-northwest-1", "us-gov-east-1", "us-gov-west-1",
}

// defaultHost is the endpoint of us-east-1, the region SDK examples and
// the demo secrets use.
const defaultHost = "sns.us-east-1.amazonaws.com"

// hosts are the SNS endpoints: sns.REGION.amazonaws.com, and the
// amazonaws.com.cn domain of the China regions. The default endpoint
// comes first, by name: a signed request names its host, so whoever
// needs one host to send a request to gets a real one.
func hosts() []string {
	return []string{defaultHost, "sns.*.amazonaws.com", "sns.*.amazonaws.com.cn"}
}

// regionOfHost reads the region from an SNS endpoint host (port
// allowed), or "" when the host is not one (a loopback address under
// `serve`).
func regionOfHost(host string) string {
	rest, ok := strings.CutPrefix(provider.CanonicalHost(host), "sns.")
	if !ok {
		return ""
	}
	for _, domain := range []string{".amazonaws.com", ".amazonaws.com.cn"} {
		if region, ok := strings.CutSuffix(rest, domain); ok && region != "" && !strings.Contains(region, ".") {
			return region
		}
	}
	return ""
}
