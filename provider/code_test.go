package provider_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/provider"
)

func TestExtractCode(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, text, want string }{
		{"Auth0's sms text gives its six digits", "Your verification code is: 123456", "123456"},
		{"a code at the very start is found", "482910 is your code", "482910"},
		{"a code in parentheses is found", "Code (1234). Expires in 5 minutes", "1234"},
		{"a phone number with a plus is skipped", "Call +6512345678 if this was not you: 987654", "987654"},
		{"a run longer than ten digits is no code", "ref 123456789012", ""},
		{"digits glued to letters are no code", "order abc12345 and code 5555", "5555"},
		{"an amount with decimals is no code", "You paid 1234.50; code 4321", "4321"},
		{"three digits are too few", "pin 123", ""},
		{"text without digits has none", "hello", ""},
		{"empty text has none", "", ""},
		{"a code after a non-ASCII word boundary is found", "Ihr Code lautet: 246810.", "246810"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, provider.ExtractCode(c.text))
		})
	}
}

func FuzzExtractCode(f *testing.F) {
	f.Add("Your verification code is: 123456")
	f.Fuzz(func(t *testing.T, text string) {
		code := provider.ExtractCode(text)
		if code != "" {
			assert.Contains(t, text, code)
			assert.GreaterOrEqual(t, len(code), 4)
			assert.LessOrEqual(t, len(code), 10)
		}
	})
}

func TestExtractSpokenCode(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, spoken, want string }{
		{"digits read one by one with commas give the code", "Your verification code is 1, 2, 3, 4, 5, 6. Again, your code is 1, 2, 3, 4, 5, 6.", "123456"},
		{"digits read one by one with spaces give the code", "Your code is 4 8 2 9", "4829"},
		{"a code said whole is found as in an SMS", "Your code is 482910", "482910"},
		{"a word between digits ends the run", "Press 1 or 2, then 3 4 5 6", "3456"},
		{"three lone digits are too few", "Press 1, 2 or 3", ""},
		{"eleven lone digits are no code", "1 2 3 4 5 6 7 8 9 0 1", ""},
		{"digits of a decimal number are not lone", "1.2.3.4", ""},
		{"the code said first wins", "Your code is 1 2 3 4 5 6. Your pin is 9999", "123456"},
		{"a whole code said first wins", "Your pin is 9999. Your code is 1 2 3 4 5 6", "9999"},
		{"nothing spoken has no code", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, provider.ExtractSpokenCode(c.spoken))
		})
	}
}
