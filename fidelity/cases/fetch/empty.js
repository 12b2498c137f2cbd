// A 204: an empty body and text().
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/empty', { method: 'DELETE' });
  return { status: r.status, ok: r.ok, text: await r.text(), body: r.body === null ? 'null' : typeof r.body };
};
