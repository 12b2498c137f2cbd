// fetch(new Request(...)) with method, headers and body.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const req = new Request('https://fidelity.test/echo?req=1', { method: 'PUT', headers: { 'X-Req': 'r' }, body: 'request body' });
  const r = await fetch(req);
  return { method: req.method, url: req.url, data: await r.json() };
};
