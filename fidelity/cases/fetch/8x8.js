// An 8x8 SMS sent with the global fetch, in an Action.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const s = event.secrets;
  const m = event.message_options;
  const r = await fetch('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages', { method: 'POST', headers: { Authorization: 'Bearer ' + s.apikey, 'Content-Type': 'application/json' }, body: JSON.stringify({ destination: m.recipient, text: m.text }) });
  return { status: r.status, data: await r.json() };
};
