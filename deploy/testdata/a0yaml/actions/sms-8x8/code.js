exports.onExecuteSendPhoneMessage = async (event, api) => {
  const to = event.message_options.recipient;
  console.log('##ENV##', @@SMS_SUBACCOUNTS@@, to);
};
