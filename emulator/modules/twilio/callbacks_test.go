package twilio_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules/modtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// callbackScript sends two messages with node-style callbacks, the second
// failing, and logs what the callbacks and the returned promises saw.
const callbackScript = `const log = [];
	const client = twilio('AC0123456789abcdef0123456789abcdef', 'tok');
	const p = client.messages.create({to: '+1', from: '+2', body: 'x'}, function (err, m) { log.push(['cb', err, m && m.sid]); return 'returned by cb'; });
	log.push(['q methods', typeof p.done, typeof p.fail, typeof p.nodeify, p instanceof Promise]);
	const r = await p;
	log.push(['promise', typeof r === 'string' ? r : r.sid]);
	const p2 = client.messages.create({to: 'x', from: '+2', body: 'x'}, function (err, m) { log.push(['cb2', err && err.code, m]); });
	try { log.push(['p2 resolved', await p2]); } catch (e) { log.push(['p2 rejected', e.code]); }
	return log;`

func TestCallbacksAreNodeStyle(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, version, want string }{
		{"3.84.1 nodeifies a Q promise that still resolves and rejects", "3.84.1",
			`[["q methods","function","function","function",false],["cb",null,"SM1"],["promise","SM1"],["cb2",21211,null],["p2 rejected",21211]]`},
		{"4.23.0 chains the callback, so the promise gives what it returned", "4.23.0",
			`[["q methods","undefined","undefined","undefined",true],["cb",null,"SM1"],["promise","returned by cb"],["cb2",21211,null],["p2 resolved",null]]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, `{"sid":"SM1"}`).reply(400, body21211)
			env := newEnv(t, tt.version, rec)
			jsonEq(t, tt.want, env.AwaitBody(t, callbackScript))
		})
	}
}

func TestAThrowingCallbackIn3xIsAnUncaughtException(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "3.84.1", (&recorder{}).reply(201, `{"sid":"SM1"}`))
	_, err := env.Await(`twilio('` + accountSID + `', 'tok').messages.create({to: '+1', from: '+2', body: 'x'}, function () { throw new Error('boom in callback'); }); undefined`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "boom in callback")
}

func TestAThrowingCallbackIn4xIsCalledAgainWithTheError(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "4.23.0", (&recorder{}).reply(201, `{"sid":"SM1"}`))
	got := env.AwaitBody(t, `const calls = [];
		await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'}, function (err, m) {
			calls.push(err ? 'error: ' + err.message : 'message ' + m.sid);
			if (!err) throw new Error('boom in callback');
		});
		return calls;`)
	assert.Equal(t, `["message SM1","error: boom in callback"]`, got)
}

func TestQPromisesOf3xChain(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).reply(201, `{"sid":"SM1","to":"+1"}`).reply(400, body21211).reply(201, `{"sid":"SM3"}`)
	env := newEnv(t, "3.84.1", rec)
	got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok');
		const log = [];
		const chained = client.messages.create({to: '+1'}).then(m => [m.sid, m.to]);
		log.push(typeof chained.done, typeof chained.spread);
		log.push(await chained.spread((sid, to) => sid + ' to ' + to));
		log.push(await client.messages.create({to: 'x'}).fail(e => 'failed ' + e.code).fin(() => log.push('fin')));
		log.push(await client.messages.create({to: '+1'}).get('sid'));
		log.push(String(client.messages.create({to: '+1'}).thenResolve(1)));
		return log;`)
	assert.Equal(t, `["function","function","SM1 to +1","fin","failed 21211","SM3","[object Promise]"]`, got)
}

func TestQDoneRethrowsAnUnhandledRejection(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "3.84.1", (&recorder{}).reply(400, body21211))
	_, err := env.Await(`twilio('` + accountSID + `', 'tok').messages.create({to: 'x'}).done(); undefined`)
	var rejection *modtest.Rejection
	require.Error(t, err)
	assert.NotErrorAs(t, err, &rejection)
	assert.Contains(t, err.Error(), "The 'To' number 5551234567 is not a valid phone number.")
}
