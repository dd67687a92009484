import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Language, Parser, Query } from 'web-tree-sitter';
import type { StructureLanguage } from '../../core/structure/structureAnalyzer';
import { grammarFiles, runtimeWasmFile } from './treeSitterGrammars';
import { webTreeSitter } from './webTreeSitterModule';

/** Where the runtime finds its files; the extension passes dist paths, tests pass node_modules and src paths. */
export interface TreeSitterPaths {
  /** Directory holding the grammar `.wasm` files. */
  wasmDir: string;
  /** Directory holding the `<language>.scm` query files. */
  queryDir: string;
  /** web-tree-sitter's runtime WASM; defaults to `web-tree-sitter.wasm` inside `wasmDir`. */
  runtimeWasmPath?: string;
}

/** A loaded grammar with its parser and compiled query: everything one language needs to analyze documents. */
export interface LoadedGrammar {
  language: Language;
  parser: Parser;
  query: Query;
}

/**
 * The Emscripten module options object becomes the module itself, so its HEAPU8 view tracks the WASM heap: the
 * only way to watch WASM memory, which the JavaScript garbage collector neither sees nor frees.
 */
interface EmscriptenModuleView {
  locateFile?: (file: string, scriptDirectory: string) => string;
  HEAPU8?: Uint8Array;
}

// web-tree-sitter keeps one WASM module per process: initialise it once, whoever asks first.
let runtimeInit: Promise<void> | undefined;
const moduleView: EmscriptenModuleView = {};

function initRuntime(runtimeWasmPath: string): Promise<void> {
  runtimeInit ??= (async () => {
    await readFile(runtimeWasmPath).catch((error: unknown) => {
      throw new Error(`tree-sitter runtime not found at ${runtimeWasmPath} (${describe(error)}); structure analysis is off`);
    });
    moduleView.locateFile = (file: string) => (file === runtimeWasmFile ? runtimeWasmPath : file);
    await webTreeSitter.Parser.init(moduleView);
  })().catch((error: unknown) => {
    runtimeInit = undefined; // a later call with a corrected path may succeed
    throw error;
  });
  return runtimeInit;
}

/** Bytes of the WebAssembly heap shared by every tree-sitter parser and tree in this process (0 before init). */
export function wasmHeapBytes(): number {
  return moduleView.HEAPU8?.byteLength ?? 0;
}

/**
 * Used by the structure analyzer: loads each language's grammar and query on first need and caches them, so
 * concurrent first calls share one load and a failed load fails fast afterwards with the same clear error.
 */
export class TreeSitterRuntime {
  private readonly loads = new Map<StructureLanguage, Promise<LoadedGrammar>>();
  private readonly loaded = new Map<StructureLanguage, LoadedGrammar>();
  private loadCount = 0;
  private disposed = false;

  constructor(private readonly paths: TreeSitterPaths) {}

  /** How many grammar loads started (a cached or shared load does not count). */
  get grammarLoads(): number {
    return this.loadCount;
  }

  get loadedLanguages(): StructureLanguage[] {
    return [...this.loaded.keys()];
  }

  /** The grammar if it has finished loading, for synchronous paths. */
  loadedGrammar(language: StructureLanguage): LoadedGrammar | undefined {
    return this.loaded.get(language);
  }

  load(language: StructureLanguage): Promise<LoadedGrammar> {
    if (this.disposed) return Promise.reject(new Error('tree-sitter runtime was disposed'));
    let pending = this.loads.get(language);
    if (!pending) {
      this.loadCount++;
      pending = this.loadUncached(language);
      this.loads.set(language, pending);
    }
    return pending;
  }

  dispose(): void {
    this.disposed = true;
    for (const grammar of this.loaded.values()) {
      grammar.query.delete();
      grammar.parser.delete();
    }
    this.loaded.clear();
    this.loads.clear();
  }

  private async loadUncached(language: StructureLanguage): Promise<LoadedGrammar> {
    const files = grammarFiles[language];
    await initRuntime(this.paths.runtimeWasmPath ?? path.join(this.paths.wasmDir, runtimeWasmFile));
    const wasmPath = path.join(this.paths.wasmDir, files.wasmFile);
    const queryPath = path.join(this.paths.queryDir, files.queryFile);
    const [wasm, querySource] = await Promise.all([
      readFile(wasmPath).catch((error: unknown) => {
        throw new Error(`${language} grammar not found at ${wasmPath} (${describe(error)}); structure analysis is off for ${language}`);
      }),
      readFile(queryPath, 'utf8').catch((error: unknown) => {
        throw new Error(`${language} queries not found at ${queryPath} (${describe(error)}); structure analysis is off for ${language}`);
      }),
    ]);
    let tsLanguage: Language;
    try {
      tsLanguage = await webTreeSitter.Language.load(new Uint8Array(wasm.buffer, wasm.byteOffset, wasm.byteLength));
    } catch (error) {
      throw new Error(`${language} grammar at ${wasmPath} could not be loaded (${describe(error)}); is it built for a compatible tree-sitter ABI?`);
    }
    let query: Query;
    try {
      query = new webTreeSitter.Query(tsLanguage, querySource);
    } catch (error) {
      throw new Error(`${language} queries in ${queryPath} do not compile against the grammar: ${describe(error)}`);
    }
    const parser = new webTreeSitter.Parser();
    parser.setLanguage(tsLanguage);
    const grammar: LoadedGrammar = { language: tsLanguage, parser, query };
    if (this.disposed) {
      query.delete();
      parser.delete();
      throw new Error('tree-sitter runtime was disposed');
    }
    this.loaded.set(language, grammar);
    return grammar;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
