// Node 24 erases TypeScript types itself; 'strip' keeps every line and column where it was,
// so stack traces point at the source without source maps. tsconfig's erasableSyntaxOnly
// makes the type check reject anything stripping cannot handle.
const { stripTypeScriptTypes } = require('node:module');

module.exports = {
  process(source) {
    return { code: stripTypeScriptTypes(source, { mode: 'strip' }) };
  },
};
