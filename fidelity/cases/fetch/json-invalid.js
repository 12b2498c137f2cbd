// json() on a body that does not parse: the SyntaxError.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/badjson');
  try {
    await r.json();
    return { parsed: true };
  } catch (e) {
    return { name: e.name, message: e.message };
  }
};
