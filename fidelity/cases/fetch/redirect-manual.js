// redirect: manual returns the redirect itself.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/redirect?to=/json', { redirect: 'manual' });
  return { status: r.status, type: r.type, location: r.headers.get('location'), redirected: r.redirected };
};
