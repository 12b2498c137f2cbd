// @xmldom/xmldom with xpath reads a SOAP answer as an Action that talks
// to a SOAP SMS gateway does, namespaces and all.
// The first run compiles the package (slow under the race detector).
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const { DOMParser, XMLSerializer } = require('@xmldom/xmldom@0.9.12');
  const xpath = require('xpath@0.0.34');
  const soap = '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sms="urn:example:sms">' +
    '<soap:Body><sms:SendResponse><sms:Result code="0">OK &amp; queued</sms:Result>' +
    '<sms:MessageId>abc-123</sms:MessageId><sms:Parts><sms:Part n="1"/><sms:Part n="2"/></sms:Parts>' +
    '</sms:SendResponse></soap:Body></soap:Envelope>';
  const doc = new DOMParser().parseFromString(soap, 'text/xml');
  const select = xpath.useNamespaces({ soap: 'http://schemas.xmlsoap.org/soap/envelope/', sms: 'urn:example:sms' });
  const errors = [];
  let broken;
  try {
    broken = new DOMParser({ onError: (level, msg) => errors.push(level) }).parseFromString('<a><b></a>', 'text/xml');
  } catch (e) {
    errors.push(e.name);
  }
  cb(null, {
    result: select('string(//sms:Result)', doc),
    code: select('string(//sms:Result/@code)', doc),
    id: select('//sms:MessageId/text()', doc)[0].nodeValue,
    parts: select('count(//sms:Part)', doc),
    names: select('//sms:Part', doc).map((n) => n.getAttribute('n')),
    root: doc.documentElement.localName + ' ' + doc.documentElement.namespaceURI,
    serialized: new XMLSerializer().serializeToString(select('//sms:MessageId', doc)[0]),
    errors, broken: broken ? new XMLSerializer().serializeToString(broken) : null,
  });
};
