// A string body: text/plain;charset=UTF-8.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/echo', { method: 'POST', body: 'hello' });
  return r.json();
};
