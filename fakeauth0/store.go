package fakeauth0

import (
	"encoding/json"
	"maps"
	"strings"
	"sync"
	"time"
)

// timeLayout is how Auth0 writes created_at and updated_at.
const timeLayout = "2006-01-02T15:04:05.000Z"

// store holds the tenant's users as JSON objects, the way the Management
// API answers them. Safe for concurrent use.
type store struct {
	mu    sync.Mutex
	seed  []User
	users map[string]map[string]any
}

func newStore(seed []User, now time.Time) *store {
	s := &store{seed: seed}
	s.reset(now)
	return s
}

// reset brings back the users the tenant started with.
func (s *store) reset(now time.Time) {
	users := make(map[string]map[string]any, len(s.seed))
	for _, u := range s.seed {
		users[u.ID] = profileOf(u, now)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users = users
}

// profileOf is the Management API's view of a seeded user.
func profileOf(u User, now time.Time) map[string]any {
	provider, id, _ := strings.Cut(u.ID, "|")
	stamp := now.UTC().Format(timeLayout)
	p := map[string]any{
		"user_id":    u.ID,
		"created_at": stamp,
		"updated_at": stamp,
		"identities": []any{map[string]any{
			"provider": provider, "user_id": id, "connection": connectionOf(provider), "isSocial": false,
		}},
		"logins_count": 1,
	}
	if u.Email != "" {
		p["email"], p["email_verified"] = u.Email, false
		p["nickname"], _, _ = strings.Cut(u.Email, "@")
	}
	if u.PhoneNumber != "" {
		p["phone_number"], p["phone_verified"] = u.PhoneNumber, false
	}
	if u.Name != "" {
		p["name"] = u.Name
	} else if u.Email != "" {
		p["name"] = u.Email
	}
	if len(u.UserMetadata) > 0 {
		p["user_metadata"] = jsonCopy(u.UserMetadata)
	}
	if len(u.AppMetadata) > 0 {
		p["app_metadata"] = jsonCopy(u.AppMetadata)
	}
	return p
}

// connectionOf names the connection of a provider's users as a new
// tenant's defaults do.
func connectionOf(provider string) string {
	switch provider {
	case "auth0":
		return "Username-Password-Authentication"
	case "email", "sms":
		return provider
	default:
		return provider
	}
}

// get returns a copy of the user with id.
func (s *store) get(id string) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.users[id]
	if !ok {
		return nil, false
	}
	return jsonCopy(u), true
}

// update applies a validated patch to the user with id and returns the
// result, or false when there is no such user.
func (s *store) update(id string, patch map[string]any, now time.Time) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.users[id]
	if !ok {
		return nil, false
	}
	for k, v := range patch {
		switch {
		case k == "user_metadata" || k == "app_metadata":
			mergeMetadata(u, k, v)
		case writeOnly[k]:
		case v == nil:
			delete(u, k)
		default:
			u[k] = jsonCopy(v)
		}
	}
	u["updated_at"] = now.UTC().Format(timeLayout)
	return jsonCopy(u), true
}

// mergeMetadata merges patch into the user's metadata object at the first
// level only: a key set to null is removed, any other value replaces the
// old one whole, and an empty object (or null) removes the metadata.
func mergeMetadata(u map[string]any, field string, patch any) {
	p, _ := patch.(map[string]any)
	if len(p) == 0 {
		delete(u, field)
		return
	}
	current, _ := u[field].(map[string]any)
	merged := maps.Clone(current)
	if merged == nil {
		merged = map[string]any{}
	}
	for k, v := range p {
		if v == nil {
			delete(merged, k)
			continue
		}
		merged[k] = jsonCopy(v)
	}
	u[field] = merged
}

// jsonCopy deep-copies a value made of JSON types, so no caller shares
// the store's maps.
func jsonCopy[T any](v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only JSON-decoded values and seeded maps of them are copied
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}
