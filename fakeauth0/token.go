package fakeauth0

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// tokenRequest is the body of POST /oauth/token, JSON or form.
type tokenRequest struct {
	GrantType    string
	ClientID     string
	ClientSecret string
	Audience     string
	Scope        string
	scopeGiven   bool
}

// grantTypes Auth0 knows but the fake does not issue tokens for: a request
// for one is refused as a client not allowed that grant, which is what a
// machine-to-machine application gets.
var grantTypes = []string{
	"authorization_code", "password", "refresh_token", "implicit",
	"http://auth0.com/oauth/grant-type/password-realm",
	"http://auth0.com/oauth/grant-type/passwordless/otp",
	"http://auth0.com/oauth/grant-type/mfa-otp",
	"urn:ietf:params:oauth:grant-type:device_code",
	"urn:ietf:params:oauth:grant-type:token-exchange",
}

// parseTokenRequest reads a JSON or form body; another content type reads
// as an empty request, which then lacks grant_type. Credentials in an HTTP
// Basic header (client_secret_basic) count as given in the body.
func parseTokenRequest(header http.Header, body []byte) (tokenRequest, *oauthError) {
	var tr tokenRequest
	media, _, _ := mime.ParseMediaType(header.Get("Content-Type"))
	switch media {
	case "application/json":
		var raw map[string]any
		if err := json.Unmarshal(body, &raw); err != nil {
			return tr, invalidRequest("Invalid JSON body")
		}
		str := func(k string) string { s, _ := raw[k].(string); return s }
		tr = tokenRequest{GrantType: str("grant_type"), ClientID: str("client_id"), ClientSecret: str("client_secret"),
			Audience: str("audience"), Scope: str("scope")}
		_, tr.scopeGiven = raw["scope"]
	case "application/x-www-form-urlencoded":
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return tr, invalidRequest("Invalid form body")
		}
		tr = tokenRequest{GrantType: form.Get("grant_type"), ClientID: form.Get("client_id"), ClientSecret: form.Get("client_secret"),
			Audience: form.Get("audience"), Scope: form.Get("scope")}
		tr.scopeGiven = form.Has("scope")
	}
	if id, secret, ok := basicAuth(header); ok && tr.ClientID == "" && tr.ClientSecret == "" {
		tr.ClientID, tr.ClientSecret = id, secret
	}
	return tr, nil
}

func basicAuth(header http.Header) (id, secret string, ok bool) {
	r := http.Request{Header: header}
	id, secret, ok = r.BasicAuth()
	if ok {
		id, _ = url.QueryUnescape(id)
		secret, _ = url.QueryUnescape(secret)
	}
	return id, secret, ok
}

// tokenAnswer is the body of a granted token.
type tokenAnswer struct {
	AccessToken string `json:"access_token"`
	Scope       string `json:"scope"`
	ExpiresIn   int    `json:"expires_in"`
	TokenType   string `json:"token_type"`
}

// grant checks a token request in Auth0's order and answers the token.
func (s *Server) grant(host string, tr tokenRequest) (tokenAnswer, *oauthError) {
	switch {
	case tr.GrantType == "":
		return tokenAnswer{}, invalidRequest("Missing required parameter: grant_type")
	case slices.Contains(grantTypes, tr.GrantType):
		return tokenAnswer{}, &oauthError{status: http.StatusForbidden, code: "unauthorized_client",
			description: "Grant type '" + tr.GrantType + "' not allowed for the client.",
			uri:         "https://auth0.com/docs/clients/client-grant-types"}
	case tr.GrantType != "client_credentials":
		return tokenAnswer{}, &oauthError{status: http.StatusForbidden, code: "unsupported_grant_type",
			description: "Unsupported grant type: " + tr.GrantType}
	case tr.ClientID == "":
		return tokenAnswer{}, invalidRequest("Missing required parameter: client_id")
	}
	client, ok := s.client(tr.ClientID, tr.ClientSecret)
	if !ok {
		return tokenAnswer{}, unauthorized()
	}
	domain := s.domainOf(host)
	if err := s.checkAudience(domain, tr.Audience); err != nil {
		return tokenAnswer{}, err
	}
	if client.NoGrant {
		return tokenAnswer{}, accessDenied(`Client is not authorized to access "` + tr.Audience +
			`". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`)
	}
	scopes, err := grantedScopes(client, tr)
	if err != nil {
		return tokenAnswer{}, err
	}
	if domain == "" {
		domain, _ = audienceDomain(tr.Audience)
	}
	now := s.cfg.IDs.Now()
	claims := claims{
		Issuer: "https://" + domain + "/", Subject: tr.ClientID + "@clients", Audience: tr.Audience,
		IssuedAt: now.Unix(), Expires: now.Unix() + int64(s.cfg.TokenLifetime),
		Scope: strings.Join(scopes, " "), GrantType: "client-credentials", AuthorizedParty: tr.ClientID,
	}
	return tokenAnswer{AccessToken: s.sign(claims), Scope: claims.Scope, ExpiresIn: s.cfg.TokenLifetime, TokenType: "Bearer"}, nil
}

// client finds the client with id and checks its secret; with no clients
// configured, any non-empty secret opens a client with DefaultScopes.
func (s *Server) client(id, secret string) (Client, bool) {
	if len(s.cfg.Clients) == 0 {
		return Client{ID: id, Secret: secret}, secret != ""
	}
	for _, c := range s.cfg.Clients {
		if c.ID == id {
			return c, subtle.ConstantTimeCompare([]byte(c.Secret), []byte(secret)) == 1
		}
	}
	return Client{}, false
}

// checkAudience accepts only the Management API of the tenant's own
// domain (any auth0.com one when the domain is unknown, ""). Auth0 tells
// an API of another domain (a custom domain's, or another tenant's) from
// one that does not exist anywhere.
func (s *Server) checkAudience(domain, audience string) *oauthError {
	_, isManagement := audienceDomain(audience)
	switch {
	case audience == "":
		return accessDenied("No audience parameter was provided, and no default audience has been configured")
	case audience == managementAudience(domain), domain == "" && isManagement:
		return nil
	}
	if u, err := url.Parse(audience); err == nil && u.Path == "/api/v2/" && (s.isCustomDomain(u.Host) || isAuth0Host(u.Host)) {
		return accessDenied("Service not enabled within domain: " + audience)
	}
	return accessDenied("Service not found: " + audience)
}

func managementAudience(domain string) string { return "https://" + domain + "/api/v2/" }

// grantedScopes are the scopes asked for (all the client's when none
// are); asking for one the client lacks is refused.
func grantedScopes(c Client, tr tokenRequest) ([]string, *oauthError) {
	have := c.Scopes
	if len(have) == 0 {
		have = DefaultScopes
	}
	if !tr.scopeGiven || strings.TrimSpace(tr.Scope) == "" {
		return slices.Clone(have), nil
	}
	var granted, missing []string
	for _, sc := range strings.Fields(tr.Scope) {
		switch {
		case slices.Contains(granted, sc):
		case slices.Contains(have, sc):
			granted = append(granted, sc)
		default:
			missing = append(missing, sc)
		}
	}
	if len(missing) > 0 {
		return nil, accessDenied("Client has not been granted scopes: " + strings.Join(missing, ", "))
	}
	return granted, nil
}

// claims are what an access token says, as Auth0's Management API tokens
// do.
type claims struct {
	Issuer          string `json:"iss"`
	Subject         string `json:"sub"`
	Audience        string `json:"aud"`
	IssuedAt        int64  `json:"iat"`
	Expires         int64  `json:"exp"`
	Scope           string `json:"scope"`
	GrantType       string `json:"gty"`
	AuthorizedParty string `json:"azp"`
}

var b64 = base64.RawURLEncoding

// sign makes a JWT of c, HS256 with the tenant's key. Auth0 signs with
// RS256; what matters here is that only this tenant's tokens verify.
func (s *Server) sign(c claims) string {
	head := b64.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT","kid":"hookemu-fakeauth0"}`))
	signed := head + "." + b64.EncodeToString(marshal(c))
	return signed + "." + b64.EncodeToString(s.mac(signed))
}

func (s *Server) mac(data string) []byte {
	m := hmac.New(sha256.New, s.key[:])
	m.Write([]byte(data))
	return m.Sum(nil)
}

var (
	errInvalidToken = errors.New("Invalid token")
	errExpiredToken = errors.New("Expired token received for JSON Web Token validation")
)

// verify checks a token's signature, audience and expiry against the
// tenant, and returns its claims.
func (s *Server) verify(token, domain string, now time.Time) (claims, *apiError) {
	var c claims
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return c, apiErr(http.StatusUnauthorized, errInvalidToken.Error(), "")
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, s.mac(parts[0]+"."+parts[1])) {
		return c, apiErr(http.StatusUnauthorized, errInvalidToken.Error(), "")
	}
	payload, err := b64.DecodeString(parts[1])
	if err != nil || json.Unmarshal(payload, &c) != nil {
		return c, apiErr(http.StatusUnauthorized, errInvalidToken.Error(), "")
	}
	if _, ok := audienceDomain(c.Audience); c.Audience != managementAudience(domain) && (domain != "" || !ok) {
		return c, apiErr(http.StatusUnauthorized, "Bad audience: "+c.Audience, "")
	}
	if now.Unix() >= c.Expires {
		return c, apiErr(http.StatusUnauthorized, errExpiredToken.Error(), "")
	}
	return c, nil
}
