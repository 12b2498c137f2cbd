// Headers: case-insensitive, combined values, iteration order.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const h = new Headers({ 'X-B': '2', 'x-a': '1' });
  h.append('X-A', 'again');
  h.set('Content-Type', 'text/plain');
  return { a: h.get('x-a'), has: h.has('X-B'), entries: Array.from(h.entries()), missing: h.get('nope') };
};
