package emulator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hookemu/hookemu/internal/hostfile"
	"github.com/hookemu/hookemu/internal/suggest"
)

// Payload is what Auth0 passes a send-phone-message hook: the recipient,
// the message text and the context object. It is also the shape of the
// Auth0 editor's "Run" payload, which users keep in payload files.
type Payload struct {
	Recipient string         `json:"recipient"`
	Text      string         `json:"text"`
	Context   map[string]any `json:"context"`
	// Event sets fields of an Action's event that a hook's context has no
	// place for (event.notification's message_type or from, the tenant,
	// the organization) or that differ from what the context gives. A
	// hook never sees it. See ActionEvent.
	Event map[string]any `json:"event,omitempty"`
}

// DefaultPayload is the Auth0 runner's example payload, with the recipient
// in E.164 form as production sends it (the runner's own "1-808-555-5555"
// is what a real provider rejects).
func DefaultPayload() Payload {
	return Payload{
		Recipient: "+18085555555",
		Text:      "Here is your one time password: 999111",
		Context: map[string]any{
			"message_type": "sms",
			"action":       "enrollment",
			"factor_type":  "second",
			"language":     "en",
			"code":         "123456",
			"ip":           "example.us.auth0.com",
			"request":      map[string]any{"ip": "2001:db8::1"},
			"user_agent":   "Mozilla/5.0",
			"client_id":    "1235",
			"client": map[string]any{
				"client_id": "1235", "name": "Test Application", "client_metadata": map[string]any{},
			},
			"client_metadata": map[string]any{},
			"user": map[string]any{
				"user_id": "auth0|test12345", "name": "Billie Magnusson", "email": "billie@email.com",
				"app_metadata": map[string]any{}, "user_metadata": map[string]any{},
			},
		},
	}
}

// ParsePayload reads a payload document ({recipient, text, context}) and
// merges it over DefaultPayload, so a file need only say what differs.
func ParsePayload(data []byte) (Payload, error) {
	var doc map[string]any
	if err := hostfile.CheckText(data); err != nil {
		return Payload{}, fmt.Errorf("payload is not JSON: %w", err)
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return Payload{}, fmt.Errorf("payload is not a JSON object: %s; write it as {\"recipient\": \"+18085555555\", \"text\": \"...\", \"context\": {...}}", jsonProblem(data, err))
	}
	return DefaultPayload().Merge(doc)
}

// jsonProblem places a JSON error at its line and column, as YAML's
// errors are.
func jsonProblem(data []byte, err error) string {
	if line, col, ok := hostfile.JSONPosition(data, err); ok {
		return fmt.Sprintf("line %d, column %d: %v", line, col, err)
	}
	return err.Error()
}

// Merge returns p with the fields of doc laid over it (objects merged key
// by key, anything else replaced). Unknown top-level keys are an error, so
// a typo such as "recipent" cannot go unnoticed.
func (p Payload) Merge(doc map[string]any) (Payload, error) {
	// The context and event are copied once, merged or not: out never
	// shares a map with p.
	out := Payload{Recipient: p.Recipient, Text: p.Text}
	var small [8]string // a document's keys fit: sorted without allocating
	keys := small[:0]
	for key := range doc {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	for _, key := range keys {
		value := doc[key]
		switch key {
		case "recipient", "text":
			s, ok := value.(string)
			if !ok {
				return Payload{}, &PayloadError{Field: key, Problem: fmt.Sprintf("is %s, not a string", describe(value))}
			}
			if key == "recipient" {
				out.Recipient = s
			} else {
				out.Text = s
			}
		case "context":
			ctx, ok := value.(map[string]any)
			if !ok {
				return Payload{}, &PayloadError{Field: key, Problem: fmt.Sprintf("is %s, not an object", describe(value))}
			}
			if err := checkContextKeys(ctx); err != nil {
				return Payload{}, err
			}
			out.Context = mergeMaps(p.Context, ctx)
			syncFlatCopies(out.Context, ctx)
		case "event":
			event, ok := value.(map[string]any)
			if !ok {
				return Payload{}, &PayloadError{Field: key, Problem: fmt.Sprintf("is %s, not an object", describe(value))}
			}
			if err := checkEventKeys(event); err != nil {
				return Payload{}, err
			}
			out.Event = mergeMaps(p.Event, event)
		default:
			return Payload{}, unknownField(key, key, []string{"recipient", "text", "context", "event"})
		}
	}
	if out.Context == nil {
		out.Context = mergeMaps(nil, p.Context)
	}
	if out.Event == nil && p.Event != nil {
		out.Event = mergeMaps(nil, p.Event)
	}
	return out, nil
}

// syncFlatCopies keeps the flat copies the Twilio docs page shows
// (client_id, client_metadata) equal to the client object, unless the
// override set them itself.
func syncFlatCopies(ctx, override map[string]any) {
	client, _ := ctx["client"].(map[string]any)
	if client == nil {
		return
	}
	if _, set := override["client_id"]; !set {
		ctx["client_id"] = client["client_id"]
	}
	if _, set := override["client_metadata"]; !set {
		ctx["client_metadata"] = client["client_metadata"]
	}
}

// checkContextKeys refuses a context key Auth0 never sends, so a typo
// such as "mesage_type" cannot silently leave the default in place.
// The keys are those of DefaultPayload's context: every one Auth0 sends.
//
// The common case, every key known, is checked without sorting; only a
// context with an unknown key is sorted, so the key named is the first
// unknown one in order, whatever the map's order.
func checkContextKeys(ctx map[string]any) error {
	known := contextKeys()
	for key := range ctx {
		if _, found := slices.BinarySearch(known, key); !found {
			return firstUnknownContextKey(ctx, known)
		}
	}
	return nil
}

// contextKeys are DefaultPayload's context keys, sorted, made once.
var contextKeys = sync.OnceValue(func() []string { return slices.Sorted(maps.Keys(DefaultPayload().Context)) })

func firstUnknownContextKey(ctx map[string]any, known []string) error {
	for _, key := range slices.Sorted(maps.Keys(ctx)) {
		if _, found := slices.BinarySearch(known, key); !found {
			return unknownField("context."+key, key, known)
		}
	}
	return nil
}

// checkEventKeys refuses an event object or field Auth0 documents for
// neither Action trigger, so a typo such as "notfication" or "delivery"
// cannot go unnoticed. Each object must be an object.
func checkEventKeys(event map[string]any) error {
	known := slices.Sorted(maps.Keys(eventFields))
	for _, key := range slices.Sorted(maps.Keys(event)) {
		fields, ok := eventFields[key]
		if !ok {
			return unknownEventField("event."+key, key, known)
		}
		obj, ok := event[key].(map[string]any)
		if !ok {
			return &PayloadError{Field: "event." + key, Problem: fmt.Sprintf("is %s, not an object", describe(event[key]))}
		}
		if fields == nil {
			continue
		}
		for _, field := range slices.Sorted(maps.Keys(obj)) {
			if !slices.Contains(fields, field) {
				return unknownEventField("event."+key+"."+field, field, fields)
			}
		}
	}
	return nil
}

func unknownEventField(field, key string, known []string) error {
	if key == "secrets" {
		return &PayloadError{Field: field, Problem: "is not set in the payload: give secrets with --secret, --secrets-file or a scenario's secrets"}
	}
	if key == "message_options" {
		return &PayloadError{Field: field, Problem: "is not set here: a send-phone-message Action's message_options come from recipient, text and context"}
	}
	if guess := suggest.Nearest(key, known); guess != "" {
		return &PayloadError{Field: field, Problem: fmt.Sprintf("is not a field of an Action's event Auth0 documents; did you mean %q?", guess)}
	}
	return &PayloadError{Field: field, Problem: "is not a field of an Action's event Auth0 documents; the fields are " + strings.Join(known, ", ")}
}

// unknownField is the error for a payload key Auth0 never sends, with the
// key most likely meant.
func unknownField(field, key string, known []string) error {
	if guess := suggest.Nearest(key, known); guess != "" {
		return &PayloadError{Field: field, Problem: fmt.Sprintf("is not a field Auth0 sends; did you mean %q?", guess)}
	}
	return &PayloadError{Field: field, Problem: "is not a field Auth0 sends; the fields are " + strings.Join(known, ", ")}
}

// mergeMaps deep-copies base and lays override over it.
func mergeMaps(base, override map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(override))
	for k, v := range base {
		out[k] = deepCopy(v)
	}
	for k, v := range override {
		if bm, ok := out[k].(map[string]any); ok {
			if om, ok := v.(map[string]any); ok {
				out[k] = mergeMaps(bm, om)
				continue
			}
		}
		out[k] = deepCopy(v)
	}
	return out
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		return mergeMaps(nil, x)
	case []any:
		out := make([]any, len(x))
		for i, item := range x {
			out[i] = deepCopy(item)
		}
		return out
	default:
		return v
	}
}

// PayloadError names the payload field Auth0 would never send as given.
type PayloadError struct {
	Field   string
	Problem string
}

func (e *PayloadError) Error() string {
	return fmt.Sprintf("payload: %s %s", e.Field, e.Problem)
}

// MessageTypes are the values of context.message_type Auth0 sends.
func MessageTypes() []string { return []string{"sms", "voice"} }

// NotificationTypes are the values of a custom-phone-provider event's
// notification.message_type Auth0 documents.
func NotificationTypes() []string {
	return []string{"otp_verify", "otp_enroll", "blocked_account", "change_password", "password_breach"}
}

// DeliveryMethods are the values of notification.delivery_method, and of
// a custom phone provider's delivery_methods.
func DeliveryMethods() []string { return []string{"text", "voice"} }

// Actions are the values of context.action Auth0 sends: its compiler
// accepts the first two; one docs page says "authentication", so it is
// accepted too.
func Actions() []string {
	return []string{"enrollment", "second-factor-authentication", "authentication"}
}

// Validate checks the payload the way Auth0's send-phone-message compiler
// did before calling the hook: a payload that fails here is one Auth0 never
// sends, so running the hook with it would test nothing real.
func (p Payload) Validate() error {
	ctx := p.Context
	checks := []struct {
		field string
		value any
		allow []string
	}{
		{"context.message_type", ctx["message_type"], MessageTypes()},
		{"context.action", ctx["action"], Actions()},
		{"context.language", ctx["language"], nil},
		{"context.code", ctx["code"], nil},
		{"context.ip", ctx["ip"], nil},
		{"context.user_agent", ctx["user_agent"], nil},
	}
	if p.Recipient == "" {
		return &PayloadError{Field: "recipient", Problem: "is empty; give the phone number, e.g. \"+18085555555\""}
	}
	for _, c := range checks {
		if err := checkString(c.field, c.value, c.allow); err != nil {
			return err
		}
	}
	if err := checkClient(ctx["client"]); err != nil {
		return err
	}
	if _, ok := ctx["user"].(map[string]any); !ok {
		return &PayloadError{Field: "context.user", Problem: fmt.Sprintf("is %s; Auth0 always sends a user object", describe(ctx["user"]))}
	}
	return p.validateNotification()
}

// validateNotification checks the event.notification fields a payload
// sets: the two enumerations, and text where Auth0 sends text.
func (p Payload) validateNotification() error {
	n, _ := p.Event["notification"].(map[string]any)
	for _, field := range eventFields["notification"] {
		value, set := n[field]
		if !set {
			continue
		}
		var allow []string
		switch field {
		case "message_type":
			allow = NotificationTypes()
		case "delivery_method":
			allow = DeliveryMethods()
		}
		if err := checkString("event.notification."+field, value, allow); err != nil {
			return err
		}
	}
	return nil
}

func checkString(field string, value any, allow []string) error {
	s, ok := value.(string)
	if !ok {
		return &PayloadError{Field: field, Problem: fmt.Sprintf("is %s, not a string", describe(value))}
	}
	if allow == nil {
		return nil
	}
	for _, a := range allow {
		if s == a {
			return nil
		}
	}
	return &PayloadError{Field: field, Problem: fmt.Sprintf("is %q; Auth0 sends only %s", s, quoteList(allow))}
}

func checkClient(v any) error {
	if v == nil {
		return nil // optional, as in Auth0's compiler
	}
	client, ok := v.(map[string]any)
	if !ok {
		return &PayloadError{Field: "context.client", Problem: fmt.Sprintf("is %s, not an object", describe(v))}
	}
	for _, key := range []string{"client_id", "name"} {
		if _, ok := client[key].(string); !ok {
			return &PayloadError{Field: "context.client." + key, Problem: fmt.Sprintf("is %s, not a string", describe(client[key]))}
		}
	}
	return nil
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "missing"
	case string:
		return fmt.Sprintf("the string %q", x)
	case float64, int:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("the boolean %v", x)
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func quoteList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, " or ")
}

// MarshalJSON writes the payload as encoding/json would write the
// struct, without going through reflection for the context and event
// maps: a payload crosses the pipe to a worker with every scenario of
// `hookemu test`, and reflection's map walk costs two allocations per
// key. Keys are sorted as encoding/json sorts them; a string of plain
// ASCII is written as it is, and anything else (other characters,
// numbers, values of other types) goes through encoding/json. HTML
// characters are left unescaped here: the encoder that called this
// escapes them, or not, as it was told.
func (p Payload) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 1024)
	b = append(b, `{"recipient":`...)
	b = appendJSONString(b, p.Recipient)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, p.Text)
	b = append(b, `,"context":`...)
	b, err := appendJSONValue(b, p.Context)
	if err != nil {
		return nil, err
	}
	if len(p.Event) > 0 {
		b = append(b, `,"event":`...)
		if b, err = appendJSONValue(b, p.Event); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

func appendJSONValue(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case string:
		return appendJSONString(b, x), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case map[string]any:
		if x == nil {
			return append(b, "null"...), nil
		}
		return appendJSONObject(b, x)
	case []any:
		if x == nil {
			return append(b, "null"...), nil
		}
		b = append(b, '[')
		for i, item := range x {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendJSONValue(b, item); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	}
	return appendJSONSlow(b, v)
}

func appendJSONObject(b []byte, m map[string]any) ([]byte, error) {
	var small [16]string // a context's maps fit: no allocation for the keys
	keys := small[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		var err error
		if b, err = appendJSONValue(b, m[k]); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// appendJSONString writes plain printable ASCII between quotes as it is,
// which is what encoding/json writes for it; any other string goes
// through encoding/json.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			out, _ := appendJSONSlow(b, s) // a string always encodes
			return out
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSONSlow is encoding/json's encoding of v, HTML left unescaped
// (see MarshalJSON), without the newline its Encoder adds.
func appendJSONSlow(b []byte, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...), nil
}
