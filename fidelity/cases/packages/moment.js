// moment 2: parsing, formatting, arithmetic and a locale file that
// requires moment back by a relative path, in UTC so no host's zone shows.
// The first run compiles the package (slow under the race detector).
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const moment = require('moment@2.30.1');
  require('moment@2.30.1/locale/fr');
  const t = moment.utc('2024-02-28T23:30:00Z');
  cb(null, {
    iso: t.toISOString(),
    later: t.clone().add(1, 'day').add(45, 'minutes').format('YYYY-MM-DD HH:mm dddd'),
    leap: t.clone().add(1, 'year').format('YYYY-MM-DD'),
    diff: moment.utc('2024-03-10').diff(t, 'hours'),
    humanize: moment.duration(90, 'minutes').humanize(),
    fr: t.clone().locale('fr').format('LLLL'),
    locales: moment.locales().sort(),
    invalid: moment.utc('not a date', 'YYYY-MM-DD', true).isValid(),
    unix: moment.utc(0).add(1700000000, 's').format(),
    start: t.clone().startOf('isoWeek').format('ddd D MMM'),
  });
};
