import { redactSecrets } from '../privacy/secretRedactor';
import type { ReviewLanguage, ReviewSeverity } from './reviewHint';

/**
 * The concept detectors of the offline review. Each reads one added line (with the masked code beside it and the
 * visible lines around it in the same hunk) and reports at most one finding. They aim to be precise rather than
 * thorough: a finding has to be right on the line alone, because a wrong hint costs the engineer's trust.
 */

/** One line of the new side of a hunk as the detectors see it. */
export interface ViewLine {
  /** 1-based line in the new file. */
  line: number;
  raw: string;
  /** `raw` with comments and string contents blanked (see CodeMasker). */
  code: string;
  added: boolean;
}

/** What a detector gets: the line at `index` of `lines` (one hunk's new side) and facts about the file. */
export interface DetectorContext {
  language: ReviewLanguage;
  path: string;
  isTestFile: boolean;
  lines: readonly ViewLine[];
  index: number;
  /** The hunk's section header (git's guess at the enclosing function). */
  section: string;
  /** Names of async functions visible anywhere in the file's diff, for the floating-promise detector. */
  asyncFunctionNames: ReadonlySet<string>;
}

/** A detector's answer; `conceptId` overrides the detector's default concept. */
export interface DetectorFinding {
  message: string;
  column?: number;
  conceptId?: string;
  severity?: ReviewSeverity;
}

/** One concept detector; listed in `reviewDetectors`, run by `reviewDiff`. */
export interface ReviewDetector {
  id: string;
  conceptId: string;
  languages: readonly ReviewLanguage[];
  severity: ReviewSeverity;
  detect(context: DetectorContext): DetectorFinding | undefined;
}

const JS_LIKE: readonly ReviewLanguage[] = ['typescript', 'javascript'];
const ALL: readonly ReviewLanguage[] = ['typescript', 'javascript', 'python', 'java', 'go', 'rust', 'csharp'];

function current(context: DetectorContext): ViewLine {
  return context.lines[context.index];
}

/** The next lines of the hunk after the current one, skipping blank and comment-only lines. */
function following(context: DetectorContext, limit: number): ViewLine[] {
  const result: ViewLine[] = [];
  for (let k = context.index + 1; k < context.lines.length && result.length < limit; k++) {
    if (context.lines[k].code.trim() !== '') result.push(context.lines[k]);
  }
  return result;
}

function hasComment(raw: string, language: ReviewLanguage): boolean {
  return language === 'python' ? raw.includes('#') : raw.includes('//') || raw.includes('/*');
}

const floatingPromise: ReviewDetector = {
  id: 'js.floating-promise',
  conceptId: 'js.floating-promises',
  languages: JS_LIKE,
  severity: 'warning',
  detect(context) {
    const match = /^(\s*)(?:this\.)?([A-Za-z_$][\w$]*)\s*\((.*)\)\s*;?\s*$/.exec(current(context).code);
    if (!match) return undefined;
    const name = match[2];
    if (name !== 'fetch' && !context.asyncFunctionNames.has(name)) return undefined;
    if (/^(?:if|for|while|switch|catch|function|return|await|void|typeof|new|super)$/.test(name)) return undefined;
    return {
      column: match[1].length,
      message: `\`${name}(…)\` returns a promise that nothing awaits: the next line runs before it settles and a rejection goes unhandled. Add \`await\`, or \`void ${name}(…).catch(…)\` if it is meant to run in the background.`,
    };
  },
};

const asyncForEach: ReviewDetector = {
  id: 'js.async-foreach',
  conceptId: 'js.floating-promises',
  languages: JS_LIKE,
  severity: 'warning',
  detect(context) {
    const match = /\.forEach\(\s*async\b/.exec(current(context).code);
    if (!match) return undefined;
    return {
      column: match.index,
      message: '`forEach` ignores the promises its async callback returns, so nothing waits for them and errors are lost. Use `for … of` with `await`, or `await Promise.all(items.map(async …))`.',
    };
  },
};

const swallowedRejection: ReviewDetector = {
  id: 'js.swallowed-rejection',
  conceptId: 'promises',
  languages: JS_LIKE,
  severity: 'warning',
  detect(context) {
    const line = current(context);
    const match = /\.catch\(\s*(?:\(\s*\w*\s*\)|\w+)\s*=>\s*(?:\{\s*\}|undefined|null)\s*\)/.exec(line.code);
    if (!match || hasComment(line.raw, context.language)) return undefined;
    return {
      column: match.index,
      message: 'This `.catch` throws the rejection away: the failure leaves no trace. Handle it, log it, or let it propagate to a caller that can.',
    };
  },
};

const explicitAny: ReviewDetector = {
  id: 'ts.explicit-any',
  conceptId: 'ts.unknown-vs-any',
  languages: ['typescript'],
  severity: 'info',
  detect(context) {
    const match = /(?::\s*any\b(?!\s*[:(])|\bas\s+any\b|<any>|\bany\[\]|<any\s*[,>]|,\s*any\s*>)/.exec(current(context).code);
    if (!match) return undefined;
    return {
      column: match.index,
      message: '`any` switches type checking off for this value and everything it flows into. Prefer `unknown` and narrow it, or name the real type.',
    };
  },
};

const nonNullAssertion: ReviewDetector = {
  id: 'ts.non-null-assertion',
  conceptId: 'ts.non-null-assertion',
  languages: ['typescript'],
  severity: 'info',
  detect(context) {
    const match = /[\w)\]]!(?=[.[;,)\]]|\s*$|\s+(?:as|\?\?|&&|\|\|)\b)/.exec(current(context).code);
    if (!match) return undefined;
    return {
      column: match.index + 1,
      message: 'The non-null assertion `!` tells the compiler "trust me": if the value is ever null or undefined this fails at runtime instead of at compile time. Check for it (or use `?.` / `??`) so the compiler can narrow the type.',
    };
  },
};

const looseEquality: ReviewDetector = {
  id: 'js.loose-equality',
  conceptId: 'equality-comparison',
  languages: JS_LIKE,
  severity: 'warning',
  detect(context) {
    const code = current(context).code;
    for (const match of code.matchAll(/(?<![=!<>])(==|!=)(?!=)/g)) {
      const index = match.index ?? 0;
      const after = code.slice(index + 2);
      const before = code.slice(0, index);
      // `x == null` is the accepted idiom for "null or undefined"; only other loose comparisons are findings.
      if (/^\s*null\b/.test(after) || /\bnull\s*$/.test(before)) continue;
      const strict = match[1] === '==' ? '===' : '!==';
      return {
        column: index,
        message: `\`${match[1]}\` converts types before comparing (\`0 == ''\` is true). Use \`${strict}\` so the comparison means what it says.`,
      };
    }
    return undefined;
  },
};

const varDeclaration: ReviewDetector = {
  id: 'js.var',
  conceptId: 'js.var-let-const',
  languages: JS_LIKE,
  severity: 'info',
  detect(context) {
    const match = /(?:^|[;{(]|\bexport\b)\s*var\s+[A-Za-z_$[{]/.exec(current(context).code);
    if (!match) return undefined;
    return {
      column: match.index + match[0].indexOf('var'),
      message: '`var` is function-scoped and hoisted, so it leaks out of blocks and loops. Use `const` (or `let` if it is reassigned).',
    };
  },
};

const emptyCatch: ReviewDetector = {
  id: 'empty-catch',
  conceptId: 'error-handling',
  languages: ['typescript', 'javascript', 'java', 'csharp'],
  severity: 'warning',
  detect(context) {
    const line = current(context);
    const match = /\bcatch\b\s*(?:\([^)]*\))?\s*\{(\s*\})?\s*$/.exec(line.code) ?? /\bcatch\b\s*(?:\([^)]*\))?\s*\{\s*\}/.exec(line.code);
    if (!match) return undefined;
    if (hasComment(line.raw.slice(match.index), context.language)) return undefined;
    const closedHere = /\{\s*\}/.test(match[0]);
    if (!closedHere) {
      const next = context.lines[context.index + 1];
      if (!next || next.code.trim() !== '}' || hasComment(next.raw, context.language)) return undefined;
    }
    return {
      column: match.index,
      message: 'This empty `catch` hides every error raised in the `try`, including bugs. Handle the error, rethrow it, or at least record it; if ignoring it is deliberate, say why in a comment.',
    };
  },
};

/** True when the catch block starting after the current line rethrows within its first few lines. */
function rethrows(context: DetectorContext): boolean {
  const body = [current(context), ...following(context, 4)];
  for (const line of body) {
    if (/\bthrow\b/.test(line.code)) return true;
    if (line !== current(context) && /^\s*\}/.test(line.code)) return false;
  }
  return false;
}

const javaBroadCatch: ReviewDetector = {
  id: 'java.broad-catch',
  conceptId: 'java.checked-exceptions',
  languages: ['java'],
  severity: 'warning',
  detect(context) {
    const match = /\bcatch\s*\(\s*(?:final\s+)?(?:java\.lang\.)?(Exception|Throwable)\s+\w+\s*\)/.exec(current(context).code);
    if (!match || rethrows(context)) return undefined;
    return {
      column: match.index,
      message: `Catching \`${match[1]}\` also catches bugs (NullPointerException, IllegalStateException…) and hides which failures this code expects. Catch the specific checked exceptions the \`try\` throws.`,
    };
  },
};

const csharpBroadCatch: ReviewDetector = {
  id: 'csharp.broad-catch',
  conceptId: 'error-handling',
  languages: ['csharp'],
  severity: 'warning',
  detect(context) {
    const match = /\bcatch\b\s*(?:\(\s*(?:System\.)?Exception(?:\s+\w+)?\s*\))?\s*(?:\{|$)(?!\s*when)/.exec(current(context).code);
    if (!match || /\bwhen\b/.test(current(context).code) || rethrows(context)) return undefined;
    return {
      column: match.index,
      message: 'This catches every exception, bugs included, and does not rethrow. Catch the specific exceptions you can handle (or add a `when` filter) and let the rest propagate.',
    };
  },
};

const pythonBareExcept: ReviewDetector = {
  id: 'py.bare-except',
  conceptId: 'py.exceptions',
  languages: ['python'],
  severity: 'warning',
  detect(context) {
    const match = /^\s*except\s*:/.exec(current(context).code);
    if (!match) return undefined;
    return {
      column: match[0].indexOf('except'),
      message: 'A bare `except:` also catches KeyboardInterrupt and SystemExit and hides bugs. Name the exceptions you expect, e.g. `except (ValueError, KeyError):`.',
    };
  },
};

const pythonSwallowedException: ReviewDetector = {
  id: 'py.swallowed-exception',
  conceptId: 'py.exceptions',
  languages: ['python'],
  severity: 'warning',
  detect(context) {
    const line = current(context);
    const match = /^\s*except\s+\(?\s*(?:Exception|BaseException)\b[^:]*:\s*(pass|\.\.\.)?\s*$/.exec(line.code);
    if (!match) return undefined;
    if (!match[1]) {
      const next = following(context, 1)[0];
      if (!next || !/^\s*(?:pass|\.\.\.)\s*$/.test(next.code)) return undefined;
    }
    return {
      column: match[0].indexOf('except'),
      message: 'This catches every exception and does nothing with it, so failures (and bugs) vanish silently. Catch what you expect and handle it, or log and re-raise.',
    };
  },
};

const SQL_IN_STRING = /(["'`])[^"'`]*?\b(?:SELECT\s[\s\S]*?\bFROM\b|INSERT\s+INTO\b|UPDATE\s+[\w.`"[\]]+\s+SET\b|DELETE\s+FROM\b|WHERE\s+[\w.]+\s*(?:=|<|>|IN\b|LIKE\b))/i;

function sqlInterpolation(raw: string, language: ReviewLanguage): string | undefined {
  if (/["'`]\s*\+\s*[A-Za-z_$][\w$.]*|[\w$)\]]\s*\+\s*["'`]/.test(raw) && language !== 'rust') return 'string concatenation';
  if ((language === 'typescript' || language === 'javascript') && /`[^`]*\$\{/.test(raw)) return 'a template literal';
  if (language === 'python') {
    if (/\b[fF][rR]?(?:"[^"]*\{[^}]+\}|'[^']*\{[^}]+\})/.test(raw)) return 'an f-string';
    if (/["']\s*%\s*[(\w]/.test(raw)) return '`%` formatting';
    if (/["']\s*\.format\(/.test(raw)) return '`str.format`';
  }
  if (language === 'csharp' && /\$@?"[^"]*\{[^}]+\}/.test(raw)) return 'an interpolated string';
  if (language === 'csharp' && /string\.Format\(/.test(raw)) return '`string.Format`';
  if (language === 'java' && /String\.format\(|\.formatted\(/.test(raw)) return '`String.format`';
  if (language === 'go' && /fmt\.Sprintf\(\s*["`][^"`]*%[svdq]/.test(raw)) return '`fmt.Sprintf`';
  if (language === 'rust' && /format!\(\s*"[^"]*\{[^}]*\}/.test(raw)) return '`format!`';
  return undefined;
}

const sqlInjection: ReviewDetector = {
  id: 'sql-injection',
  conceptId: 'injection-safe-queries',
  languages: ALL,
  severity: 'error',
  detect(context) {
    const raw = current(context).raw;
    const sql = SQL_IN_STRING.exec(raw);
    if (!sql) return undefined;
    const how = sqlInterpolation(raw, context.language);
    if (!how) return undefined;
    return {
      column: sql.index,
      message: `This SQL is built with ${how}: a value containing a quote changes the query (SQL injection). Pass values as query parameters (\`?\`, \`$1\`, \`@name\`) instead of splicing them into the text.`,
    };
  },
};

const pythonMutableDefault: ReviewDetector = {
  id: 'py.mutable-default',
  conceptId: 'py.mutable-defaults',
  languages: ['python'],
  severity: 'warning',
  detect(context) {
    const code = current(context).code;
    const inSignature = /^\s*(?:async\s+)?def\s+\w+\s*\(/.test(code) || openSignatureAbove(context);
    if (!inSignature) return undefined;
    const match = /\b\w+\s*(?::\s*[\w[\], .|]+)?=\s*(\[\s*[^\]]*\]|\{[^}]*\}|(?:list|dict|set|defaultdict|bytearray)\(\s*\))\s*(?=[,)]|$)/.exec(code);
    if (!match) return undefined;
    return {
      column: match.index,
      message: `The default \`${match[1].trim()}\` is created once, when the function is defined, and shared by every call: a mutation leaks into later calls. Default to \`None\` and create a new one inside the function.`,
    };
  },
};

/** True when an earlier visible line opened a `def (` whose parenthesis is still open at the current line. */
function openSignatureAbove(context: DetectorContext): boolean {
  let depth = 0;
  for (let k = context.index - 1; k >= 0 && k >= context.index - 12; k--) {
    const code = context.lines[k].code;
    depth += (code.match(/\)/g) ?? []).length - (code.match(/\(/g) ?? []).length;
    if (/^\s*(?:async\s+)?def\s+\w+\s*\(/.test(code)) return depth < 0;
    if (/:\s*$/.test(code) && depth >= 0) return false;
  }
  return false;
}

const rustUnwrap: ReviewDetector = {
  id: 'rust.unwrap',
  conceptId: 'rust.result-option',
  languages: ['rust'],
  severity: 'info',
  detect(context) {
    if (context.isTestFile || /\bmod\s+tests?\b|#\[test\]/.test(context.section)) return undefined;
    const match = /\.unwrap\(\)/.exec(current(context).code);
    if (!match) return undefined;
    for (let k = context.index - 1; k >= 0; k--) if (/#\[(?:cfg\(test\)|test|tokio::test)\]/.test(context.lines[k].code)) return undefined;
    return {
      column: match.index,
      message: '`unwrap()` panics on `None`/`Err` and takes the program down with no context. Propagate with `?`, handle the case with `match`/`if let`, or use `expect("why this cannot fail")`.',
    };
  },
};

const goIgnoredError: ReviewDetector = {
  id: 'go.ignored-error',
  conceptId: 'go.error-values',
  languages: ['go'],
  severity: 'warning',
  detect(context) {
    const code = current(context).code;
    if (/^\s*for\b|<-|\.\(\s*[\w.*[\]]+\s*\)\s*$/.test(code)) return undefined;
    const blank = /^\s*(?:_|[\w.]+\s*,\s*_)\s*:?=\s*[\w.]+\(/.exec(code);
    if (blank) {
      return {
        column: blank[0].search(/\S/),
        message: 'The error this call returns is thrown away with `_`, so a failure passes silently and later code runs on a bad value. Check it: `if err != nil { return …, fmt.Errorf("…: %w", err) }`.',
      };
    }
    const assigned = /^\s*(?:[\w.]+\s*,\s*)*err\s*:?=\s*[\w.]+\(/.exec(code);
    if (!assigned) return undefined;
    for (const next of following(context, 6)) {
      if (!/\berr\b/.test(next.code)) {
        if (/^\s*\}/.test(next.code)) return undefined;
        continue;
      }
      if (/^\s*(?:[\w.]+\s*,\s*)*err\s*:?=/.test(next.code)) {
        return {
          column: assigned[0].search(/\S/),
          message: '`err` from this call is overwritten before anything checks it, so its failure is lost. Check `if err != nil` right after the call.',
        };
      }
      return undefined;
    }
    return undefined;
  },
};

const pythonOpenWithoutWith: ReviewDetector = {
  id: 'py.open-without-with',
  conceptId: 'py.context-managers',
  languages: ['python'],
  severity: 'warning',
  detect(context) {
    const match = /^\s*[\w.]+\s*=\s*(?:open|io\.open|gzip\.open|tempfile\.TemporaryFile|socket\.socket|sqlite3\.connect)\(/.exec(current(context).code);
    if (!match) return undefined;
    return {
      column: match[0].search(/\S/),
      message: 'This resource is opened outside a `with` block, so an exception before `close()` leaks it. Use `with open(…) as f:` so it closes on every path.',
    };
  },
};

const JAVA_RESOURCE =
  /^\s*(?:final\s+)?[\w<>[\],.? ]+\s+(\w+)\s*=\s*(?:new\s+(?:FileInputStream|FileOutputStream|FileReader|FileWriter|BufferedReader|BufferedWriter|InputStreamReader|OutputStreamWriter|PrintWriter|RandomAccessFile|ZipFile|Socket|ServerSocket|ObjectInputStream|ObjectOutputStream)\s*\(|(?:Files\.(?:newBufferedReader|newBufferedWriter|newInputStream|newOutputStream|lines|list|walk)|DriverManager\.getConnection|\w+\.(?:getConnection|prepareStatement|createStatement))\s*\()/;

const javaResourceWithoutTry: ReviewDetector = {
  id: 'java.resource-without-try',
  conceptId: 'java.try-with-resources',
  languages: ['java'],
  severity: 'warning',
  detect(context) {
    const line = current(context);
    const match = JAVA_RESOURCE.exec(line.code);
    if (!match || /^\s*try\s*\(/.test(line.code)) return undefined;
    const previous = context.lines[context.index - 1];
    if (previous && /\btry\s*\([^)]*$/.test(previous.code)) return undefined;
    const name = match[1];
    const closedOrReturned = context.lines
      .slice(context.index + 1)
      .some((other) => new RegExp(`\\b${name}\\.close\\(\\)|\\breturn\\s+${name}\\s*(?:[;,)]|$)`).test(other.code));
    if (closedOrReturned) return undefined;
    return {
      column: line.code.search(/\S/),
      message: `\`${name}\` is opened outside try-with-resources, so an exception leaks it. Declare it in \`try (var ${name} = …) { … }\` so it is closed on every path.`,
    };
  },
};

const csharpDisposableWithoutUsing: ReviewDetector = {
  id: 'csharp.disposable-without-using',
  conceptId: 'csharp.idisposable',
  languages: ['csharp'],
  severity: 'warning',
  detect(context) {
    const line = current(context);
    const match =
      /^\s*(?:var|[\w<>.]+)\s+(\w+)\s*=\s*(?:new\s+(?:StreamReader|StreamWriter|FileStream|SqlConnection|SqlCommand|NpgsqlConnection|MemoryStream|BinaryReader|BinaryWriter|Process)\s*\(|File\.(?:Open|OpenRead|OpenWrite|OpenText|Create|CreateText|AppendText)\()/.exec(
        line.code,
      );
    if (!match || /^\s*using\b/.test(line.code)) return undefined;
    const name = match[1];
    const handled = context.lines
      .slice(context.index + 1)
      .some((other) => new RegExp(`\\b${name}\\.(?:Dispose|Close)\\(\\)|\\breturn\\s+${name}\\s*(?:[;,)]|$)|\\busing\\s*\\(\\s*${name}\\b`).test(other.code));
    if (handled) return undefined;
    return {
      column: line.code.search(/\S/),
      message: `\`${name}\` is IDisposable but not in a \`using\`, so an exception (or a forgotten Dispose) leaks it. Write \`using var ${name} = …;\`.`,
    };
  },
};

const goMissingDeferClose: ReviewDetector = {
  id: 'go.missing-defer-close',
  conceptId: 'go.defer',
  languages: ['go'],
  severity: 'warning',
  detect(context) {
    const match = /^\s*(\w+)\s*,\s*err\s*:?=\s*(?:os\.(?:Open|Create|OpenFile)|net\.Dial\w*|sql\.Open|http\.(?:Get|Post|Head))\(/.exec(current(context).code);
    if (!match) return undefined;
    const name = match[1];
    const closes = new RegExp(`\\b${name}(?:\\.Body)?\\.Close\\(\\)|\\breturn\\s+${name}\\s*(?:[;,)]|$)`);
    for (let k = context.index + 1; k < context.lines.length; k++) {
      const code = context.lines[k].code;
      if (closes.test(code)) return undefined;
      // The function ends: nothing closed it. If the hunk ends first, the close may be out of sight.
      if (/^\}/.test(code)) {
        return {
          column: current(context).code.search(/\S/),
          message: `\`${name}\` is opened but never closed in this function. Add \`defer ${name}${/http\./.test(current(context).code) ? '.Body' : ''}.Close()\` right after the error check.`,
        };
      }
    }
    return undefined;
  },
};

const hardCodedSecret: ReviewDetector = {
  id: 'hard-coded-secret',
  conceptId: 'secrets-handling',
  languages: ALL,
  severity: 'error',
  detect(context) {
    const found = redactSecrets(current(context).raw).redactions.find((redaction) => redaction.kind !== 'high-entropy');
    if (!found) return undefined;
    return {
      column: found.start,
      severity: context.isTestFile ? 'info' : 'error',
      message: `A ${found.rule} is written into the code: it will live in git history and every clone. Load it from the environment or a secret store, and rotate it if it was real.`,
    };
  },
};

/** Every detector, in the order their findings are listed for one line. */
export const reviewDetectors: readonly ReviewDetector[] = [
  hardCodedSecret,
  sqlInjection,
  floatingPromise,
  asyncForEach,
  swallowedRejection,
  emptyCatch,
  javaBroadCatch,
  csharpBroadCatch,
  pythonBareExcept,
  pythonSwallowedException,
  pythonMutableDefault,
  pythonOpenWithoutWith,
  javaResourceWithoutTry,
  csharpDisposableWithoutUsing,
  goIgnoredError,
  goMissingDeferClose,
  rustUnwrap,
  explicitAny,
  nonNullAssertion,
  looseEquality,
  varDeclaration,
];

/** The concept ids the detectors report, so a catalog test can check each one exists. */
export function reviewDetectorConceptIds(): string[] {
  return [...new Set(reviewDetectors.map((detector) => detector.conceptId))].sort();
}
