import { conceptLanguageOf } from '../concepts/concept';

/**
 * The review hint: one finding on the engineer's changed code. The detectors produce it, the review policy ranks it,
 * the extension renders it in place (Comments API or a "Skilltrace review" diagnostic) and the LLM review extends it.
 */

/** How much a finding matters; the extension maps it onto diagnostic severities. */
export type ReviewSeverity = 'error' | 'warning' | 'info';

/** One finding on an added line. */
export interface ReviewHint {
  conceptId: string;
  /** Repository-relative path, forward slashes, as git prints it. */
  file: string;
  /** 1-based line in the new version of the file, as git counts (the editor's line is `line - 1`). */
  line: number;
  /** 0-based column where the finding starts, when the detector knows it. */
  column?: number;
  /** What is wrong and what to do instead, in words for the engineer. */
  message: string;
  severity: ReviewSeverity;
  /** Which detector found it, e.g. `ts.explicit-any`; stable, so feedback and dedupe can key on it. */
  detectorId: string;
  /** The added line, trimmed and with any secret redacted, for the panel and for an LLM review prompt. */
  excerpt: string;
}

/** Languages the review detectors understand; TSX and JSX review as TypeScript and JavaScript. */
export type ReviewLanguage = 'typescript' | 'javascript' | 'python' | 'java' | 'go' | 'rust' | 'csharp';


/** The review language of a path from its extension (TSX and JSX review as TypeScript and JavaScript); undefined for files the detectors do not read. */
export function reviewLanguageForPath(path: string): ReviewLanguage | undefined {
  const editorLanguage = editorLanguageForPath(path);
  return editorLanguage === undefined ? undefined : conceptLanguageOf(editorLanguage);
}

/** True for paths that hold tests, where some findings (e.g. Rust `unwrap()`) are fine. */
export function isTestPath(path: string): boolean {
  return /(?:^|\/)(?:tests?|__tests__|spec|benches|examples)\//.test(path) || /(?:[._-](?:test|spec)\.[a-z]+|_test\.go|_tests?\.rs|^test_[^/]*\.py|\/test_[^/]*\.py|Tests?\.(?:java|cs))$/.test(path);
}

const EDITOR_LANGUAGE: Readonly<Record<string, string>> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescriptreact',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascriptreact',
  py: 'python',
  pyi: 'python',
  java: 'java',
  go: 'go',
  rs: 'rust',
  cs: 'csharp',
};

/** The VS Code language id a file of a diff or commit would open with, for the structure analyzer; undefined when unknown. */
export function editorLanguageForPath(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return Object.hasOwn(EDITOR_LANGUAGE, extension) ? EDITOR_LANGUAGE[extension] : undefined;
}
