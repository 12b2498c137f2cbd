// awesome-phonenumber 7 parses, validates and formats numbers as in Node.
// The first run compiles the package (slow under the race detector).
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const { parsePhoneNumber, getExample, getCountryCodeForRegionCode, getRegionCodeForCountryCode, getSupportedRegionCodes } = require('awesome-phonenumber@7.8.0');
  const seen = {};
  for (const input of [recipient, '+46707123456', '+7 912 345-67-89', '0707123456', '+1 201 555 0123', '12', '+44 20 7946 0958']) {
    const pn = parsePhoneNumber(input, { regionCode: 'SE' });
    seen[input] = {
      valid: pn.valid, possible: pn.possible, type: pn.type || null, region: pn.regionCode || null,
      e164: pn.number ? pn.number.e164 : null, national: pn.number ? pn.number.national : null,
      international: pn.number ? pn.number.international : null, rfc3966: pn.number ? pn.number.rfc3966 : null,
      countryCode: pn.countryCode, possibility: pn.possibility,
    };
  }
  cb(null, {
    seen,
    example: getExample('DE', 'mobile').number.e164,
    se: getCountryCodeForRegionCode('SE'),
    region44: getRegionCodeForCountryCode(44),
    regions: getSupportedRegionCodes().length,
  });
};
