// lodash 4: collections, strings, templates (which compile code with
// Function) and deep objects, as in Node.
// The first run compiles the package (slow under the race detector).
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const _ = require('lodash@4.17.21');
  const people = [{ name: 'ana', country: 'SE', age: 31 }, { name: 'bo', country: 'US', age: 25 }, { name: 'cy', country: 'SE', age: 40 }];
  const compiled = _.template('Hello <%= name %>, your code is <%- code %>');
  cb(null, {
    byCountry: _.mapValues(_.groupBy(people, 'country'), (g) => _.map(g, 'name')),
    oldest: _.maxBy(people, 'age').name,
    chain: _(people).filter((p) => p.age > 26).sortBy('age').map('name').join('+'),
    template: compiled({ name: 'ana', code: '<123>' }),
    strings: [_.camelCase('send phone message'), _.kebabCase('SendPhoneMessage'), _.padStart('7', 3, '0'), _.truncate(text, { length: 12 })],
    deep: _.get(_.merge({ a: { b: [1] } }, { a: { b: [2, 3], c: true } }), 'a'),
    equal: _.isEqual({ x: [1, { y: 2 }] }, { x: [1, { y: 2 }] }),
    set: _.set({}, 'x[0].y', 1),
    chunk: _.chunk(_.range(7), 3),
    version: _.VERSION,
  });
};
