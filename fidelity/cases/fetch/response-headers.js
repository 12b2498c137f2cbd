// Response headers: get, getSetCookie and iteration.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/headers');
  return { custom: r.headers.get('X-Custom-Header'), repeated: r.headers.get('x-repeated'), cookie: r.headers.get('set-cookie'), cookies: typeof r.headers.getSetCookie === 'function' ? r.headers.getSetCookie() : 'none', names: Array.from(r.headers.keys()) };
};
