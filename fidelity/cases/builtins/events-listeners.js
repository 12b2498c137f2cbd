// EventEmitter's bookkeeping as packages observe it: order with prepend,
// once wrappers, removal during emit, newListener/removeListener events,
// and _events holding one function or an array.
module.exports = function (recipient, text, context, cb) {
  const { EventEmitter } = require('node:events');
  const log = [];
  const e = new EventEmitter();
  e.on('newListener', (type) => log.push('new ' + String(type)));
  e.on('removeListener', (type) => log.push('removed ' + String(type)));
  const f = () => log.push('f');
  const g = () => { log.push('g'); e.off('tick', h); };
  const h = () => log.push('h');
  e.on('tick', f);
  e.once('tick', g);
  e.on('tick', h);
  e.prependListener('tick', () => log.push('first'));
  const single = typeof e._events.newListener;
  e.emit('tick');
  e.emit('tick');
  const counts = [e.listenerCount('tick'), e.listeners('tick').length, e.rawListeners('tick').length];
  e.removeAllListeners();
  cb(null, { log, single, counts, names: e.eventNames(), keys: Object.keys(e), max: e.getMaxListeners() });
};
