// form-data 4.0.0 (on combined-stream and delayed-stream, legacy streams):
// fields, a Buffer and a stream, piped into an https.request to the echo
// endpoint; headers and length as it computes
// them. The boundary is set, since form-data draws it at random.
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const FormData = require('form-data@4.0.0');
  const https = require('https');
  const { PassThrough } = require('stream');
  const form = new FormData();
  form.setBoundary('hookemu-boundary');
  form.append('to', recipient);
  form.append('body', text);
  form.append('file', Buffer.from('attached bytes'), { filename: 'a.txt', contentType: 'text/plain' });
  const streamed = new PassThrough();
  form.append('streamed', streamed, { filename: 's.txt', knownLength: 9 });
  streamed.end('from pipe');
  const out = { headers: form.getHeaders(), lengthSync: form.getLengthSync(), hasKnownLength: form.hasKnownLength() };
  form.getLength((err, length) => {
    out.length = [err, length];
    const req = https.request('https://fidelity.test/echo', { method: 'POST', headers: form.getHeaders() }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        const echo = JSON.parse(body);
        out.echo = { status: res.statusCode, contentType: echo.contentType, bodyLength: echo.body.length, tail: echo.body.slice(-60) };
        cb(null, out);
      });
    });
    req.on('error', (e) => cb(null, Object.assign(out, { requestError: e.message })));
    form.pipe(req);
  });
};
