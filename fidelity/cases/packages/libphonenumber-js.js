// libphonenumber-js (a "type": "module" package with a .cjs main and
// exports for require) parses, formats and types numbers as in Node.
// The first run compiles the package (slow under the race detector).
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const lib = require('libphonenumber-js@1.13.18');
  const max = require('libphonenumber-js@1.13.18/max');
  const seen = {};
  for (const input of [recipient, '+46707123456', '+33 6 12 34 56 78', '8 (800) 555-35-35']) {
    let pn;
    try {
      pn = lib.parsePhoneNumber(input, 'RU');
    } catch (e) {
      seen[input] = { error: e.message, name: e.name };
      continue;
    }
    seen[input] = {
      country: pn.country || null, national: pn.formatNational(), international: pn.formatInternational(),
      uri: pn.getURI(), valid: pn.isValid(), type: max.parsePhoneNumber(input, 'RU').getType() || null,
    };
  }
  let tooShort;
  try { lib.parsePhoneNumberWithError('+1 2', 'US'); } catch (e) { tooShort = { name: e.name, message: e.message }; }
  const typing = new lib.AsYouType('US');
  cb(null, {
    seen, tooShort,
    asYouType: typing.input('2015550123'),
    isValid: [lib.isValidPhoneNumber('+12015550123'), lib.isValidPhoneNumber('+1201')],
    countries: lib.getCountries().length,
    callingCode: lib.getCountryCallingCode('GB'),
  });
};
