function (native) {
  'use strict';
  // The least of stream http needs, for runtimes whose registry has no
  // stream module yet: a Readable that flows what is pushed into it.

  const EventEmitter = native.EventEmitter;

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

  return { Stream, Readable };
}
