// Esendex's message dispatcher through axios: the XML its SDKs send and
// the XML answer, the JSON the Auth0 guide sends, and a wrong password's
// 403 as plain text to a client that asks for XML, against the fake
// Esendex. (axios's default Accept names JSON first, so without one of
// its own a client gets JSON.)
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const url = 'https://api.esendex.com/v1.0/messagedispatcher';
  const auth = { username: 'user@example.com', password: 'password' };
  const xml = '<messages><accountreference>EX000000</accountreference><message><to>' + recipient +
    '</to><body>' + text + '</body></message></messages>';
  const seen = {};
  axios.post(url, xml, { auth, headers: { 'Content-Type': 'application/xml', Accept: 'application/xml' } })
    .then((r) => {
      seen.xml = { status: r.status, type: r.headers['content-type'], data: r.data };
      return axios.post(url, JSON.stringify({ accountreference: 'EX000000', messages: [{ to: recipient, body: text }] }),
        { auth, headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });
    })
    .then((r) => {
      seen.json = r.data;
      return axios.post(url, xml, { auth: { username: auth.username, password: 'wrong' }, headers: { 'Content-Type': 'text/xml', Accept: 'text/xml' } });
    })
    .then(() => cb(new Error('a wrong password was taken')))
    .catch((e) => {
      if (!e.response) return cb(e);
      seen.forbidden = { message: e.message, status: e.response.status, data: e.response.data, type: e.response.headers['content-type'] };
      cb(null, seen);
    });
};
