#!/usr/bin/env node
// extract-resources.js regenerates ../resources.json: for every twilio
// release the shim emulates, the create() parameter table (camelCase option,
// PascalCase form key, serializer, in the order the release sends them), the
// required-parameter messages and the instance fields (camelCase property,
// payload key, deserializer, in assignment order) of the resources the shim
// implements. It reads the generated sources of each release, so the tables
// are facts of the releases, not a transcription.
//
// Usage (needs git and node):
//
//	node tools/extract-resources.js <twilio-node git dir> <versions.json> [packs dir] > resources.json
//
// versions.json is the list of releases, oldest first (npm view twilio
// versions, stable ones from 3.29.0, without 4.6.0: that npm upload is a
// 3.x-era build). Releases without a tag or "Release X" commit in the git
// history (6.1.x, 6.2.0) are read from unpacked npm tarballs in
// <packs dir>/<version>/package/ (npm pack twilio@<version>).
'use strict';
const {execFileSync} = require('child_process');
const fs = require('fs');

const [repo, versionsFile, packs] = process.argv.slice(2);
const versions = JSON.parse(fs.readFileSync(versionsFile, 'utf8'));

function git(...args) {
  try {
    return execFileSync('git', ['-C', repo, ...args], {maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore']}).toString();
  } catch (e) {
    return null;
  }
}

const releaseCommits = {};
for (const line of git('log', '--all', '--format=%H %s').split('\n')) {
  const m = line.match(/^(\w+) Release (\d+\.\d+\.\d+)$/);
  if (m && !releaseCommits[m[2]]) releaseCommits[m[2]] = m[1];
}

function reader(version) {
  const commit = git('rev-parse', '-q', '--verify', `refs/tags/${version}^{commit}`) ? version : releaseCommits[version];
  if (commit) return (path) => git('show', `${commit}:${path}`);
  const dir = packs && `${packs}/${version}/package/`;
  if (dir && fs.existsSync(dir)) return (path) => (fs.existsSync(dir + path) ? fs.readFileSync(dir + path, 'utf8') : null);
  throw new Error(`no source for twilio ${version}`);
}

const resources = {
  message: 'api/v2010/account/message',
  call: 'api/v2010/account/call',
  verification2: 'verify/v2/service/verification',
  verification1: 'verify/v1/service/verification',
};

function source(read, base) {
  for (const p of [`lib/rest/${base}.js`, `src/rest/${base}.ts`, `lib/rest/${base}.ts`]) {
    const s = read(p);
    if (s) return s;
  }
  return null;
}

function createBody(src) {
  const i = src.search(/ListInstance\.create = function create|instance\.create = function create/);
  if (i < 0) return null;
  const lineStart = src.lastIndexOf('\n', i) + 1;
  const indent = src.slice(lineStart, i).match(/^\s*/)[0];
  return src.slice(i, src.indexOf('\n' + indent + '};', i));
}

function params(body) {
  const out = [];
  let m;
  const old = /'([A-Z][A-Za-z0-9.]*)': (.*?)(?:,\n|\n)/g;
  while ((m = old.exec(body))) {
    const camel = m[2].match(/_\.get\(opts, '(\w+)'\)/);
    if (camel) out.push([camel[1], m[1], serializer(m[2])]);
  }
  const ts = /data\["([A-Z][A-Za-z0-9.]*)"\] =\s*(.*?);\n/gs;
  while ((m = ts.exec(body))) {
    const camel = m[2].match(/params\["(\w+)"\]/);
    if (camel) out.push([camel[1], m[1], serializer(m[2])]);
  }
  return out;
}

function serializer(expr) {
  const m = expr.match(/serialize\.(\w+)/);
  return m ? m[1] : 'raw';
}

function required(body) {
  const out = {missing: null, keys: []};
  const re = /throw new Error\((['"])(Required parameter .*?)\1\)/g;
  let m;
  while ((m = re.exec(body))) {
    const message = JSON.parse('"' + m[2].replace(/\\'/g, "'").replace(/"/g, '\\"').replace(/\\\\"/g, '\\"') + '"');
    const key = message.match(/(?:opts|params)(?:\.(\w+)|\['(\w+)'\])/);
    if (key) out.keys.push([key[1] || key[2], message]);
    else out.missing = message;
  }
  return out;
}

function fields(src) {
  const i = src.search(/Instance = function \w+Instance\(version, payload|class \w+Instance \{[\s\S]*?constructor\(/);
  if (i < 0) return null;
  const seg = src.slice(i, i + 20000);
  const body = seg.slice(0, seg.search(/this\._solution|this\._context = undefined/));
  const out = [];
  const re = /this\.(\w+) = (.*?);/g;
  let m;
  while ((m = re.exec(body))) {
    if (m[1].startsWith('_')) continue;
    const key = m[2].match(/payload\.(\w+)/);
    const de = m[2].match(/deserialize\.(\w+)/);
    out.push([m[1], key ? key[1] : m[2], de ? de[1] : 'raw']);
  }
  return out;
}

const out = {versions, resources: {}};
for (const name of Object.keys(resources)) out.resources[name] = [];
for (const version of versions) {
  const read = reader(version);
  for (const [name, base] of Object.entries(resources)) {
    const src = source(read, base);
    let era = null;
    if (src) {
      const body = createBody(src);
      era = {params: params(body), required: required(body), fields: fields(src)};
    }
    const eras = out.resources[name];
    const last = eras.length ? eras[eras.length - 1] : undefined;
    const key = JSON.stringify(era);
    if (!last || JSON.stringify(last.table) !== key) eras.push({since: version, table: era});
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
