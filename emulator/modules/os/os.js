function (native) {
  'use strict';

  var host = native.host;

  // constants keeps Node's key order and null prototypes.
  var constants = JSON.parse(native.constants, function (key, value) {
    if (value === null || typeof value !== 'object') return value;
    return Object.assign(Object.create(null), value);
  });

  function fn(name, f) {
    Object.defineProperty(f, 'name', { value: name });
    return f;
  }

  function cpus() {
    var out = [];
    for (var i = 0; i < host.cpus; i++) {
      out.push({ model: host.cpuModel, speed: host.cpuSpeed, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } });
    }
    return out;
  }

  function networkInterfaces() {
    return {
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
        { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 }
      ]
    };
  }

  function userInfo(options) {
    var info = Object.create(null);
    info.uid = host.uid;
    info.gid = host.uid;
    info.username = host.username;
    info.homedir = host.homedir;
    info.shell = host.shell;
    return info;
  }

  function validatePid(pid) {
    if (pid !== undefined && (typeof pid !== 'number' || pid !== Math.floor(pid))) {
      throw native.codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "pid" argument must be of type number. ' + native.received(pid));
    }
  }

  function getPriority(pid) {
    validatePid(pid);
    return 0;
  }

  // setPriority is accepted and forgotten: the fake host has no
  // scheduler to tell.
  function setPriority(pid, priority) {
    if (priority === undefined) {
      priority = pid;
      pid = 0;
    }
    validatePid(pid);
    if (typeof priority !== 'number' || priority < -20 || priority > 19 || priority !== Math.floor(priority)) {
      throw native.codedError('RangeError', 'ERR_OUT_OF_RANGE',
        'The value of "priority" is out of range. It must be >= -20 && <= 19. Received ' + native.inspect(priority));
    }
  }

  var os = {
    arch: fn('arch', function () { return host.arch; }),
    availableParallelism: fn('availableParallelism', function () { return host.cpus; }),
    cpus: fn('cpus', cpus),
    endianness: fn('endianness', function () { return 'LE'; }),
    freemem: fn('freemem', function () { return host.freemem; }),
    getPriority: fn('getPriority', getPriority),
    homedir: fn('homedir', function () { return host.homedir; }),
    hostname: fn('hostname', function () { return host.hostname; }),
    loadavg: fn('loadavg', function () { return [0, 0, 0]; }),
    networkInterfaces: fn('networkInterfaces', networkInterfaces),
    platform: fn('platform', function () { return host.platform; }),
    release: fn('release', function () { return host.release; }),
    setPriority: fn('setPriority', setPriority),
    tmpdir: fn('tmpdir', function () { return host.tmpdir; }),
    totalmem: fn('totalmem', function () { return host.totalmem; }),
    type: fn('type', function () { return host.type; }),
    userInfo: fn('userInfo', userInfo),
    uptime: fn('uptime', function () { return host.uptime; }),
    version: fn('version', function () { return host.version; }),
    machine: fn('machine', function () { return host.machine; })
  };
  Object.defineProperty(os, 'constants', { value: constants, enumerable: true, configurable: false, writable: false });
  Object.defineProperty(os, 'EOL', { value: '\n', enumerable: true, configurable: true, writable: false });
  Object.defineProperty(os, 'devNull', { value: '/dev/null', enumerable: true, configurable: true, writable: false });
  return os;
}
