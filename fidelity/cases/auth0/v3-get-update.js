// auth0 3.x: a token, the user, then a metadata update, with callbacks.
// fidelity: {"matrix": "auth0", "timeout": "30s", "versions": ["3.7.2"], "fakeauth0": {"domain": "acme.eu.auth0.com", "clients": [{"id": "m2mclient", "secret": "s3cr3t"}], "users": [{"id": "auth0|test12345", "email": "billie@email.com", "name": "Billie Magnusson", "user_metadata": {"lang": "fr", "prefs": {"sms": true}}}]}}
module.exports = function (recipient, text, context, cb) {
  const { ManagementClient } = require('auth0@{version}');
  const management = new ManagementClient({
    domain: 'acme.eu.auth0.com', clientId: 'm2mclient', clientSecret: 's3cr3t', scope: 'read:users update:users',
  });
  management.getUser({ id: context.user.user_id }, (err, user) => {
    if (err) return cb(err);
    management.updateUserMetadata({ id: user.user_id }, { last_sms: '2024-01-02', prefs: null }, (err2, updated) => {
      if (err2) return cb(err2);
      cb(null, { email: user.email, before: user.user_metadata, after: updated.user_metadata, args: 2 });
    });
  });
};
