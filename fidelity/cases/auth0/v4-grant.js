// auth0 4.x: AuthenticationClient's client credentials grant, as a form.
// fidelity: {"matrix": "auth0", "timeout": "30s", "versions": ["4.37.1"], "fakeauth0": {"domain": "acme.eu.auth0.com", "clients": [{"id": "m2mclient", "secret": "s3cr3t"}], "users": [{"id": "auth0|test12345", "email": "billie@email.com", "name": "Billie Magnusson", "user_metadata": {"lang": "fr", "prefs": {"sms": true}}}]}}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { AuthenticationClient } = require('auth0@{version}');
  const auth = new AuthenticationClient({ domain: 'acme.eu.auth0.com', clientId: 'm2mclient', clientSecret: 's3cr3t' });
  const r = await auth.oauth.clientCredentialsGrant({ audience: 'https://acme.eu.auth0.com/api/v2/' });
  return { status: r.status, data: r.data, keys: Object.keys(r) };
};
