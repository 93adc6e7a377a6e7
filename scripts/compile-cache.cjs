// Start-up spends most of its time compiling the modules it loads (schema, ORM, classifier);
// V8's code cache, kept in the system temp directory and checked against each file's source,
// lets every later start skip that. Preloaded with `node --require` by the package scripts.
'use strict';
var nodeModule = require('module');
if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
