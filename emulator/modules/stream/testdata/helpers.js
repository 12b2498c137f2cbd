// The iterator helpers: toArray, forEach, map and filter.
(async () => {
  log('toArray', JSON.stringify(await stream.Readable.from([1, 2, 3]).toArray()));
  const seen = [];
  await stream.Readable.from(['a', 'b']).forEach((x) => { seen.push(x); });
  log('forEach', seen.join(''));
  log('map', JSON.stringify(await stream.Readable.from([1, 2, 3]).map((x) => x * 2).toArray()));
  log('filter', JSON.stringify(await stream.Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray()));
  const bytes = new stream.PassThrough();
  bytes.end('xyz');
  log('bytes', (await bytes.toArray()).map(String).join());
  try { stream.Readable.from([]).map(1); } catch (e) { log('not a function', e.code, e.message); }
})();
