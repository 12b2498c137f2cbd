exports.onExecuteSendPhoneMessage = async (event) => {
  console.log(event.secrets.API_KEY);
};
