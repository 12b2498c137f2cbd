exports.onExecuteCustomPhoneProvider = async (event, api) => {
  console.log(event.notification.delivery_method, event.secrets.WEBHOOK_URL);
};
