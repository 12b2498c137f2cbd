// A redirect is followed: redirected and the final url.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/redirect?to=/json');
  return { status: r.status, redirected: r.redirected, url: r.url };
};
