// Builds every bundle of the project with esbuild:
//   dist/extension.js  the extension (node, cjs, `vscode` external)
//   dist/webview.js    the tutor panel's front end (browser)
//   dist/cli.js        the `skilltrace` command line (eval, concepts, server)
//   out/test/...       integration tests and benchmarks that run inside the real VS Code host (--tests)
// and copies the WASM grammars and tree-sitter queries the extension loads at run time.
// Flags: --production (minified, no source maps), --watch, --tests.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  target: 'node20',
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    // The first line of the bundle notes the time, so the activation benchmark can include module load.
    banner: { js: 'var __skilltraceLoadStart = (typeof performance !== "undefined" ? performance.now() : 0);' },
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: ['chrome120'],
  },
];

if (existsSync('src/cli/main.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    // The command line runs from an npm install, next to its node_modules; the server's database
    // engines ship WASM and native files that are not bundled.
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  });
}

if (tests) {
  const entries = [];
  for (const dir of ['test/integration']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true })) {
      const file = String(f);
      if (file.endsWith('.ts')) entries.push(path.join(dir, file));
    }
  }
  builds.push({
    ...common,
    entryPoints: entries,
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    platform: 'node',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
  });
}

/** Copies run-time assets: WASM grammars and the tree-sitter runtime, and the per-language queries. */
function copyAssets() {
  const grammarsOut = 'dist/grammars';
  rmSync(grammarsOut, { recursive: true, force: true });
  mkdirSync(grammarsOut, { recursive: true });
  const wasmSources = ['node_modules/@vscode/tree-sitter-wasm/wasm', 'node_modules/web-tree-sitter'];
  const wanted = /^(tree-sitter-(typescript|tsx|javascript|python|java|go|rust|c-sharp)\.wasm|tree-sitter\.wasm|web-tree-sitter\.wasm)$/;
  for (const dir of wasmSources) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (wanted.test(f) && !existsSync(path.join(grammarsOut, f))) cpSync(path.join(dir, f), path.join(grammarsOut, f));
    }
  }
  if (existsSync('src/adapters/treeSitter/queries')) {
    cpSync('src/adapters/treeSitter/queries', 'dist/queries', { recursive: true });
  }
  if (existsSync('src/server/dashboard')) {
    cpSync('src/server/dashboard', 'dist/dashboard', { recursive: true });
  }
}

if (!watch) rmSync('out', { recursive: true, force: true });
copyAssets();
if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[esbuild] watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
