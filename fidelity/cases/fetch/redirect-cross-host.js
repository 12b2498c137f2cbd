// A redirect to another origin: is the Authorization kept?
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/redirect?to=' + encodeURIComponent('https://sms.8x8.com/api/v1/accounts/acc/balance'), { headers: { Authorization: 'Bearer secret' } });
  return { status: r.status, url: r.url, body: await r.json() };
};
