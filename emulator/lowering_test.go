package emulator_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/emulator"
)

// lowerFixture is a package written with the syntax goja cannot parse
// (async generators, async generator methods, for await), as the http
// adapter of axios 1.x and twilio 4.x are. Line numbers matter: the
// tests look for them in stack traces.
var lowerFixture = map[string]string{
	"node_modules/agen/package.json": `{"name": "agen", "version": "1.0.0", "main": "index.js"}`,
	"node_modules/agen/index.js": `'use strict';
const log = [];
async function* count(n) {
  try {
    for (let i = 1; i <= n; i++) {
      log.push('yield ' + i);
      yield await Promise.resolve(i);
    }
  } finally {
    log.push('finally');
  }
}
async function* failing() {
  yield 'first';
  throw new Error('generator failed');
}
class Pages {
  constructor(items) { this.items = items; }
  async *[Symbol.asyncIterator]() {
    for (const item of this.items) yield item;
  }
}
async function collect(iterable, limit) {
  const out = [];
  for await (const v of iterable) {
    out.push(v);
    if (out.length === limit) break;
  }
  return out;
}
function thrower() {
  throw new TypeError('thrown on line 32');
}
module.exports = { count, failing, Pages, collect, log, thrower };
`,
	"node_modules/astream/index.js": "module.exports = async (s) => { const out = []; for await (const c of s) out.push(String(c)); return out; };\n",
}

func TestPackagesWithAsyncGeneratorsAndForAwaitRun(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeTree(t, dir, lowerFixture)
	em := emulator.New(emulator.Config{Grace: shortGrace})
	tests := []struct{ name, body, want string }{
		{"for await takes an async generator's values in order and its finally runs at the end",
			`const a = require('agen'); const got = await a.collect(a.count(3)); return [got, a.log.splice(0)];`,
			`[[1,2,3],["yield 1","yield 2","yield 3","finally"]]`},
		{"break in for await returns the generator, which runs its finally",
			`const a = require('agen'); const got = await a.collect(a.count(5), 2); return [got, a.log.splice(0)];`,
			`[[1,2],["yield 1","yield 2","finally"]]`},
		{"an async generator method keyed by Symbol.asyncIterator is iterated",
			`const a = require('agen'); return a.collect(new a.Pages(['x', 'y']));`, `["x","y"]`},
		{"for await also takes a sync iterable of promises",
			`const a = require('agen'); return a.collect([Promise.resolve(1), 2]);`, `[1,2]`},
		{"next, return and throw called by hand answer as Node's do",
			`const a = require('agen'); const g = a.count(3); const r = [await g.next(), await g.return('early'), await g.next()];
			 const f = a.failing(); r.push(await f.next()); try { await f.next(); } catch (e) { r.push(e.message); }
			 const h = a.count(2); await h.next(); try { await h.throw(new Error('thrown in')); } catch (e) { r.push(e.message); }
			 a.log.splice(0); return r;`,
			`[{"value":1,"done":false},{"value":"early","done":true},{"done":true},{"value":"first","done":false},"generator failed","thrown in"]`},
		{"an error in a generator is thrown from the line it is on in the original file",
			`const a = require('agen'); try { await a.collect(a.failing()); } catch (e) { return e.stack.includes('/node_modules/agen/index.js:15'); }`, `true`},
		{"an error in a lowered file's plain code keeps its line too",
			`try { require('agen').thrower(); } catch (e) { return e.stack.split('\n')[1].includes('/node_modules/agen/index.js:32'); }`, `true`},
		{"for await in a package reads a stream of Node's stream module required before it",
			`const { Readable } = require('stream'); const r = Readable.from(['p', 'q']); return require('astream')(r);`, `["p","q"]`},
		{"and one required after it",
			`const read = require('astream'); const { Readable } = require('stream'); return read(Readable.from(['p', 'q']));`, `["p","q"]`},
		{"Symbol.asyncIterator is a symbol, as in Node",
			`return [typeof Symbol.asyncIterator, String(Symbol.asyncIterator)];`, `["symbol","Symbol(Symbol.asyncIterator)"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, response(t, runIn(t, em, dir, tt.body)))
		})
	}
}

func TestAnActionWritingForAwaitRuns(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	src := `async function* pages() { yield 'a'; yield 'b'; }
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const seen = [];
  for await (const p of pages()) seen.push(p);
  return seen;
};`
	hook, err := em.LoadWith(context.Background(), "action.js", []byte(src), emulator.LoadOptions{Dir: t.TempDir()})
	require.NoError(t, err)
	r := em.Run(context.Background(), hook, emulator.Invocation{Payload: emulator.DefaultPayload(), Timeout: testLimit})
	assert.Equal(t, `["a","b"]`, response(t, r))
}

func TestASyntaxErrorInCodeThatWouldBeLoweredNamesTheOriginalLine(t *testing.T) {
	t.Parallel()
	em := emulator.New(emulator.Config{Grace: shortGrace})
	src := "async function* pages() { yield 'a'; }\nexports.onExecuteSendPhoneMessage = async () => {\n  for await (const p of pages()) {\n};\n"
	_, err := em.LoadWith(context.Background(), "action.js", []byte(src), emulator.LoadOptions{Dir: t.TempDir()})
	var le *emulator.LoadError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, "action.js", le.File)
	assert.Equal(t, 5, le.Line, "Node places the missing brace at the end of the input")
	assert.Contains(t, le.Message, "Unexpected end of file")
}
