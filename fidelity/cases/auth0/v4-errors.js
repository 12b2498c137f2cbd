// auth0 4.x in an Action: ManagementApiError, AuthApiError and
// RequiredError as the code sees them.
// fidelity: {"matrix": "auth0", "timeout": "30s", "versions": ["4.37.1"], "fakeauth0": {"domain": "acme.eu.auth0.com", "clients": [{"id": "m2mclient", "secret": "s3cr3t"}], "users": [{"id": "auth0|test12345", "email": "billie@email.com", "name": "Billie Magnusson", "user_metadata": {"lang": "fr", "prefs": {"sms": true}}}]}}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const auth0 = require('auth0@{version}');
  const options = { domain: 'acme.eu.auth0.com', clientId: 'm2mclient', clientSecret: 's3cr3t' };
  const shape = (e) => ({ name: e.name, message: e.message, statusCode: e.statusCode, errorCode: e.errorCode, error: e.error,
    keys: Object.keys(e), isError: e instanceof Error, body: e.body });
  const out = {};
  try { await new auth0.ManagementClient(Object.assign({}, options, { clientSecret: 'wrong' })).users.get({ id: 'auth0|test12345' }); } catch (e) { out.wrongSecret = shape(e); }
  try { await new auth0.ManagementClient(options).users.get({ id: 'auth0|nobody' }); } catch (e) { out.unknownUser = shape(e); out.isManagementApiError = e instanceof auth0.ManagementApiError; }
  try { await new auth0.ManagementClient(options).users.update({ id: 'auth0|test12345' }, { user_metadata: 'x' }); } catch (e) { out.refused = shape(e); }
  try { await new auth0.ManagementClient(options).users.get({}); } catch (e) { out.missingId = shape(e); }
  return out;
};
