package fake8x8

import (
	"strings"
)

// international returns destination as the international number without
// "+" that 8x8 answers with, or false when 8x8 would reject it with code
// 1002. Without country the number must already be international (the "+"
// is optional). With country, a national number is accepted and prefixed
// with the country's calling code; this follows libphonenumber's common
// rules (drop the trunk prefix) without its per-country number plans, which
// is enough for the numbers hooks send.
func (t countryTable) international(destination, country string) (string, bool) {
	if country == "" || strings.HasPrefix(destination, "+") {
		number := strings.TrimPrefix(destination, "+")
		return number, isMSISDN(destination) && validNANP(number)
	}
	code := t.codeOf(country)
	if strings.HasPrefix(destination, code) && isMSISDN(destination) {
		return destination, validNANP(destination)
	}
	if !isNational(destination) {
		return "", false
	}
	national := dropTrunkPrefix(destination, country)
	number := code + national
	return number, national != "" && isMSISDN(number) && validNANP(number)
}

// validNANP holds for every number outside country code 1 and for a
// well-formed North American one. It is the one numbering plan the fake
// checks beyond the pattern, because 8x8's own batch example rejects
// "+1123456789", which the pattern alone accepts, and US numbers are the
// ones hooks most often get wrong.
func validNANP(number string) bool {
	return !strings.HasPrefix(number, "1") || isNANP(number)
}

// dropTrunkPrefix removes the digit dialled before a national number
// inside its country: 0 in most of the world, 8 in Russia, Kazakhstan and
// Belarus, and nothing where the leading 0 is part of the number itself.
func dropTrunkPrefix(national, country string) string {
	switch country {
	case "IT", "VA", "SM", "CI", "CG":
		return national
	case "RU", "KZ", "BY":
		return strings.TrimPrefix(national, "8")
	default:
		return strings.TrimPrefix(national, "0")
	}
}

// maskMSISDN hides the last four digits the way 8x8's message details do
// ("+63922110xxxx"); a stored number always has at least seven.
func maskMSISDN(number string) string {
	return "+" + number[:len(number)-4] + "xxxx"
}
