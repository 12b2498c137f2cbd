// AbortSignal.timeout: the TimeoutError.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  try {
    await fetch('https://fidelity.test/slow?ms=5000', { signal: AbortSignal.timeout(1000) });
    return { resolved: true };
  } catch (e) {
    return { name: e.name, message: e.message, code: e.code };
  }
};
