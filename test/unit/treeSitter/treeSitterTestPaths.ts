import path from 'node:path';
import type { TreeSitterPaths } from '../../../src/adapters/treeSitter/treeSitterRuntime';

const repoRoot = path.resolve(__dirname, '../../..');

/** The tree-sitter files as the tests find them: grammars and runtime from node_modules, queries from src. */
export const treeSitterTestPaths: TreeSitterPaths = {
  wasmDir: path.join(repoRoot, 'node_modules/@vscode/tree-sitter-wasm/wasm'),
  queryDir: path.join(repoRoot, 'src/adapters/treeSitter/queries'),
  runtimeWasmPath: path.join(repoRoot, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
};
