// auth0 3.x: a callback that throws on success is called again with what
// it threw (RetryRestClient's then(cb).catch(cb)); a token given as an
// option is used as it is.
// fidelity: {"matrix": "auth0", "timeout": "30s", "versions": ["3.7.2"]}
module.exports = function (recipient, text, context, cb) {
  const { ManagementClient, AuthenticationClient } = require('auth0@{version}');
  const auth = new AuthenticationClient({ domain: 'demo.us.auth0.com', clientId: 'any', clientSecret: 'thing' });
  auth.clientCredentialsGrant({ audience: 'https://demo.us.auth0.com/api/v2/' }).then((t) => {
    const management = new ManagementClient({ domain: 'demo.us.auth0.com', token: t.access_token, includeResponseHeaders: true });
    const calls = [];
    management.getUser({ id: context.user.user_id }, (err, res) => {
      calls.push(err ? { error: err.message } : { keys: Object.keys(res), name: res.data.name });
      if (!err) throw new Error('oops');
      cb(null, calls);
    });
  }, cb);
};
