// node-fetch 2 in an Action (node-fetch 3 is ESM only): a POST of JSON.
// fidelity: {"matrix": "node-fetch"}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const fetch = require('node-fetch@{version}');
  const r = await fetch('https://fidelity.test/echo', { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json' } });
  return { status: r.status, data: await r.json() };
};
