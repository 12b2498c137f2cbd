package twilio_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVoiceResponseBuildsTwiML(t *testing.T) {
	t.Parallel()
	const decl = `<?xml version="1.0" encoding="UTF-8"?>`
	tests := []struct {
		name, version, script, want string
	}{
		{"say, pause, play and hangup with attributes", "3.84.1",
			`r.say({voice: 'alice', language: 'en-US', loop: 2}, 'Your code is 1 2 3'); r.pause({length: 1}); r.play({loop: 0, digits: 'w1'}, 'https://x/a.mp3?x=1&y=2'); r.hangup();`,
			decl + `<Response><Say voice="alice" language="en-US" loop="2">Your code is 1 2 3</Say><Pause length="1"/><Play loop="0" digits="w1">https://x/a.mp3?x=1&amp;y=2</Play><Hangup/></Response>`},
		{"text and attributes are escaped", "4.23.0",
			`r.say({q: 'a"<&>\n'}, 'Code 1 & <2> "q" \'a\' \r\n\tx é');`,
			decl + `<Response><Say q="a&quot;&lt;&amp;>&#xA;">Code 1 &amp; &lt;2&gt; "q" 'a' &#xD;` + "\n\tx é" + `</Say></Response>`},
		{"an empty response is self-closing", "4.23.0", ``, decl + `<Response/>`},
		{"a string first argument is the text", "4.23.0", `r.say('plain'); r.say(12345);`, decl + `<Response><Say>plain</Say><Say>12345</Say></Response>`},
		{"3.x hands two strings to xmlbuilder, which keeps the second", "3.84.1", `r.say('x', 'y');`, decl + `<Response><Say>y</Say></Response>`},
		{"4.x keeps the first", "4.23.0", `r.say('x', 'y');`, decl + `<Response><Say>x</Say></Response>`},
		{"null text drops the element from 3.39", "3.84.1", `r.say(null);`, decl + `<Response/>`},
		{"null text keeps it before", "3.29.0", `r.say(null);`, decl + `<Response><Say/></Response>`},
		{"arrays join with spaces and null attributes are left out", "3.84.1",
			`r.say({statusCallbackEvent: ['a', 'b'], skipped: null, t: true}, 'x');`, decl + `<Response><Say statusCallbackEvent="a b" t="true">x</Say></Response>`},
		{"SSML nests inside Say in 4.x", "4.23.0",
			`const s = r.say('hi '); s.break({time: '1s'}); s.prosody({rate: 'slow'}, 'slowly'); s.sayAs({'interpret-as': 'digits'}, '123');`,
			decl + `<Response><Say>hi <break time="1s"/><prosody rate="slow">slowly</prosody><say-as interpret-as="digits">123</say-as></Say></Response>`},
		{"gather and dial take their nouns", "4.23.0",
			`const g = r.gather({numDigits: 1}); g.say('Press 1'); r.dial({callerId: '+1'}).number('+2');`,
			decl + `<Response><Gather numDigits="1"><Say>Press 1</Say></Gather><Dial callerId="+1"><Number>+2</Number></Dial></Response>`},
		{"a child's toString is the whole document", "4.23.0", `return r.say('x').toString();`, decl + `<Response><Say>x</Say></Response>`},
		{"addChild and addText build anything", "3.84.1", `const n = r.addChild('Custom', {a: 1}); n.addText('t');`, decl + `<Response><Custom a="1">t</Custom></Response>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, &recorder{})
			got := env.AwaitBody(t, `const r = new twilio.twiml.VoiceResponse(); const out = (() => { `+tt.script+` })(); return out === undefined ? r.toString() : out;`)
			assert.Equal(t, quote(tt.want), got)
		})
	}
}

func TestTwiMLRejectsCharactersXMLCannotCarry(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "4.23.0", &recorder{})
	got := env.AwaitBody(t, `try { new twilio.twiml.VoiceResponse().say('a]]>b\u0001c'); return 'built'; } catch (e) { return e.message; }`)
	assert.Equal(t, quote("Invalid character in string: a]]&gt;b\u0001c at index 8"), got)
}

func TestMessagingResponseBuildsTwiML(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "5.13.1", &recorder{})
	got := env.AwaitBody(t, `const r = new twilio.twiml.MessagingResponse(); r.message('Your code is 123456'); return [r.toString(), r.constructor.name, Object.keys(r)];`)
	assert.Equal(t, `["<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Your code is 123456</Message></Response>","MessagingResponse",["_propertyName","response"]]`, got)
}
