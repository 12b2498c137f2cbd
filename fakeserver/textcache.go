package fakeserver

import "sync"

// maxTextCacheBytes bounds the texts a textCache keeps per provider: SMS
// texts are short, but a request may carry a long one.
const maxTextCacheBytes = 16 << 20

// textCache keeps each message's text as the API shows it (masked) and in
// lower case, which a search of the text (text=) reads for every message in the journal:
// working it out means parsing the request again and masking it, while a
// message never changes once received, so the inbox searching 10,000
// messages as each new one arrives would parse them all every time. It
// keeps the texts of the newest keep IDs of each provider (what its
// journal can hold) within maxTextCacheBytes. It is safe for concurrent
// use; a nil cache keeps nothing.
type textCache struct {
	keep      int64
	mu        sync.Mutex
	providers map[string]*cachedTexts
}

// cachedTexts are one provider's texts by message ID.
type cachedTexts struct {
	texts  map[int64]string
	bytes  int
	newest int64
}

func newTextCache(keep int) *textCache {
	return &textCache{keep: int64(keep), providers: map[string]*cachedTexts{}}
}

// get is the text of the provider's message id, when kept.
func (c *textCache) get(provider string, id int64) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.providers[provider]
	if p == nil {
		return "", false
	}
	text, ok := p.texts[id]
	return text, ok
}

// put keeps the text of the provider's message id, first forgetting the
// texts of messages its journal can no longer hold.
func (c *textCache) put(provider string, id int64, text string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.providers[provider]
	if p == nil || p.bytes+len(text) > maxTextCacheBytes {
		p = &cachedTexts{texts: map[int64]string{}}
		c.providers[provider] = p
	}
	p.newest = max(p.newest, id)
	if int64(len(p.texts)) >= 2*c.keep {
		for old, t := range p.texts {
			if old <= p.newest-c.keep {
				delete(p.texts, old)
				p.bytes -= len(t)
			}
		}
	}
	p.texts[id] = text
	p.bytes += len(text)
}

// reset forgets every text, as DELETE messages forgets the messages.
func (c *textCache) reset() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.providers)
}
