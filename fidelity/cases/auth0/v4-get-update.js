// auth0 4.x in an Action: users.get and users.update answer
// {data, headers, status, statusText}.
// fidelity: {"matrix": "auth0", "timeout": "30s", "versions": ["4.37.1"], "fakeauth0": {"domain": "acme.eu.auth0.com", "clients": [{"id": "m2mclient", "secret": "s3cr3t"}], "users": [{"id": "auth0|test12345", "email": "billie@email.com", "name": "Billie Magnusson", "user_metadata": {"lang": "fr", "prefs": {"sms": true}}}]}}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { ManagementClient } = require('auth0@{version}');
  const management = new ManagementClient({ domain: 'acme.eu.auth0.com', clientId: 'm2mclient', clientSecret: 's3cr3t' });
  const got = await management.users.get({ id: event.user.user_id });
  const updated = await management.users.update({ id: event.user.user_id }, { user_metadata: { last_sms: '2024-01-02', prefs: null } });
  return { keys: Object.keys(got), status: got.status, statusText: got.statusText, type: got.headers.get('content-type'),
    email: got.data.email, before: got.data.user_metadata, after: updated.data.user_metadata };
};
