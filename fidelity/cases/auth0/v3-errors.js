// auth0 3.x: what a wrong secret, an unknown user and a refused update
// look like to the hook (SanitizedError, promise form).
// fidelity: {"matrix": "auth0", "timeout": "30s", "versions": ["3.7.2"], "fakeauth0": {"domain": "acme.eu.auth0.com", "clients": [{"id": "m2mclient", "secret": "s3cr3t"}], "users": [{"id": "auth0|test12345", "email": "billie@email.com", "name": "Billie Magnusson", "user_metadata": {"lang": "fr", "prefs": {"sms": true}}}]}}
module.exports = function (recipient, text, context, cb) {
  const { ManagementClient } = require('auth0@{version}');
  const options = { domain: 'acme.eu.auth0.com', clientId: 'm2mclient', clientSecret: 's3cr3t' };
  const shape = (e) => ({ name: e.name, message: e.message, statusCode: e.statusCode, requestInfo: e.requestInfo,
    keys: Object.keys(e), isError: e instanceof Error, ctor: e.constructor.name });
  const out = {};
  new ManagementClient(Object.assign({}, options, { clientSecret: 'wrong' })).getUser({ id: 'auth0|test12345' })
    .catch((e) => { out.wrongSecret = shape(e); })
    .then(() => new ManagementClient(options).getUser({ id: 'auth0|nobody' }))
    .catch((e) => { out.unknownUser = shape(e); })
    .then(() => new ManagementClient(options).updateUser({ id: 'auth0|test12345' }, { last_sms: 'x' }))
    .catch((e) => { out.refused = shape(e); })
    .then(() => {
      try { new ManagementClient({ domain: 'acme.eu.auth0.com', clientId: 'm2mclient' }); } catch (e) { out.noSecret = shape(e); }
      cb(null, out);
    });
};
