/**
 * Lets a worker thread started from the TypeScript sources (under Jest) load
 * .ts files, compiled by SWC with the very options jest.config.js gives the
 * tests. The built application never uses it: its worker threads run the
 * compiled JavaScript.
 */
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const jestConfig = require(path.join(__dirname, '..', '..', 'jest.config.js'));
const [, swcOptions] = Object.values(jestConfig.transform)[0];

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
