// A 500 resolves with ok false.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/status/500');
  return { ok: r.ok, status: r.status, statusText: r.statusText, body: await r.json() };
};
