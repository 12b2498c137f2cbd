// The real got 11 (async generators and for await inside, lowered by
// hookemu; on hookemu's http, https, stream and zlib): a JSON POST to
// 8x8, a 404, a gzip answer, a redirect followed, its timeout, a refused
// port.
// The timeout is 3 s, so the request has reached the server on both sides
// before it fires, however loaded the machine.
// fidelity: {"real": true, "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const got = require('got@11.8.6');
  const settle = (p) => p.then((r) => ({ status: r.statusCode, body: r.body }),
    (e) => ({ name: e.name, error: e.message, code: e.code, status: e.response && e.response.statusCode }));
  Promise.all([
    settle(got.post('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages', {
      json: { destination: recipient, text }, headers: { Authorization: 'Bearer ' + s.apikey }, responseType: 'json', retry: 0,
    }).then((r) => ({ statusCode: r.statusCode, body: { code: r.body.status.code } }))),
    settle(got('https://fidelity.test/status/404', { retry: 0 })),
    settle(got('https://fidelity.test/compressed?encoding=gzip', { retry: 0 }).then((r) => ({ statusCode: r.statusCode, body: r.body.length }))),
    settle(got('https://fidelity.test/redirect?to=/json', { responseType: 'json', retry: 0 })),
    settle(got('https://fidelity.test/slow?ms=30000', { timeout: 3000, retry: 0 })),
    settle(got('http://127.0.0.1:1/', { retry: 0 })),
  ]).then((all) => cb(null, all));
};
