// pipeline and finished: a failing Transform's error reaches the callback
// once and every stream is destroyed; a source destroyed early is a
// premature close; stream/promises rejects with the error.
module.exports = function (recipient, text, context, cb) {
  const stream = require('stream');
  const { pipeline: pipelinePromise } = require('stream/promises');
  const out = {};
  const src = stream.Readable.from(['1', '2', '3'], { objectMode: false });
  const bad = new stream.Transform({ transform(c, e, done) { if (String(c) === '2') done(new Error('bad chunk')); else done(null, c); } });
  const sink = new stream.Writable({ write(c, e, done) { done(); } });
  stream.pipeline(src, bad, sink, (err) => {
    out.transformError = [err.message, src.destroyed, bad.destroyed, sink.destroyed];
    const early = new stream.Readable({ read() {} });
    const sink2 = new stream.Writable({ write(c, e, done) { done(); } });
    stream.pipeline(early, sink2, (err2) => {
      out.premature = [err2.name, err2.code, err2.message];
      const lone = new stream.PassThrough();
      stream.finished(lone, (err3) => {
        out.finished = err3 && err3.code;
        pipelinePromise(new stream.Readable({ read() { this.destroy(new Error('source failed')); } }), new stream.PassThrough())
          .then(() => cb(null, out), (err4) => { out.promise = err4.message; cb(null, out); });
      });
      lone.destroy();
    });
    early.push('x');
    setTimeout(() => early.destroy(), 1);
  });
};
