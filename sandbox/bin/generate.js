#!/usr/bin/env node
'use strict';
// Usage: node sandbox/bin/generate.js --orgs 100000 --seed 1 --out /tmp/province [--noise default|clean|heavy]
require('./swc-register.js');
require('./generate-cli.ts');
