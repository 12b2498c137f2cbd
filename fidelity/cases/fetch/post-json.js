// A JSON string body with a Content-Type header.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/echo', { method: 'POST', body: JSON.stringify({ to: event.message_options.recipient }), headers: { 'content-type': 'application/json' } });
  return r.json();
};
