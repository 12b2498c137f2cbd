package fakekit

// The GSM 03.38 alphabet: gsmBasic characters take one septet, gsmExtension
// characters take two (an escape and the character). Any other character
// forces UCS-2, which is how carriers, 8x8 (encoding AUTO) and Twilio count.
const (
	gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
		"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmExtension = "^{}\\[~]|€\f"
)

// Encoding names as the providers report them.
const (
	EncodingGSM7 = "GSM7"
	EncodingUCS2 = "UCS2"
)

var gsmBasicSet, gsmExtensionSet = runeSet(gsmBasic), runeSet(gsmExtension)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s))
	for _, r := range s {
		m[r] = true
	}
	return m
}

// IsGSM7 reports whether every character of text exists in the GSM-7
// alphabet (basic or extension table).
func IsGSM7(text string) bool {
	for _, r := range text {
		if !gsmBasicSet[r] && !gsmExtensionSet[r] {
			return false
		}
	}
	return true
}

// Units is the length of text in the encoding's units: septets for GSM-7
// (extension characters count twice), UTF-16 code units for UCS-2.
func Units(text, encoding string) int {
	n := 0
	for _, r := range text {
		switch {
		case encoding == EncodingGSM7 && gsmExtensionSet[r]:
			n += 2
		case encoding == EncodingUCS2 && r > 0xFFFF:
			n += 2
		default:
			n++
		}
	}
	return n
}

// ResolveEncoding turns a requested encoding ("AUTO", "", "GSM7", "UCS2")
// into the one a provider would use for text.
func ResolveEncoding(requested, text string) string {
	switch requested {
	case EncodingGSM7, EncodingUCS2:
		return requested
	}
	if IsGSM7(text) {
		return EncodingGSM7
	}
	return EncodingUCS2
}

// Segments is how many SMS parts text needs in encoding: 160 GSM-7 septets
// or 70 UCS-2 units fit one part; longer texts are split in parts of 153
// and 67, the rest being the concatenation header.
func Segments(text, encoding string) int {
	single, part := 160, 153
	if encoding == EncodingUCS2 {
		single, part = 70, 67
	}
	units := Units(text, encoding)
	switch {
	case units == 0:
		return 1
	case units <= single:
		return 1
	default:
		return (units + part - 1) / part
	}
}
