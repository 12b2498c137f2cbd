package provider

// Code lengths an OTP text may carry: Auth0 sends 6 digits, custom
// templates and Verify services use 4 to 10.
const (
	minCodeDigits = 4
	maxCodeDigits = 10
)

// ExtractCode finds the one-time code in a message's text, for the REST
// API's code field and for tests that log in with it: the first run of 4
// to 10 digits that stands alone (not inside a longer number, a word or a
// "+" number). "" when the text holds none. One extractor for every
// provider, so a code is found the same way whoever carried it.
func ExtractCode(text string) string {
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if n := j - i; n >= minCodeDigits && n <= maxCodeDigits && standsAlone(text, i, j) {
			return text[i:j]
		}
		i = j
	}
	return ""
}

// standsAlone says whether text[i:j] has no letter, digit, "+" or
// decimal point glued to it (a phone number, an amount, "abc1234").
func standsAlone(text string, i, j int) bool {
	if i > 0 {
		switch before := text[i-1]; {
		case isWordByte(before), before == '+':
			return false
		case before == '.' && i > 1 && isDigit(text[i-2]):
			return false
		}
	}
	if j < len(text) {
		after := text[j]
		if isWordByte(after) || (after == '.' && j+1 < len(text) && isDigit(text[j+1])) {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isWordByte is a letter, a digit, or part of a non-ASCII letter.
func isWordByte(b byte) bool {
	return isDigit(b) || (b|0x20 >= 'a' && b|0x20 <= 'z') || b == '_' || b >= 0x80
}
