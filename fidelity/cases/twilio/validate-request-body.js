// twilio.validateRequestWithBody and the other webhook helpers: which are
// exported, and signatures for URLs with and without their default port.
// fidelity: {"matrix": "twilio"}
module.exports = function (recipient, text, context, cb) {
  const twilio = require('twilio@{version}');
  const crypto = require('crypto');
  const sign = (url, params) => crypto.createHmac('sha1', 'token')
    .update(Object.keys(params).sort().reduce((acc, k) => acc + k + params[k], url)).digest('base64');
  const body = '{"a":1}';
  const hash = crypto.createHash('sha256').update(body).digest('hex');
  const url = 'https://Example.com:443/hook?bodySHA256=' + hash;
  const exported = ['validateRequest', 'validateRequestWithBody', 'validateBody', 'getExpectedBodyHash', 'getExpectedTwilioSignature']
    .map((n) => n + ':' + typeof twilio[n]);
  cb(null, {
    exported,
    lowerHost: twilio.validateRequestWithBody('token', sign('https://example.com/hook?bodySHA256=' + hash, {}), url, body),
    upperHost: twilio.validateRequestWithBody('token', sign('https://Example.com/hook?bodySHA256=' + hash, {}), url, body),
    wrongBody: twilio.validateRequestWithBody('token', sign('https://example.com/hook?bodySHA256=' + hash, {}), url, body + ' '),
    withPort: twilio.validateRequest('token', sign('https://example.com:443/x', {}), 'https://example.com/x', {}),
    noHeader: twilio.validateRequest('token', undefined, 'https://example.com/x', {}),
    helpers: typeof twilio.getExpectedTwilioSignature === 'function'
      ? [twilio.getExpectedBodyHash(body), twilio.getExpectedTwilioSignature('token', 'https://example.com/x', { B: ['2', '1', '2'], A: 'a' })]
      : 'none',
  });
};
