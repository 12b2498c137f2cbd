package querystring

import (
	"github.com/dop251/goja"
)

// scan is the state of Node's parse loop over one query string.
type scan struct {
	p                      *parser
	rt                     *goja.Runtime
	out                    *pairs
	qs                     string
	pairs                  int
	lastPos, sepIdx, eqIdx int
	key, value             []byte
	keyEncoded, valEncoded bool
	encodeCheck            int
}

func (s *scan) reset() {
	custom := s.p.decode != nil
	s.keyEncoded, s.valEncoded = custom, custom
	s.key, s.value = s.key[:0], s.value[:0]
	s.encodeCheck = 0
}

func (s *scan) plus() string {
	if s.p.decode != nil {
		return "%20"
	}
	return " "
}

// run scans qs; it stops early when maxKeys pairs have been added.
func (s *scan) run() {
	s.reset()
	sep, eq, qs := s.p.sep, s.p.eq, s.qs
	for i := 0; i < len(qs); i++ {
		c := qs[i]
		if s.sepIdx < len(sep) && c == sep[s.sepIdx] {
			if s.sepIdx++; s.sepIdx == len(sep) {
				if s.endPair(i) {
					return
				}
			}
			continue
		}
		s.sepIdx = 0
		if s.eqIdx < len(eq) {
			if c == eq[s.eqIdx] {
				if s.eqIdx++; s.eqIdx == len(eq) {
					if end := i - s.eqIdx + 1; s.lastPos < end {
						s.key = append(s.key, qs[s.lastPos:end]...)
					}
					s.encodeCheck = 0
					s.lastPos = i + 1
				}
				continue
			}
			s.eqIdx = 0
			if !s.keyEncoded && s.checkEncoded(c, &s.keyEncoded) {
				continue
			}
			if c == '+' {
				s.key = append(append(s.key, qs[s.lastPos:i]...), s.plus()...)
				s.lastPos = i + 1
				continue
			}
		}
		if c == '+' {
			s.value = append(append(s.value, qs[s.lastPos:i]...), s.plus()...)
			s.lastPos = i + 1
		} else if !s.valEncoded {
			s.checkEncoded(c, &s.valEncoded)
		}
	}
	s.finish()
}

// checkEncoded follows Node's encodeCheck: a '%' and two hex digits mark
// the key or value as needing decoding. It reports whether c was part of
// such a sequence (Node then skips the rest of the loop for keys).
func (s *scan) checkEncoded(c byte, encoded *bool) bool {
	if c == '%' {
		s.encodeCheck = 1
		return true
	}
	if s.encodeCheck > 0 {
		if unhexByte(c) >= 0 {
			if s.encodeCheck++; s.encodeCheck == 3 {
				*encoded = true
			}
			return true
		}
		s.encodeCheck = 0
	}
	return false
}

// endPair handles a complete separator ending at i; true means maxKeys
// was reached.
func (s *scan) endPair(i int) bool {
	end := i - s.sepIdx + 1
	if s.eqIdx < len(s.p.eq) {
		if s.lastPos < end {
			s.key = append(s.key, s.qs[s.lastPos:end]...)
		} else if len(s.key) == 0 {
			// an empty pair between separators
			if s.pairs--; s.pairs == 0 {
				return true
			}
			s.lastPos = i + 1
			s.sepIdx, s.eqIdx = 0, 0
			return false
		}
	} else if s.lastPos < end {
		s.value = append(s.value, s.qs[s.lastPos:end]...)
	}
	s.addPair()
	if s.pairs--; s.pairs == 0 {
		return true
	}
	s.reset()
	s.lastPos = i + 1
	s.sepIdx, s.eqIdx = 0, 0
	return false
}

func (s *scan) finish() {
	if s.lastPos < len(s.qs) {
		if s.eqIdx < len(s.p.eq) {
			s.key = append(s.key, s.qs[s.lastPos:]...)
		} else if s.sepIdx < len(s.p.sep) {
			s.value = append(s.value, s.qs[s.lastPos:]...)
		}
	} else if s.eqIdx == 0 && len(s.key) == 0 {
		return
	}
	s.addPair()
}

func (s *scan) addPair() {
	key := s.decoded(string(s.key), s.keyEncoded)
	value := s.decoded(string(s.value), s.valEncoded)
	s.out.add(key.String(), value)
}

// decoded is Node's decodeStr: the caller's decoder when there is one,
// falling back to unescape (with '+' as space) when it throws.
func (s *scan) decoded(str string, encoded bool) goja.Value {
	if str == "" || !encoded {
		return s.rt.ToValue(str)
	}
	if s.p.decode != nil {
		if v, ok := s.p.decode(str); ok {
			return v
		}
		return s.rt.ToValue(Unescape(str, true))
	}
	return s.rt.ToValue(Unescape(str, false))
}
