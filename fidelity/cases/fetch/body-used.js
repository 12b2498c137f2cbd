// Reading a body twice: the TypeError.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const r = await fetch('https://fidelity.test/json');
  await r.text();
  try {
    await r.json();
    return { twice: true };
  } catch (e) {
    return { name: e.name, message: e.message, bodyUsed: r.bodyUsed };
  }
};
