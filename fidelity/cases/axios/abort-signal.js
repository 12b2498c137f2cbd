// A request aborted with an AbortController signal (an Action: Hooks ran
// on Node 12, which has no AbortController).
// fidelity: {"matrix": "axios", "versions": ["0.27.2", "1.13.6"]}
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const axios = require('axios@{version}');
  const controller = new AbortController();
  const p = axios.get('https://fidelity.test/slow?ms=5000', { signal: controller.signal });
  setTimeout(() => controller.abort(), 1000);
  try {
    await p;
    return { resolved: true };
  } catch (e) {
    return { isCancel: axios.isCancel(e), message: e.message, name: e.name, code: e.code };
  }
};
