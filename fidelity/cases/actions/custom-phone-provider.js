// The custom-phone-provider trigger: event.notification as Auth0 sends it.
exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const n = event.notification;
  return { keys: Object.keys(n).sort(), delivery: n.delivery_method, recipient: n.recipient, code: n.code };
};
