// stream/promises: pipeline resolves after the sink finishes and rejects
// with the first error; an async function as the destination.
(async () => {
  const got = [];
  await stream.promises.pipeline(stream.Readable.from(['a', 'b']), new stream.Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }));
  log('resolved', got.join(','));
  try {
    await stream.promises.pipeline(new stream.Readable({ read() { this.destroy(new Error('source failed')); } }), new stream.PassThrough(), new stream.Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) {
    log('rejected', e.message);
  }
  const total = await stream.promises.pipeline(stream.Readable.from([1, 2, 3]), (source) => new Promise((resolve) => {
    let sum = 0;
    source.on('data', (n) => { sum += n; });
    source.on('end', () => resolve(sum));
  }));
  log('destination function', total);
})();
