// Connection refused (port 2, closed and not a "bad port"): TypeError fetch failed, and its cause.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  try {
    await fetch('http://127.0.0.1:2/');
    return { resolved: true };
  } catch (e) {
    return { name: e.name, message: e.message, cause: e.cause && { name: e.cause.name, message: e.cause.message, code: e.cause.code, errno: e.cause.errno, syscall: e.cause.syscall, address: e.cause.address, port: e.cause.port } };
  }
};
