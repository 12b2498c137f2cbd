// An AbortController abort: the AbortError.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const c = new AbortController();
  setTimeout(() => c.abort(), 1000);
  try {
    await fetch('https://fidelity.test/slow?ms=5000', { signal: c.signal });
    return { resolved: true };
  } catch (e) {
    return { name: e.name, message: e.message, code: e.code, isDOMException: e instanceof DOMException };
  }
};
