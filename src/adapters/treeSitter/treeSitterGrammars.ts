import type { StructureLanguage } from '../../core/structure/structureAnalyzer';

/** The files one grammar needs at run time. */
export interface GrammarFiles {
  /** WASM grammar file name inside the grammar directory. */
  wasmFile: string;
  /** Query file name inside the query directory. */
  queryFile: string;
}

/**
 * Which WASM grammar (from @vscode/tree-sitter-wasm) and which query file serve each language; used by the
 * tree-sitter runtime and by the build, which copies exactly these files. TSX has its own query file,
 * typescript.scm without the angle-bracket type assertion TSX lacks.
 */
export const grammarFiles: Readonly<Record<StructureLanguage, GrammarFiles>> = {
  typescript: { wasmFile: 'tree-sitter-typescript.wasm', queryFile: 'typescript.scm' },
  tsx: { wasmFile: 'tree-sitter-tsx.wasm', queryFile: 'tsx.scm' },
  javascript: { wasmFile: 'tree-sitter-javascript.wasm', queryFile: 'javascript.scm' },
  python: { wasmFile: 'tree-sitter-python.wasm', queryFile: 'python.scm' },
  java: { wasmFile: 'tree-sitter-java.wasm', queryFile: 'java.scm' },
  go: { wasmFile: 'tree-sitter-go.wasm', queryFile: 'go.scm' },
  rust: { wasmFile: 'tree-sitter-rust.wasm', queryFile: 'rust.scm' },
  csharp: { wasmFile: 'tree-sitter-c-sharp.wasm', queryFile: 'csharp.scm' },
};

/** File name of web-tree-sitter's own runtime WASM, next to the grammars in the extension's dist/grammars. */
export const runtimeWasmFile = 'web-tree-sitter.wasm';
