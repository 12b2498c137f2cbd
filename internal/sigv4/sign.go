package sigv4

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"
)

// Algorithm is the only signing algorithm this package speaks.
const Algorithm = "AWS4-HMAC-SHA256"

// TimeFormat is the ISO 8601 basic form of X-Amz-Date; DateFormat is the
// scope's date.
const (
	TimeFormat = "20060102T150405Z"
	DateFormat = "20060102"
)

// terminator ends every scope.
const terminator = "aws4_request"

// Credentials are an AWS access key pair, with the session token that
// temporary credentials carry.
type Credentials struct {
	AccessKeyID     string
	SecretAccessKey string
	SessionToken    string
}

// Scope is what a signature is valid for: one day, region and service.
type Scope struct {
	Date    string // YYYYMMDD
	Region  string
	Service string
}

// String is the scope as the string to sign and the Credential show it.
func (s Scope) String() string {
	return s.Date + "/" + s.Region + "/" + s.Service + "/" + terminator
}

// HashPayload is the hex SHA-256 of a body, the last line of the
// canonical request.
func HashPayload(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

// StringToSign joins the algorithm, the request time, the scope and the
// hash of the canonical request.
func StringToSign(amzDate string, scope Scope, canonicalRequest string) string {
	sum := sha256.Sum256([]byte(canonicalRequest))
	return Algorithm + "\n" + amzDate + "\n" + scope.String() + "\n" + hex.EncodeToString(sum[:])
}

// SigningKey derives the key that signs for scope from a secret.
func SigningKey(secret string, scope Scope) []byte {
	key := mac([]byte("AWS4"+secret), scope.Date)
	key = mac(key, scope.Region)
	key = mac(key, scope.Service)
	return mac(key, terminator)
}

// Signature is the hex signature of a string to sign under a signing key.
func Signature(signingKey []byte, stringToSign string) string {
	return hex.EncodeToString(mac(signingKey, stringToSign))
}

func mac(key []byte, data string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(data))
	return h.Sum(nil)
}

// defaultUnsigned lists the headers a Signer leaves out unless told
// otherwise: the ones proxies and HTTP libraries add or change on the way
// (the SDKs leave the same ones out).
var defaultUnsigned = map[string]bool{
	"authorization": true, "user-agent": true, "x-amzn-trace-id": true, "expect": true,
	"connection": true, "keep-alive": true, "proxy-connection": true, "te": true,
	"trailer": true, "transfer-encoding": true, "upgrade": true,
}

// DefaultUnsigned says whether a Signer without its own rule leaves a
// header (lower-case name) out of the signature.
func DefaultUnsigned(name string) bool { return defaultUnsigned[name] }

// Signer signs requests for one service in one region.
type Signer struct {
	Service string
	Region  string
	// Unsigned says which headers (lower-case names) stay out of the
	// signature; DefaultUnsigned when nil. Host is always signed.
	Unsigned func(name string) bool
}

// Sign sets X-Amz-Date (and X-Amz-Security-Token for session credentials)
// on req and then its Authorization header, signing every header it
// carries but the unsigned ones. body is the payload req will send; the
// caller keeps req.Body in step with it.
func (s Signer) Sign(req *http.Request, body []byte, creds Credentials, t time.Time) error {
	if creds.AccessKeyID == "" || creds.SecretAccessKey == "" {
		return errors.New("sigv4: signing needs an access key id and a secret access key; set both in the credentials")
	}
	amzDate := t.UTC().Format(TimeFormat)
	req.Header.Set("X-Amz-Date", amzDate)
	if creds.SessionToken != "" {
		req.Header.Set("X-Amz-Security-Token", creds.SessionToken)
	}
	host := requestHost(req)
	if host == "" {
		return errors.New("sigv4: the request has no host to sign; give it a URL with a host")
	}
	signed := s.signedHeaders(req.Header)
	creq, err := CanonicalRequest(req.Method, req.URL.Path, req.URL.RawQuery, req.Header, host, signed, HashPayload(body))
	if err != nil {
		return fmt.Errorf("sigv4: %w", err)
	}
	scope := Scope{Date: t.UTC().Format(DateFormat), Region: s.Region, Service: s.Service}
	sig := Signature(SigningKey(creds.SecretAccessKey, scope), StringToSign(amzDate, scope, creq))
	req.Header.Set("Authorization", Authorization{
		AccessKeyID: creds.AccessKeyID, Scope: scope, SignedHeaders: signed, Signature: sig,
	}.String())
	return nil
}

// signedHeaders lists host and every header not left unsigned, lower
// case and sorted.
func (s Signer) signedHeaders(header http.Header) []string {
	unsigned := s.Unsigned
	if unsigned == nil {
		unsigned = DefaultUnsigned
	}
	names := []string{"host"}
	for name := range header {
		lower := strings.ToLower(name)
		if lower == "host" || lower == "authorization" || unsigned(lower) {
			continue
		}
		names = append(names, lower)
	}
	sort.Strings(names)
	return names
}

// requestHost is the host a request goes to, as its Host header shows it.
func requestHost(req *http.Request) string {
	if req.Host != "" {
		return req.Host
	}
	if req.URL != nil {
		return req.URL.Host
	}
	return ""
}
