// The real node-fetch 2.7.0 on hookemu's http, https, stream and zlib:
// a JSON POST to 8x8, a 404, a gzip answer it decompresses, a redirect it
// follows, and a refused port.
// fidelity: {"real": true, "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const fetch = require('node-fetch@2.7.0');
  const settle = (p) => p.then((v) => v, (e) => ({ error: e.message, name: e.name, type: e.type, code: e.code }));
  Promise.all([
    settle(fetch('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages', {
      method: 'POST', body: JSON.stringify({ destination: recipient, text }),
      headers: { Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json' },
    }).then((r) => r.json().then((body) => ({ status: r.status, type: r.headers.get('content-type'), code: body.status.code })))),
    settle(fetch('https://fidelity.test/status/404').then((r) => r.json().then((body) => ({ status: r.status, ok: r.ok, body })))),
    settle(fetch('https://fidelity.test/compressed?encoding=gzip').then((r) => r.text().then((body) => ({ status: r.status, length: body.length, start: body.slice(0, 40) })))),
    settle(fetch('https://fidelity.test/redirect?to=/json').then((r) => r.json().then((body) => ({ status: r.status, redirected: r.redirected, body })))),
    settle(fetch('http://127.0.0.1:1/')),
  ]).then((all) => cb(null, all));
};
