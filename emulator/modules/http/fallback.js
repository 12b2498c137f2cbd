function (native) {
  'use strict';
  // The least of events and stream http needs, for runtimes whose registry
  // has no events or stream module yet: an emitter, and a Readable that
  // flows what is pushed into it.

  class EventEmitter {
    constructor() { this._events = Object.create(null); }
    on(name, fn) {
      this.emit('newListener', name, fn);
      (this._events[name] || (this._events[name] = [])).push(fn);
      return this;
    }
    addListener(name, fn) { return this.on(name, fn); }
    prependListener(name, fn) { (this._events[name] || (this._events[name] = [])).unshift(fn); return this; }
    once(name, fn) {
      const wrapper = (...args) => { this.removeListener(name, wrapper); return fn.apply(this, args); };
      wrapper.listener = fn;
      return this.on(name, wrapper);
    }
    removeListener(name, fn) {
      const list = this._events[name];
      if (!list) return this;
      const i = list.findIndex((l) => l === fn || l.listener === fn);
      if (i >= 0) list.splice(i, 1);
      return this;
    }
    off(name, fn) { return this.removeListener(name, fn); }
    removeAllListeners(name) {
      if (name === undefined) this._events = Object.create(null);
      else delete this._events[name];
      return this;
    }
    listeners(name) { return (this._events[name] || []).map((l) => l.listener || l); }
    listenerCount(name) { return (this._events[name] || []).length; }
    setMaxListeners() { return this; }
    emit(name, ...args) {
      const list = this._events[name];
      if (!list || list.length === 0) {
        if (name === 'error') throw args[0];
        return false;
      }
      for (const fn of list.slice()) fn.apply(this, args);
      return true;
    }
  }

  class Stream extends EventEmitter {}

  class Readable extends Stream {
    constructor() {
      super();
      this._queue = [];
      this._ended = false;
      this._flowing = null;
      this._encoding = null;
      this.readable = true;
      this.destroyed = false;
      this.on('newListener', (name) => {
        if (name === 'data' && this._flowing !== false) native.defer(() => this.resume());
      });
    }
    push(chunk) {
      if (chunk === null) this._ended = true;
      else this._queue.push(chunk);
      return true;
    }
    setEncoding(enc) { this._encoding = enc; return this; }
    pause() { this._flowing = false; return this; }
    isPaused() { return this._flowing === false; }
    resume() {
      if (this._flowing === true || this.destroyed) return this;
      this._flowing = true;
      native.defer(() => this._flow());
      return this;
    }
    _flow() {
      if (this._queue.length === 0 && !this._ended) this._read();
      while (this._flowing && this._queue.length > 0) {
        const chunk = this._queue.shift();
        this.emit('data', this._encoding ? chunk.toString(this._encoding) : chunk);
      }
      if (this._flowing && this._ended && !this._endEmitted) {
        this._endEmitted = true;
        this.readable = false;
        this.emit('end');
        native.defer(() => this.emit('close'));
      }
    }
    read() {
      if (this._queue.length === 0 && !this._ended) this._read();
      return this._queue.length ? this._queue.shift() : null;
    }
    pipe(dest) {
      this.on('data', (chunk) => dest.write(chunk));
      this.on('end', () => dest.end());
      return dest;
    }
    destroy(err) {
      if (this.destroyed) return this;
      this.destroyed = true;
      native.defer(() => {
        if (err) this.emit('error', err);
        this.emit('close');
      });
      return this;
    }
  }

  return { EventEmitter, Stream, Readable };
}
