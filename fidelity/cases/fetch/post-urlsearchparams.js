// A URLSearchParams body: urlencoded.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/echo', { method: 'POST', body: new URLSearchParams({ To: '+15551234567', Body: 'hi there' }) });
  return r.json();
};
