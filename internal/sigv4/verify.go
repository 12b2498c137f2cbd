package sigv4

import (
	"crypto/subtle"
	"net/http"
	"slices"
	"strconv"
	"time"
)

// DefaultMaxSkew is how far AWS lets a request's time be from its own
// clock, either way.
const DefaultMaxSkew = 15 * time.Minute

// Verifier checks signed requests for one service.
type Verifier struct {
	Service string
	// Lookup returns the credentials of an access key id; a key it does not
	// know is InvalidClientTokenId. A SessionToken in them must come with
	// the request; none means the request may carry none.
	Lookup func(accessKeyID string) (Credentials, bool)
	// Regions accepts a scope's region; nil accepts any non-empty one.
	Regions func(region string) bool
	// Now is the service's clock; time.Now when nil.
	Now func() time.Time
	// MaxSkew is DefaultMaxSkew when zero.
	MaxSkew time.Duration
	// AnyKey accepts every access key id and stops short of the signature,
	// which it cannot recompute without the secret; the rest (the header's
	// form, the scope, the clock) is still checked. For a fake that stands
	// in front of the real service, which alone knows the secret.
	AnyKey bool
}

// Verified is what a valid signature established.
type Verified struct {
	AccessKeyID   string
	Scope         Scope
	Time          time.Time
	SignedHeaders []string
	SessionToken  string
}

// Verify checks req's Authorization against body, req's path, query and
// headers, and the secret of its access key. decodedPath is the path the
// client signed (req.URL.Path unless a server stripped a prefix). The error
// is an *Error that says what AWS would answer.
func (v Verifier) Verify(req *http.Request, decodedPath string, body []byte) (Verified, error) {
	header := req.Header.Get("Authorization")
	if header == "" {
		return Verified{}, missingToken()
	}
	auth, err := ParseAuthorization(header)
	if err != nil {
		return Verified{}, err
	}
	when, amzDate, err := requestTime(req.Header)
	if err != nil {
		return Verified{}, err
	}
	if err := v.checkScope(auth, amzDate); err != nil {
		return Verified{}, err
	}
	if err := v.checkClock(when); err != nil {
		return Verified{}, err
	}
	if !slices.Contains(auth.SignedHeaders, "host") {
		return Verified{}, incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
	}
	token := req.Header.Get("X-Amz-Security-Token")
	if v.AnyKey {
		return Verified{
			AccessKeyID: auth.AccessKeyID, Scope: auth.Scope, Time: when,
			SignedHeaders: auth.SignedHeaders, SessionToken: token,
		}, nil
	}
	creds, err := v.credentials(auth.AccessKeyID, token)
	if err != nil {
		return Verified{}, err
	}
	creq, err := CanonicalRequest(req.Method, decodedPath, req.URL.RawQuery, req.Header, requestHost(req), auth.SignedHeaders, HashPayload(body))
	if err != nil {
		return Verified{}, incomplete(err.Error())
	}
	want := Signature(SigningKey(creds.SecretAccessKey, auth.Scope), StringToSign(amzDate, auth.Scope, creq))
	if subtle.ConstantTimeCompare([]byte(want), []byte(auth.Signature)) != 1 {
		err := mismatch(messageSignatureMismatch)
		err.signature = true
		return Verified{}, err
	}
	return Verified{
		AccessKeyID: auth.AccessKeyID, Scope: auth.Scope, Time: when,
		SignedHeaders: auth.SignedHeaders, SessionToken: creds.SessionToken,
	}, nil
}

// requestTime reads X-Amz-Date, or Date when there is none.
func requestTime(header http.Header) (time.Time, string, error) {
	amzDate := header.Get("X-Amz-Date")
	if amzDate == "" {
		date := header.Get("Date")
		if date == "" {
			return time.Time{}, "", incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
		}
		t, err := http.ParseTime(date)
		if err != nil {
			return time.Time{}, "", incomplete("Date must be in ISO-8601 'basic format'. Got '" + clip(date) + "'.")
		}
		return t.UTC(), t.UTC().Format(TimeFormat), nil
	}
	t, err := time.Parse(TimeFormat, amzDate)
	if err != nil {
		return time.Time{}, "", incomplete("Date must be in ISO-8601 'basic format'. Got '" + clip(amzDate) + "'. See http://en.wikipedia.org/wiki/ISO_8601")
	}
	return t, amzDate, nil
}

// checkScope compares the Credential's scope with the request time, the
// service and the regions.
func (v Verifier) checkScope(auth Authorization, amzDate string) error {
	scope := auth.Scope
	if day := amzDate[:8]; scope.Date != day {
		return mismatch("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '" +
			clip(scope.Date) + "' != '" + day + "', from '" + amzDate + "'.")
	}
	if scope.Region == "" || (v.Regions != nil && !v.Regions(scope.Region)) {
		return mismatch("Credential should be scoped to a valid region, not '" + clip(scope.Region) + "'. ")
	}
	if scope.Service != v.Service {
		return mismatch("Credential should be scoped to correct service: '" + v.Service + "'. ")
	}
	if auth.Terminator != terminator {
		return mismatch("Credential should be scoped with a valid terminator: 'aws4_request', not '" + clip(auth.Terminator) + "'. ")
	}
	return nil
}

// checkClock refuses a request signed too long ago or too far ahead.
func (v Verifier) checkClock(when time.Time) error {
	now := time.Now()
	if v.Now != nil {
		now = v.Now()
	}
	now = now.UTC()
	skew := v.MaxSkew
	if skew == 0 {
		skew = DefaultMaxSkew
	}
	minutes := strconv.Itoa(int(skew / time.Minute))
	if earliest := now.Add(-skew); when.Before(earliest) {
		return mismatch("Signature expired: " + when.Format(TimeFormat) + " is now earlier than " +
			earliest.Format(TimeFormat) + " (" + now.Format(TimeFormat) + " - " + minutes + " min.)")
	}
	if latest := now.Add(skew); when.After(latest) {
		return mismatch("Signature not yet current: " + when.Format(TimeFormat) + " is still later than " +
			latest.Format(TimeFormat) + " (" + now.Format(TimeFormat) + " + " + minutes + " min.)")
	}
	return nil
}

// credentials finds the key's secret and checks the session token.
func (v Verifier) credentials(accessKeyID, token string) (Credentials, error) {
	if v.Lookup == nil {
		return Credentials{}, invalidToken()
	}
	creds, ok := v.Lookup(accessKeyID)
	if !ok || creds.SecretAccessKey == "" {
		return Credentials{}, invalidToken()
	}
	if subtle.ConstantTimeCompare([]byte(creds.SessionToken), []byte(token)) != 1 {
		return Credentials{}, invalidToken()
	}
	return creds, nil
}
