/**
 * Send the one-time password by SMS through 8x8, as hooks/8x8-action.js
 * does, then tell the security team's Slack channel through an incoming
 * webhook that a code went out: the audit trail many tenants keep.
 *
 * Secrets: apikey and subaccount (8x8), SLACK_WEBHOOK_URL (the incoming
 * webhook, https://hooks.slack.com/services/T.../B.../...). Module: axios.
 *
 * hookemu has no fake of Slack: run as it is, this hook's demo stubs
 * (hooks/slack-action.stubs.yaml) say what the webhook answers; edited,
 * say it with --stubs, or the post is blocked, as any request to a host
 * hookemu does not know.
 */
const axios = require("axios");

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { apikey, subaccount, SLACK_WEBHOOK_URL } = event.secrets;
  const { recipient, text, message_type, action } = event.message_options;

  // The code goes out first: an 8x8 failure fails the message.
  await axios.post(
    `https://sms.8x8.com/api/v1/subaccounts/${subaccount}/messages`,
    { encoding: "AUTO", destination: recipient, text: text },
    { headers: { "Authorization": `Bearer ${apikey}`, "Content-Type": "application/json" } }
  );

  // Slack only hears of it: a Slack outage must not lock the user out,
  // so its failure is logged, not thrown. Never post the code itself.
  const shown = recipient.slice(0, 3) + "****" + recipient.slice(-2);
  try {
    await axios.post(SLACK_WEBHOOK_URL, {
      text: `MFA ${action}: a code went out by ${message_type} to ${shown}`
    });
  } catch (err) {
    const answer = err.response ? `${err.response.status} ${err.response.data}` : err.message;
    console.error(`Slack notification failed: ${answer}`);
  }
};
