package fake8x8

// The shapes 8x8's OpenAPI file gives as regular expressions, checked
// byte by byte: compiling the expressions cost the first request of every
// process more than the rest of its validation, and each shape is a run
// of one character class. patterns_test.go holds the expressions
// themselves and checks these functions against them.

// isMSISDN is `^\+{0,1}[1-9]{1}[0-9]{6,14}$`: an international number, the
// "+" optional, 7 to 15 digits, the first not 0.
func isMSISDN(s string) bool {
	if len(s) > 0 && s[0] == '+' {
		s = s[1:]
	}
	return len(s) > 0 && s[0] != '0' && isDigits(s, 7, 15)
}

// isSubAccountID is `^[A-Za-z0-9\-._&]{3,50}$`.
func isSubAccountID(s string) bool {
	return len(s) >= 3 && len(s) <= 50 && allBytes(s, func(b byte) bool {
		return isAlnum(b) || b == '-' || b == '.' || b == '_' || b == '&'
	})
}

// isNational is `^[0-9]{4,15}$`: a number as dialled inside its country.
func isNational(s string) bool { return isDigits(s, 4, 15) }

// isNANP is `^1[2-9][0-9]{2}[2-9][0-9]{6}$`, the North American numbering
// plan: area code and exchange never start with 0 or 1.
func isNANP(s string) bool {
	return isDigits(s, 11, 11) && s[0] == '1' && s[1] >= '2' && s[4] >= '2'
}

// isUUID is `^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$`,
// the shape of umids and batch ids.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := range len(s) {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHex(s[i]) {
				return false
			}
		}
	}
	return true
}

// isDigits holds when s is min to max ASCII digits.
func isDigits(s string, minLen, maxLen int) bool {
	return len(s) >= minLen && len(s) <= maxLen && allBytes(s, isDigit)
}

func allBytes(s string, ok func(byte) bool) bool {
	for i := range len(s) {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isHex(b byte) bool { return isDigit(b) || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F' }

func isAlnum(b byte) bool { return isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
