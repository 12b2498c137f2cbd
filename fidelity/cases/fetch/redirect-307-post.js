// A 307 keeps the method and body.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/redirect?to=/echo&status=307', { method: 'POST', body: 'kept' });
  return r.json();
};
