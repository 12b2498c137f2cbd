// EventEmitter's error semantics: an 'error' with no listener throws (the
// Error itself, or ERR_UNHANDLED_ERROR around anything else), errorMonitor
// sees it first, once() rejects on 'error', and a listener that is not a
// function is refused with Node's code and message.
module.exports = function (recipient, text, context, cb) {
  const EventEmitter = require('events');
  const seen = [];
  const caught = (fn) => { try { fn(); return 'no throw'; } catch (e) { return [e.name, e.code, e.message, String(e), e.context === undefined ? 'none' : typeof e.context]; } };
  const e = new EventEmitter();
  e.on(EventEmitter.errorMonitor, (err) => seen.push('monitor ' + (err && err.message || String(err))));
  const out = {
    isClass: typeof EventEmitter === 'function' && EventEmitter.EventEmitter === EventEmitter,
    error: caught(() => e.emit('error', new Error('boom'))),
    string: caught(() => e.emit('error', 'bad')),
    object: caught(() => e.emit('error', { code: 42, nested: { deep: [1, 2] } })),
    nothing: caught(() => e.emit('error')),
    listener: caught(() => e.on('x', 42)),
    max: caught(() => e.setMaxListeners(-1)),
    names: e.eventNames().length
  };
  class Job extends EventEmitter {}
  const job = new Job();
  const waited = EventEmitter.once(job, 'done');
  setTimeout(() => job.emit('error', new Error('job failed')), 1);
  waited.then(() => cb(null, Object.assign(out, { once: 'resolved', seen })),
    (err) => cb(null, Object.assign(out, { once: err.message, left: job.listenerCount('done') + job.listenerCount('error'), seen })));
};
