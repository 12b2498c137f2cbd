/**
 * Send the one-time password by SMS through 8x8 from an Action, after
 * counting the send in the user's user_metadata through the Management
 * API with the auth0 SDK (node-auth0 4.x, what an Action gets when it adds
 * auth0 without a version). The Action's machine-to-machine application
 * needs the read:users and update:users scopes on the Management API.
 *
 * Secrets: AUTH0_DOMAIN (the tenant's Auth0 domain, not a custom domain),
 * AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (the machine-to-machine
 * application), apikey (8x8 API key) and subaccount (8x8 SMS subaccount
 * id). Modules: auth0, axios.
 */
const { ManagementClient } = require("auth0");
const axios = require("axios");

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, apikey, subaccount } = event.secrets;
  const { recipient, text, message_type, action } = event.message_options;

  const management = new ManagementClient({
    domain: AUTH0_DOMAIN,
    clientId: AUTH0_CLIENT_ID,
    clientSecret: AUTH0_CLIENT_SECRET
  });

  // Metadata is merged at its first level: the keys written here are
  // replaced, the user's other metadata stays. A refusal (a wrong secret,
  // an unknown user) rejects, which fails the message before any SMS is
  // sent.
  const { data: user } = await management.users.get({ id: event.user.user_id });
  const sent = (user.user_metadata && user.user_metadata.phone_messages_sent) || 0;
  await management.users.update(
    { id: event.user.user_id },
    { user_metadata: { phone_messages_sent: sent + 1, last_phone_message: { action, message_type } } }
  );

  await axios.post(
    `https://sms.8x8.com/api/v1/subaccounts/${subaccount}/messages`,
    { encoding: "AUTO", destination: recipient, text: text },
    { headers: { "Authorization": `Bearer ${apikey}`, "Content-Type": "application/json" } }
  );
};
