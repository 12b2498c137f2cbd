// assert's errors as a hook would catch them: AssertionError's code,
// operator and generatedMessage, and Node's messages, including the line
// diff of deepStrictEqual with long runs of equal lines cut.
module.exports = function (recipient, text, context, cb) {
  const assert = require('assert');
  const strict = require('node:assert/strict');
  const caught = (f) => {
    try { f(); return 'passes'; } catch (e) {
      return { name: e.name, code: e.code, message: e.message, operator: e.operator, generated: e.generatedMessage, isAssertion: e instanceof assert.AssertionError };
    }
  };
  const list = (n, at) => Array.from({ length: n }, (_, i) => (i === at ? 99 : i));
  const out = {
    ok: caught(() => assert.ok(recipient === 'nobody', 'recipient is nobody')),
    equal: caught(() => assert.equal(text.length, 0)),
    strictEqual: caught(() => assert.strictEqual(1, '1')),
    longStrings: caught(() => assert.strictEqual('+15551234567 is the sender', '+15551234568 is the sender')),
    sameStructure: caught(() => assert.strictEqual({ to: 1 }, { to: 1 })),
    deep: caught(() => assert.deepStrictEqual({ to: recipient, body: { text: 'a', n: [1, 2] } }, { to: recipient, body: { text: 'b', n: [1, 2, 3] } })),
    longArray: caught(() => assert.deepStrictEqual(list(14, -1), list(14, 6))),
    loose: caught(() => assert.deepEqual({ n: 1 }, { n: '1' })),
    looseFails: caught(() => assert.deepEqual({ n: 1 }, { n: 2 })),
    strictModule: caught(() => strict.equal(1, '1')),
    throwsRegExp: caught(() => assert.throws(() => { throw new Error('HTTP 401'); }, /403/)),
    throwsObject: caught(() => assert.throws(() => { throw Object.assign(new Error('denied'), { status: 401 }); }, { status: 403 })),
    throwsMissing: caught(() => assert.throws(() => {}, TypeError, 'should fail')),
    match: caught(() => assert.match('code 1234', /^\d{6}$/)),
    fail: caught(() => assert.fail('stop')),
    ifError: caught(() => assert.ifError(new Error('upstream'))),
    badArg: caught(() => assert.throws('not a function'))
  };
  assert.rejects(Promise.resolve('sent'), Error).then(() => 'passes', (e) => e.message)
    .then((rejects) => cb(null, Object.assign(out, { rejects })));
};
