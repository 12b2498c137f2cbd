// timers and timers/promises in an Action: awaited delays, an aborted
// wait, a counted interval, and the option errors.
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const timers = require('timers');
  const tp = require('node:timers/promises');
  const caught = (p) => p.then((v) => ['resolved', v], (e) => [e.name, e.code, e.message]);
  const ac = new AbortController();
  const aborted = caught(tp.setTimeout(60000, 'late', { signal: ac.signal }));
  ac.abort();
  const it = tp.setInterval(2, 'tick');
  const ticks = [];
  for (let n = 0; n < 3; n++) ticks.push((await it.next()).value);
  await it.return();
  return {
    same: timers.setTimeout === setTimeout && timers.promises === tp,
    waited: await caught(tp.setTimeout(5, event.message_options.recipient)),
    immediate: await caught(tp.setImmediate(42)),
    aborted: await aborted,
    ticks,
    badOptions: await caught(tp.setTimeout(1, 'v', 'nope')),
    badSignal: await caught(tp.setImmediate('v', { signal: {} }))
  };
};
