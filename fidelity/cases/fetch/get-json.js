// fetch(url): ok, status, headers and json().
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/json');
  return { ok: r.ok, status: r.status, statusText: r.statusText, url: r.url, type: r.headers.get('content-type'), redirected: r.redirected, data: await r.json() };
};
