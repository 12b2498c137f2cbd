// The real auth0 4.x (its fetch-based clients on hookemu's fetch): the
// client credentials grant, then reading and updating a user, against the
// fake tenant, as an Action that counts the sends in the user's metadata.
// fidelity: {"real": true, "matrix": "auth0", "versions": ["4.37.1"], "fresh": true, "timeout": "60s", "fakeauth0": {"domain": "acme.eu.auth0.com", "clients": [{"id": "m2mclient", "secret": "s3cr3t"}], "users": [{"id": "auth0|test12345", "email": "billie@email.com", "user_metadata": {"sms_sent": 2}}]}}
exports.onExecuteSendPhoneMessage = async (event) => {
  const { ManagementClient } = require('auth0@{version}');
  const management = new ManagementClient({ domain: 'acme.eu.auth0.com', clientId: 'm2mclient', clientSecret: 's3cr3t' });
  const user = await management.users.get({ id: event.user.user_id });
  const count = ((user.data.user_metadata || {}).sms_sent || 0) + 1;
  const updated = await management.users.update({ id: event.user.user_id }, { user_metadata: { sms_sent: count } });
  let missing;
  try {
    await management.users.get({ id: 'auth0|nobody' });
  } catch (e) {
    missing = { name: e.name, statusCode: e.statusCode, message: e.message };
  }
  return { count, status: updated.status, metadata: updated.data.user_metadata, missing };
};
