package fakeauth0

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
)

// usersPrefix is where the users endpoints live; the user id follows,
// URL-encoded ("auth0%7C123").
const usersPrefix = "/api/v2/users/"

// Scopes that let a token read or update a user, in the order Auth0's
// insufficient_scope message lists them.
var (
	readScopes          = []string{"read:users", "read:current_user", "read:user_idp_tokens"}
	updateScopes        = []string{"update:users", "update:users_app_metadata", "update:current_user_metadata"}
	updatableAttributes = []string{"app_metadata", "blocked", "client_id", "connection", "email", "email_verified", "family_name", "given_name", "name", "nickname", "password", "phone_number", "phone_verified", "picture", "user_metadata", "username", "verify_email", "verify_password", "verify_phone_number"}
	// writeOnly attributes steer an update (or set a secret) and are
	// never shown back.
	writeOnly         = map[string]bool{"client_id": true, "connection": true, "password": true, "verify_email": true, "verify_password": true, "verify_phone_number": true}
	booleanAttributes = []string{"blocked", "email_verified", "phone_verified", "verify_email", "verify_password", "verify_phone_number"}
)

// userID reads the id from a users path; false when the path names no
// single user.
func userID(escapedPath string) (string, bool) {
	rest, ok := strings.CutPrefix(escapedPath, usersPrefix)
	if !ok || rest == "" || strings.Contains(rest, "/") {
		return "", false
	}
	id, err := url.PathUnescape(rest)
	return id, err == nil
}

// authorize checks the Bearer token and that its scopes include one of
// want.
func (s *Server) authorize(header http.Header, host string, want []string) (claims, *apiError) {
	scheme, token, _ := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " ")
	token = strings.TrimSpace(token)
	if !strings.EqualFold(scheme, "Bearer") || token == "" {
		return claims{}, apiErr(http.StatusUnauthorized, "Missing authentication", "")
	}
	c, err := s.verify(token, s.domainOf(host), s.cfg.IDs.Now())
	if err != nil {
		return c, err
	}
	if !hasAny(strings.Fields(c.Scope), want) {
		return c, insufficientScope(want)
	}
	return c, nil
}

func hasAny(have, want []string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

func insufficientScope(want []string) *apiError {
	return apiErr(http.StatusForbidden, "Insufficient scope, expected any of: "+strings.Join(want, ","), "insufficient_scope")
}

// getUser answers GET /api/v2/users/{id}, honouring fields and
// include_fields as Auth0 does.
func (s *Server) getUser(c *call, id string) reply {
	if _, err := s.authorize(c.header, c.host, readScopes); err != nil {
		return apiReply(err)
	}
	u, ok := s.store.get(id)
	if !ok {
		return apiReply(userNotFound())
	}
	q, _ := url.ParseQuery(c.query)
	return jsonReply(http.StatusOK, selectFields(u, q.Get("fields"), q.Get("include_fields") != "false"))
}

func userNotFound() *apiError {
	return apiErr(http.StatusNotFound, "The user does not exist.", "inexistent_user")
}

// selectFields keeps (or, with include false, drops) the comma-separated
// fields; an empty list keeps everything.
func selectFields(u map[string]any, fields string, include bool) map[string]any {
	if strings.TrimSpace(fields) == "" {
		return u
	}
	named := strings.Split(fields, ",")
	for k := range u {
		if slices.Contains(named, k) != include {
			delete(u, k)
		}
	}
	return u
}

// patchUser answers PATCH /api/v2/users/{id}.
func (s *Server) patchUser(c *call, id string) reply {
	c2, err := s.authorize(c.header, c.host, updateScopes)
	if err != nil {
		return apiReply(err)
	}
	patch, err := decodePatch(c.body)
	if err != nil {
		return apiReply(err)
	}
	if !hasAny(strings.Fields(c2.Scope), []string{"update:users"}) && !metadataOnly(patch) {
		return apiReply(insufficientScope([]string{"update:users"}))
	}
	u, ok := s.store.update(id, patch, s.cfg.IDs.Now())
	if !ok {
		return apiReply(userNotFound())
	}
	return jsonReply(http.StatusOK, u)
}

// metadataOnly says whether a patch touches nothing but metadata, which
// update:users_app_metadata alone allows.
func metadataOnly(patch map[string]any) bool {
	for k := range patch {
		if k != "user_metadata" && k != "app_metadata" {
			return false
		}
	}
	return true
}

// decodePatch reads and validates a PATCH body the way the Management
// API's schema does.
func decodePatch(body []byte) (map[string]any, *apiError) {
	var patch map[string]any
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&patch); err != nil || dec.More() {
		return nil, apiErr(http.StatusBadRequest, "Invalid request payload JSON format", "")
	}
	if patch == nil {
		return nil, invalidBody("Expected type object but found type null")
	}
	if len(patch) == 0 {
		return nil, invalidBody("Too few properties defined (0), minimum 1")
	}
	var extra []string
	for k := range patch {
		if !slices.Contains(updatableAttributes, k) {
			extra = append(extra, k)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		return nil, invalidBody("Additional properties not allowed: " + strings.Join(extra, ","))
	}
	return patch, validateAttributes(patch)
}

// validateAttributes checks the types of the attributes a patch sets.
func validateAttributes(patch map[string]any) *apiError {
	for _, k := range sortedKeys(patch) {
		v := patch[k]
		if v == nil {
			continue
		}
		want := "string"
		switch {
		case k == "user_metadata" || k == "app_metadata":
			want = "object"
		case slices.Contains(booleanAttributes, k):
			want = "boolean"
		}
		if got := jsonType(v); got != want {
			return apiErr(http.StatusBadRequest, "Payload validation error: 'Expected type "+want+" but found type "+got+
				"' on property "+k+".", "invalid_body")
		}
	}
	return nil
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case float64:
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	default:
		return "null"
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
