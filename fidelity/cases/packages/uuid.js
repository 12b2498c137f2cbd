// uuid 9: the name-based versions are deterministic and compared as is;
// random ones by their shape.
// The first run compiles the package (slow under the race detector).
// fidelity: {"timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const uuid = require('uuid@9.0.1');
  const v4 = uuid.v4();
  const v1 = uuid.v1();
  const bytes = uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
  cb(null, {
    v5: uuid.v5('hookemu.example', uuid.v5.DNS),
    v3: uuid.v3('https://hookemu.example/', uuid.v3.URL),
    v4shape: uuid.validate(v4) && uuid.version(v4),
    v1shape: uuid.validate(v1) && uuid.version(v1),
    nil: uuid.NIL, valid: [uuid.validate('nope'), uuid.validate(uuid.NIL)],
    roundTrip: uuid.stringify(bytes), bytes: Array.from(bytes).slice(0, 4),
  });
};
