// The 8x8 send written with Node's https module alone, as many hooks found
// in public repositories are: JSON body with its Content-Length, answer
// gathered from 'data' events.
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const body = JSON.stringify({ destination: recipient, text: text });
  const req = require('https').request({
    hostname: 'sms.8x8.com',
    path: '/api/v1/subaccounts/' + s.subaccount + '/messages',
    method: 'POST',
    headers: { Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
  }, (res) => {
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { data += chunk; });
    res.on('end', () => {
      cb(null, { status: res.statusCode, message: res.statusMessage, type: res.headers['content-type'], version: res.httpVersion, body: JSON.parse(data) });
    });
  });
  req.on('error', (e) => cb(null, { error: e.message, code: e.code }));
  req.write(body);
  req.end();
};
