// The real superagent 8 (formidable and async generators inside, lowered
// by hookemu; on hookemu's http, https, stream and zlib): a JSON POST to
// 8x8, a 404, a gzip answer, a redirect followed, its timeout, a refused
// port.
// The timeout is 3 s, so the request has reached the server on both sides
// before it fires, however loaded the machine.
// fidelity: {"real": true, "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const request = require('superagent@8.1.2');
  const settle = (p) => p.then((r) => ({ status: r.status, body: r.body }),
    (e) => ({ error: e.message, code: e.code, status: e.status, timeout: e.timeout }));
  Promise.all([
    settle(request.post('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages')
      .set('Authorization', 'Bearer ' + s.apikey).send({ destination: recipient, text })
      .then((r) => ({ status: r.status, body: { code: r.body.status.code } }))),
    settle(request.get('https://fidelity.test/status/404')),
    settle(request.get('https://fidelity.test/compressed?encoding=gzip').then((r) => ({ status: r.status, body: r.text.length }))),
    settle(request.get('https://fidelity.test/redirect?to=/json')),
    settle(request.get('https://fidelity.test/slow?ms=30000').timeout(3000)),
    settle(request.get('http://127.0.0.1:1/')),
  ]).then((all) => cb(null, all));
};
