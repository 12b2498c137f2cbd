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

// ExtractSpokenCode finds the one-time code in what a voice call says:
// the first that comes, either a code as ExtractCode finds it in text or
// a run of 4 to 10 single digits separated by spaces or punctuation only
// ("Your code is 1, 2, 3, 4, 5, 6."), which is how hooks make a
// text-to-speech voice read a code digit by digit. "" when it holds none.
func ExtractSpokenCode(spoken string) string {
	for i := 0; i < len(spoken); i++ {
		if !isDigit(spoken[i]) {
			continue
		}
		j := i
		for j < len(spoken) && isDigit(spoken[j]) {
			j++
		}
		if !standsAlone(spoken, i, j) {
			i = j
			continue
		}
		if n := j - i; n >= minCodeDigits && n <= maxCodeDigits {
			return spoken[i:j]
		}
		if j == i+1 {
			digits, last := spelledDigits(spoken, i)
			if len(digits) >= minCodeDigits && len(digits) <= maxCodeDigits {
				return digits
			}
			j = last + 1
		}
		i = j
	}
	return ""
}

// spelledDigits reads the run of lone digits starting at spoken[i] (a
// lone digit): each next one follows after spaces or punctuation only. It
// returns the digits and the index of the run's last one.
func spelledDigits(spoken string, i int) (digits string, last int) {
	var run []byte
	last = i
	for j := i; j < len(spoken); j++ {
		switch b := spoken[j]; {
		case isDigit(b) && standsAlone(spoken, j, j+1):
			run = append(run, b)
			last = j
		case isWordByte(b):
			return string(run), last
		}
	}
	return string(run), last
}
