/**
 * Send the one-time password through the tenant's own SOAP SMS gateway
 * and read its SOAP answer with the real @xmldom/xmldom and xpath packages
 * (npm install, beside this file): the gateway answers HTTP 200 whether
 * it took the message or not, so the Action reads the result code inside
 * the envelope and fails when it is not 0.
 *
 * Secrets: GATEWAY_URL (the gateway's SOAP endpoint), GATEWAY_USER and
 * GATEWAY_PASSWORD. Modules: @xmldom/xmldom, xpath, axios.
 *
 * No fake knows the tenant's gateway: gateway.stubs.yaml says what it
 * answers, so the Action runs offline.
 *
 *   cd examples/soap-gateway-action && npm ci
 *   hookemu run action.js --stubs gateway.stubs.yaml \
 *     --secret GATEWAY_URL=https://sms-gateway.example.com/soap \
 *     --secret GATEWAY_USER=acme --secret GATEWAY_PASSWORD=demo-gateway-password
 */
const { DOMParser } = require("@xmldom/xmldom");
const xpath = require("xpath");
const axios = require("axios");

const NS = { soap: "http://schemas.xmlsoap.org/soap/envelope/", sms: "urn:example:sms" };
const select = xpath.useNamespaces(NS);

// escapeXML keeps the recipient and the text from breaking the envelope.
const escapeXML = (s) => String(s).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

const envelope = (user, password, to, text) =>
  '<?xml version="1.0" encoding="utf-8"?>' +
  `<soap:Envelope xmlns:soap="${NS.soap}" xmlns:sms="${NS.sms}"><soap:Body>` +
  `<sms:Send><sms:User>${escapeXML(user)}</sms:User><sms:Password>${escapeXML(password)}</sms:Password>` +
  `<sms:To>${escapeXML(to)}</sms:To><sms:Text>${escapeXML(text)}</sms:Text></sms:Send>` +
  "</soap:Body></soap:Envelope>";

exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { GATEWAY_URL, GATEWAY_USER, GATEWAY_PASSWORD } = event.secrets;
  const { recipient, text } = event.message_options;

  const answer = await axios.post(GATEWAY_URL, envelope(GATEWAY_USER, GATEWAY_PASSWORD, recipient, text), {
    headers: { "Content-Type": "text/xml; charset=utf-8", "SOAPAction": "urn:example:sms#Send" },
    responseType: "text",
  });

  const doc = new DOMParser().parseFromString(answer.data, "text/xml");
  const code = select("string(//sms:SendResponse/sms:Result/@code)", doc);
  if (code !== "0") {
    const fault = select("string(//sms:SendResponse/sms:Result)", doc) || select("string(//soap:Fault/faultstring)", doc);
    throw new Error(`the SMS gateway refused the message (code ${code || "none"}): ${fault}`);
  }
  return { messageId: select("string(//sms:MessageId)", doc), parts: select("count(//sms:Part)", doc) };
};
