// A request aborted in flight, and one whose timeout the hook answers by
// destroying it: the events and the socket hang up each ends with. The
// abort and the timeout come seconds after the request left, so that it
// has reached the server on both sides even on a loaded machine.
// fidelity: {"timeout": "40s"}
module.exports = function (recipient, text, context, cb) {
  const https = require('https');
  const run = (setup) => new Promise((resolve) => {
    const events = [];
    const req = https.get('https://fidelity.test/slow?ms=30000', (res) => { events.push('response'); res.resume(); });
    ['abort', 'timeout', 'finish'].forEach((e) => req.on(e, () => events.push(e)));
    req.on('error', (e) => events.push('error ' + e.code + ' ' + e.message));
    req.on('close', () => resolve({ events, aborted: req.aborted, destroyed: req.destroyed }));
    setup(req);
  });
  run((req) => req.on('finish', () => setTimeout(() => req.abort(), 2000)))
    .then((aborted) => run((req) => req.setTimeout(3000, () => req.destroy())).then((timedOut) => cb(null, { aborted, timedOut })));
};
