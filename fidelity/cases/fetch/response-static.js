// Response constructed by hand and Response.json.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const a = new Response('text body', { status: 201, headers: { 'X-A': 'a' } });
  const b = Response.json({ a: 1 });
  return { a: [a.status, a.ok, await a.text(), a.headers.get('x-a')], b: [b.status, b.headers.get('content-type'), await b.json()] };
};
