'use strict';
/**
 * Minimal require hook so the sandbox CLIs run straight from TypeScript without a build
 * (the repo has @swc/core but no ts-node). Type checking stays with `tsc --noEmit`.
 */
const swc = require('@swc/core');
const Module = require('module');

require.extensions['.ts'] = function compileTs(module, filename) {
  const { code } = swc.transformFileSync(filename, {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
void Module;
