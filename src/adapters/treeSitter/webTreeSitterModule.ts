import type * as WebTreeSitter from 'web-tree-sitter';

/**
 * web-tree-sitter's CommonJS build, used by every file of this adapter. The extension is bundled by esbuild as
 * CommonJS: an `import` would make esbuild pick the package's ES module build, whose start-up calls
 * `createRequire(import.meta.url)` and throws in a CommonJS bundle (no `import.meta`); `require` picks the
 * package's "require" export, which works both bundled and under tsx.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const webTreeSitter = require('web-tree-sitter') as typeof WebTreeSitter;
