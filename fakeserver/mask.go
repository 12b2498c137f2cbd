package fakeserver

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/hookemu/hookemu/internal/lazyre"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/provider"
	"github.com/hookemu/hookemu/providers"
)

// masker hides credentials in what the REST API shows: those it can
// recognise by where they stand (credential headers, password-like form,
// JSON and query fields), and the values of Config.Secrets in every
// encoding the harness's redactor knows, wherever they stand (a Twilio
// account SID in a path, a key in a response).
type masker struct {
	secrets *harness.Redactor
	// credentials holds the redactors of the credentials requests carry
	// (nil: none kept), shared by every copy of the masker.
	credentials *redactorCache
	// texts keeps what text returned (nil: nothing kept).
	texts *textCache
	// learned are the secrets given after the server started (the
	// runner's), shared by every copy of the masker.
	learned *learnedSecrets
}

// redacted replaces a credential the server recognised but was not told.
const redacted = "<redacted>"

// credentialHeaders are request headers that carry nothing but
// credentials.
var credentialHeaders = []string{"Authorization", "Proxy-Authorization", "X-Api-Key"}

// credentialFields are form, JSON and query field names (compared in
// lower case, without '_' and '-') whose values are credentials.
var credentialFields = map[string]bool{
	"password": true, "passwd": true, "apisecret": true, "apikey": true, "clientsecret": true,
	"secret": true, "authtoken": true, "accesstoken": true,
}

// mayNameCredential matches wherever a credential field's name may be.
var mayNameCredential = lazyre.New(`(?i)pass|secret|key|token`)

func isCredentialField(name string) bool {
	name = strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(name), "_", ""), "-", "")
	return credentialFields[name]
}

// message is the API's view of one journal entry, masked: the
// credentials recognised by where they stand, Config.Secrets, and the
// credentials the provider's Describe finds in the request, wherever
// they show.
func (m masker) message(e fakekit.Entry) Message {
	msg := m.mask(newMessage(e))
	if p, creds := requestCredentials(e); len(creds) > 0 {
		msg = masker{secrets: m.credentials.redactor(p, creds)}.mask(msg)
	}
	if learned := m.learned.redactor(); learned.Enabled() {
		msg = masker{secrets: learned}.mask(msg)
	}
	return msg
}

// searchText is e's text as the API shows it (masked as message masks
// it, without reading the rest of the request), in lower case as a
// search of the text compares it.
func (m masker) searchText(e *fakekit.Entry) string {
	if text, ok := m.texts.get(e.Provider, e.ID); ok {
		return text
	}
	text := strings.ToLower(m.text(e))
	m.texts.put(e.Provider, e.ID, text)
	return text
}

// text is e's text as the API shows it: masked as message masks it.
func (m masker) text(e *fakekit.Entry) string {
	p, ok := providers.Lookup(e.Provider)
	if !ok {
		return ""
	}
	described := p.Describe(e.Method, pathAndQuery(*e), e.Header, e.Body)
	text := m.secrets.String(described.Text)
	if len(described.Credentials) > 0 {
		text = m.credentials.redactor(p, described.Credentials).String(text)
	}
	return m.learned.redactor().String(text)
}

// requestCredentials are the credentials the entry's provider reads from
// its request.
func requestCredentials(e fakekit.Entry) (provider.Provider, []string) {
	p, ok := providers.Lookup(e.Provider)
	if !ok {
		return nil, nil
	}
	return p, p.Describe(e.Method, pathAndQuery(e), e.Header, e.Body).Credentials
}

// credentialNames names the credentials p's Describe found, as masks show
// them (<secret:8x8-credential>).
func credentialNames(p provider.Provider, creds []string) map[string]string {
	out := make(map[string]string, len(creds))
	for i, c := range creds {
		name := p.Name() + "-credential"
		if i > 0 {
			name += "-" + strconv.Itoa(i+1)
		}
		out[name] = c
	}
	return out
}

// mask hides credentials and secrets in msg.
func (m masker) mask(msg Message) Message {
	msg.Headers = m.headers(msg.Headers)
	msg.Query = maskQuery(msg.Query)
	msg.Form = m.form(msg.Form)
	msg.Request = m.json(maskJSONFields(msg.Request))
	msg.Response = m.json(msg.Response)
	for _, s := range []*string{&msg.Path, &msg.Query, &msg.Destination, &msg.Text, &msg.Code, &msg.Spoken, &msg.MessageID, &msg.RequestText,
		&msg.ResponseText, &msg.Upstream, &msg.Error} {
		*s = m.secrets.String(*s)
	}
	return msg
}

// form masks a form's fields, names included.
func (m masker) form(fields map[string]any) map[string]any {
	if fields == nil {
		return nil
	}
	shown := make(map[string]any, len(fields))
	for k, v := range fields {
		switch x := v.(type) {
		case string:
			v = m.field(k, x)
		case []string:
			for i := range x {
				x[i] = m.field(k, x[i])
			}
		}
		shown[m.secrets.String(k)] = v
	}
	return shown
}

// field is a form field's value as shown.
func (m masker) field(name, value string) string {
	if isCredentialField(name) {
		return redacted
	}
	return m.secrets.String(value)
}

// headers hides credential headers but keeps their scheme, which is
// often what is wrong ("Basic" where "Bearer" was due), and cookies' names.
func (m masker) headers(h map[string]string) map[string]string {
	shown := make(map[string]string, len(h))
	for name, v := range h {
		shown[m.secrets.String(name)] = m.secrets.String(v)
	}
	h = shown
	for _, name := range credentialHeaders {
		v, ok := h[name]
		if !ok {
			continue
		}
		if scheme, _, found := strings.Cut(v, " "); found {
			h[name] = scheme + " " + redacted
		} else {
			h[name] = redacted
		}
	}
	if v, ok := h["Cookie"]; ok {
		h["Cookie"] = maskCookies(v)
	}
	return h
}

// maskCookies keeps each cookie's name and hides its value.
func maskCookies(header string) string {
	parts := strings.Split(header, ";")
	for i, p := range parts {
		name, _, _ := strings.Cut(strings.TrimSpace(p), "=")
		parts[i] = name + "=" + redacted
	}
	return strings.Join(parts, "; ")
}

// maskQuery hides the values of credential fields in a query string.
func maskQuery(query string) string {
	values, err := url.ParseQuery(query)
	if err != nil {
		return redacted // unreadable: it may hold anything
	}
	changed := false
	for k, vs := range values {
		if isCredentialField(k) {
			for i := range vs {
				vs[i] = redacted
			}
			changed = true
		}
	}
	if !changed {
		return query
	}
	return values.Encode()
}

// maskJSONFields hides the values of credential fields anywhere in a JSON
// body; the body is rewritten (keys sorted) only when it has one.
func maskJSONFields(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 || !mayNameCredential().Match(raw) {
		return raw // most bodies: no need to decode them
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return raw
	}
	if !hideCredentialFields(v) {
		return raw
	}
	return marshalShown(v, raw)
}

// marshalShown encodes v without HTML escaping, so "<redacted>" reads as
// written; fallback when it cannot.
func marshalShown(v any, fallback json.RawMessage) json.RawMessage {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if enc.Encode(v) != nil {
		return fallback
	}
	return bytes.TrimSpace(buf.Bytes())
}

// hideCredentialFields replaces credential fields' values in v, a
// decoded JSON value, and says whether it found any.
func hideCredentialFields(v any) bool {
	found := false
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if isCredentialField(k) {
				x[k], found = redacted, true
			} else if hideCredentialFields(val) {
				found = true
			}
		}
	case []any:
		for _, val := range x {
			if hideCredentialFields(val) {
				found = true
			}
		}
	}
	return found
}

// json masks the secrets in every string of a JSON body, keeping the
// body as it is when none shows.
func (m masker) json(raw json.RawMessage) json.RawMessage {
	if len(raw) == 0 || !m.secrets.Enabled() {
		return raw
	}
	masked := m.secrets.String(string(raw))
	if masked == string(raw) {
		return raw
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return raw
	}
	return marshalShown(m.secrets.Any(v), json.RawMessage(`"`+redacted+`"`))
}

// redactorCacheSize bounds the redactors kept: a client sends with one
// key or a few, so a handful serve every message, and a server sent many
// keys builds again what it dropped.
const redactorCacheSize = 64

// redactorCache keeps the redactors of the credentials messages carried,
// since building one (every form of every credential) costs far more
// than masking with it, and a search of the text masks every message in
// the journal. It is safe for concurrent use; its nil value keeps none.
type redactorCache struct {
	mu    sync.Mutex
	built map[string]*harness.Redactor
}

// redactor masks the credentials p's Describe found, named as
// credentialNames names them; built once per provider and values.
func (c *redactorCache) redactor(p provider.Provider, creds []string) *harness.Redactor {
	if c == nil {
		return harness.NewRedactor(credentialNames(p, creds))
	}
	key := p.Name() + "\x00" + strings.Join(creds, "\x00")
	c.mu.Lock()
	r, ok := c.built[key]
	c.mu.Unlock()
	if ok {
		return r
	}
	r = harness.NewRedactor(credentialNames(p, creds))
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.built == nil || len(c.built) >= redactorCacheSize {
		c.built = make(map[string]*harness.Redactor, redactorCacheSize)
	}
	c.built[key] = r
	return r
}
