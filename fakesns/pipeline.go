package fakesns

import (
	"context"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/internal/sigv4"
)

// maxBodyBytes bounds a request body: SNS takes messages up to 256 KiB,
// which form encoding can triple. A size this fake chooses.
const (
	maxBodyBytes = 1 << 20
	maxBodyText  = "1 MiB"
)

// servePrefix is where `serve` answers SNS on its single port (SNS
// posts to "/", so it is reached under its name only).
const servePrefix = "/" + Name

// exchange is one request as the pipeline sees it, whether it came
// through ServeHTTP or Check.
type exchange struct {
	req      *http.Request
	body     []byte
	tooLarge bool
	// signedPath is the path the client signed: the request line's, even
	// when a server in front stripped a prefix from URL.Path.
	signedPath string
	params     url.Values
	region     string
	keyID      string
}

// outcome is the answer to an exchange.
type outcome struct {
	status int
	body   []byte
	// err is set for an error answer; body is then encoded from it.
	err         *apiError
	destination string
	messageID   string
	accepted    bool
	abandoned   bool
}

func failed(e *apiError) outcome { return outcome{status: e.Status, err: e} }

// ServeHTTP answers one request to the SNS Query API and journals it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, tooLarge, readErr := fakekit.ReadBody(r, maxBodyBytes)
	x := &exchange{req: r, body: body, tooLarge: tooLarge, signedPath: signedPath(r)}
	var o outcome
	if readErr != nil {
		o = failed(&apiError{Status: http.StatusBadRequest, Code: "MalformedQueryString",
			Message: "The request body could not be read"})
	} else {
		o = s.evaluate(r.Context(), x, true)
	}
	requestID := s.cfg.IDs.UUID()
	if o.err != nil {
		o.body = encodeError(o.err, requestID)
	} else if o.body != nil {
		o.body = encodeSuccess(x.params.Get("Action"), o.body, requestID)
	}
	write(w, o.status, o.body, requestID, o.abandoned, s.cfg.Clock())
	s.journal.Add(fakekit.Entry{
		Time:        s.cfg.IDs.Now(),
		Provider:    Name,
		Method:      r.Method,
		Path:        r.URL.Path,
		Query:       r.URL.RawQuery,
		Header:      r.Header.Clone(),
		Body:        body,
		Status:      o.status,
		Response:    o.body,
		Destination: o.destination,
		MessageID:   o.messageID,
		Accepted:    o.accepted,
	})
}

// Check says whether the fake would refuse a request, without recording
// it: every rule ServeHTTP applies, but no faults and no delay. path may
// carry a query string, or be the whole URL: the signature covers the
// host, which comes from there or from a Host header.
func (s *Server) Check(method, path string, header http.Header, body []byte) (status int, errBody []byte, ok bool) {
	if header == nil {
		header = http.Header{}
	}
	u, err := url.Parse(path)
	if err != nil {
		u = &url.URL{Path: path}
	}
	host := header.Get("Host")
	if host == "" {
		host = u.Host
	}
	req := &http.Request{Method: method, URL: u, Header: header, Host: host}
	x := &exchange{req: req, body: body, tooLarge: len(body) > maxBodyBytes, signedPath: u.Path}
	o := s.evaluate(context.Background(), x, false)
	if o.err != nil {
		return o.status, encodeError(o.err, s.cfg.IDs.UUID()), false
	}
	return o.status, nil, true
}

// evaluate runs the rules in a fixed order (size, method, parameters,
// signature, region, action), so a request with several mistakes always
// gets the same answer; live requests also get faults and change state.
func (s *Server) evaluate(ctx context.Context, x *exchange, live bool) outcome {
	if x.tooLarge {
		return failed(tooLarge())
	}
	if x.req.Method != http.MethodPost && x.req.Method != http.MethodGet {
		return failed(&apiError{Status: http.StatusMethodNotAllowed, Code: "MethodNotAllowed",
			Message: "SNS answers GET and POST only"})
	}
	params, err := parameters(x.req, x.body)
	if err != nil {
		return failed(err)
	}
	x.params = params
	verified, verr := s.verifier.Verify(x.req, x.signedPath, x.body)
	if sigv4.IsSignatureMismatch(verr) {
		// `serve` answers SNS under /sns/ and hands the fake the path
		// without it; the client signed the path it sent.
		if v, err := s.verifier.Verify(x.req, servePrefix+x.signedPath, x.body); err == nil {
			verified, verr = v, nil
		}
	}
	if verr != nil {
		return failed(fromSignature(verr))
	}
	x.keyID = verified.AccessKeyID
	x.region = verified.Scope.Region
	if host := regionOfHost(requestHost(x.req)); host != "" && host != x.region {
		return failed(regionMismatch(x.region))
	}
	return s.dispatch(ctx, x, live)
}

// dispatch runs the action the request names.
func (s *Server) dispatch(ctx context.Context, x *exchange, live bool) outcome {
	action := x.params.Get("Action")
	switch action {
	case "":
		return failed(missingAction())
	case "Publish":
		return s.publish(ctx, x, live)
	case "SetSMSAttributes":
		return s.setSMSAttributes(x, live)
	case "GetSMSAttributes":
		return s.getSMSAttributes(x)
	}
	if knownActions[action] {
		return failed(&apiError{Status: http.StatusBadRequest, Code: "InvalidAction",
			Message: "hookemu's fake SNS does not implement " + action + "; it answers Publish, SetSMSAttributes and GetSMSAttributes"})
	}
	return failed(invalidAction(action))
}

// parameters reads the Query API's parameters: the query string, and for
// a POST the form body.
func parameters(r *http.Request, body []byte) (url.Values, *apiError) {
	params, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &apiError{Status: http.StatusNotFound, Code: "MalformedQueryString", Message: "The query string is not valid: " + clip(err.Error())}
	}
	if r.Method != http.MethodPost || len(body) == 0 {
		return params, nil
	}
	if mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mediaType != "application/x-www-form-urlencoded" {
		return nil, &apiError{Status: http.StatusBadRequest, Code: "InvalidParameterValue",
			Message: "The body must be form-encoded (Content-Type application/x-www-form-urlencoded), not " + clip(r.Header.Get("Content-Type"))}
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, &apiError{Status: http.StatusBadRequest, Code: "MalformedQueryString", Message: "The form body is not valid: " + clip(err.Error())}
	}
	for k, v := range form {
		params[k] = append(params[k], v...)
	}
	return params, nil
}

// signedPath is the decoded path of the request line, which the client
// signed, falling back to URL.Path for requests made in process.
func signedPath(r *http.Request) string {
	if r.RequestURI != "" {
		if u, err := url.ParseRequestURI(r.RequestURI); err == nil && u.Path != "" {
			return u.Path
		}
	}
	return r.URL.Path
}

func requestHost(r *http.Request) string {
	if r.Host != "" {
		return r.Host
	}
	if r.URL != nil {
		return r.URL.Host
	}
	return ""
}

// knownActions are SNS's other actions, told apart from typos.
var knownActions = func() map[string]bool {
	names := "AddPermission CheckIfPhoneNumberIsOptedOut ConfirmSubscription CreatePlatformApplication " +
		"CreatePlatformEndpoint CreateSMSSandboxPhoneNumber CreateTopic DeleteEndpoint DeletePlatformApplication " +
		"DeleteSMSSandboxPhoneNumber DeleteTopic GetDataProtectionPolicy GetEndpointAttributes " +
		"GetPlatformApplicationAttributes GetSMSSandboxAccountStatus GetSubscriptionAttributes GetTopicAttributes " +
		"ListEndpointsByPlatformApplication ListOriginationNumbers ListPhoneNumbersOptedOut ListPlatformApplications " +
		"ListSMSSandboxPhoneNumbers ListSubscriptions ListSubscriptionsByTopic ListTagsForResource ListTopics " +
		"OptInPhoneNumber PublishBatch PutDataProtectionPolicy RemovePermission SetEndpointAttributes " +
		"SetPlatformApplicationAttributes SetSubscriptionAttributes SetTopicAttributes Subscribe TagResource " +
		"Unsubscribe UntagResource VerifySMSSandboxPhoneNumber"
	m := map[string]bool{}
	for name := range strings.FieldsSeq(names) {
		m[name] = true
	}
	return m
}()
