package sigv4

import (
	"strings"
)

// Authorization is a parsed AWS4-HMAC-SHA256 Authorization header.
type Authorization struct {
	AccessKeyID   string
	Scope         Scope
	Terminator    string // "aws4_request" in any valid header
	SignedHeaders []string
	Signature     string
}

// String writes the header as the SDKs do.
func (a Authorization) String() string {
	return Algorithm + " Credential=" + a.AccessKeyID + "/" + a.Scope.String() +
		", SignedHeaders=" + strings.Join(a.SignedHeaders, ";") + ", Signature=" + a.Signature
}

// ParseAuthorization reads an Authorization header. Its error is an
// *Error as AWS would answer it: IncompleteSignature naming every part
// that is missing, or the Credential that does not have five parts.
func ParseAuthorization(header string) (Authorization, error) {
	if len(header) > MaxHeaderBytes {
		return Authorization{}, incomplete("The Authorization header is too long.")
	}
	algorithm, rest, _ := strings.Cut(strings.TrimSpace(header), " ")
	if algorithm != Algorithm {
		return Authorization{}, incomplete("Unsupported AWS 'algorithm': '" + clip(algorithm) + "'.")
	}
	params := map[string]string{}
	for part := range strings.SplitSeq(rest, ",") {
		name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
		if ok {
			params[name] = value
		}
	}
	var missing []string
	for _, name := range []string{"Credential", "Signature", "SignedHeaders"} {
		if params[name] == "" {
			missing = append(missing, "Authorization header requires '"+name+"' parameter.")
		}
	}
	if len(missing) > 0 {
		return Authorization{}, incomplete(strings.Join(missing, " ") + " Authorization=" + clip(header))
	}
	a := Authorization{Signature: params["Signature"]}
	credential := strings.Split(params["Credential"], "/")
	if len(credential) != 5 {
		return Authorization{}, incomplete("Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '" + clip(params["Credential"]) + "'")
	}
	a.AccessKeyID = credential[0]
	a.Scope = Scope{Date: credential[1], Region: credential[2], Service: credential[3]}
	a.Terminator = credential[4]
	names := strings.Split(params["SignedHeaders"], ";")
	if len(names) > MaxSignedHeaders {
		return Authorization{}, incomplete("The Authorization header signs more headers than a request can carry.")
	}
	a.SignedHeaders = names
	return a, nil
}

// clip keeps an echoed value short, so an error never grows with hostile
// input.
func clip(s string) string {
	const max = 256
	if len(s) > max {
		return s[:max] + "..."
	}
	return s
}
