// Refuses an old Node in one line, before anything else loads (older Nodes cannot run the
// TypeScript sources and would fail obscurely, or, for vitest, print nothing and exit 0).
// Plain old JavaScript on purpose: it must parse on any Node. Used with `node --require` or on its own.
'use strict';
var path = require('path');
var required = require(path.join(__dirname, '..', 'package.json')).engines.node;
var wanted = /(\d+)\.(\d+)\.(\d+)/.exec(required).slice(1).map(Number);
var actual = process.versions.node.split('.').map(Number);
var ok = actual[0] !== wanted[0] ? actual[0] > wanted[0] : actual[1] !== wanted[1] ? actual[1] > wanted[1] : actual[2] >= wanted[2];
if (!ok) {
  process.stderr.write('ApplyTrack Mail Sync needs Node.js ' + required + ' (24 LTS recommended); this is Node.js ' + process.versions.node + ' at ' + process.execPath + '.\n');
  process.exit(1);
}
