// Async iteration (goja has no for await: the iterator by hand, as
// compiled packages call it), Readable.from over arrays, strings and async
// iterables, and a return() that destroys the stream.
function collect(r) {
  const it = r[Symbol.asyncIterator]();
  const out = [];
  const step = () => it.next().then((res) => (res.done ? out : (out.push(res.value), step())));
  return step();
}
(async () => {
  const r = stream.Readable.from(['a', 'b', 'c']);
  log('array', (await collect(r)).join(','), r.readableObjectMode);
  const s = stream.Readable.from('whole');
  const whole = await collect(s);
  log('string', whole.length, typeof whole[0], whole[0]);
  let n = 0;
  const asyncIterable = { [Symbol.asyncIterator]() { return { next: () => Promise.resolve(n < 3 ? { value: n++, done: false } : { done: true }) }; } };
  log('async', (await collect(stream.Readable.from(asyncIterable))).join(','));
  const bytes = new stream.Readable({ read() {} });
  bytes.push('x'); bytes.push('y');
  const it = bytes[Symbol.asyncIterator]();
  const first = await it.next();
  log('first', first.value.toString(), first.done);
  const ret = await it.return();
  log('return', ret.done, bytes.destroyed);
  const failing = new stream.Readable({ read() { this.destroy(new Error('read failed')); } });
  try { await collect(failing); } catch (e) { log('caught', e.message); }
  const p = new stream.PassThrough();
  setTimeout(() => { p.write('late'); p.end(); }, 1);
  log('waited', (await collect(p)).join(''));
  const kept = new stream.Readable({ read() {} });
  kept.push('k');
  const it2 = kept.iterator({ destroyOnReturn: false });
  await it2.next();
  await it2.return();
  log('destroyOnReturn false', kept.destroyed);
  const noAuto = new stream.Readable({ autoDestroy: false, read() {} });
  noAuto.push('n'); noAuto.push(null);
  const auto = new stream.Readable({ read() {} });
  auto.push('a'); auto.push(null);
  await collect(noAuto);
  await collect(auto);
  log('read to the end: destroyed only with autoDestroy', noAuto.destroyed, auto.destroyed);
})();
