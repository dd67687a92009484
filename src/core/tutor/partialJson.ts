/**
 * Parses the prefix of a JSON document that is still streaming in, closing whatever is open, so the panel can show a
 * tutorial as it arrives. Used by the LLM adapter on every streamed chunk. Returns undefined until there is an object.
 * An unfinished string is kept (it is the text arriving); an unfinished key, number or literal is dropped.
 */
export function parsePartialJson(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  const closers: string[] = [];
  let inString = false;
  let escaped = false;
  // Index up to which the document is "clean": cutting there and closing the open containers gives valid JSON.
  let safeEnd = start;
  let safeClosers: string[] = [];
  let stringStart = -1;
  let stringIsKey = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') {
        inString = false;
        if (!stringIsKey) {
          safeEnd = i + 1;
          safeClosers = [...closers];
        }
      }
      continue;
    }
    switch (char) {
      case '"': {
        inString = true;
        stringStart = i;
        stringIsKey = isKeyPosition(text, i, closers);
        break;
      }
      case '{':
      case '[':
        closers.push(char === '{' ? '}' : ']');
        safeEnd = i + 1;
        safeClosers = [...closers];
        break;
      case '}':
      case ']':
        closers.pop();
        safeEnd = i + 1;
        safeClosers = [...closers];
        if (closers.length === 0) return tryParse(text.slice(start, i + 1));
        break;
      default:
        if (/[\d.eE+\-a-z]/.test(char)) {
          // A number or literal is complete once the next structural character arrives.
          const next = text[i + 1];
          if (next !== undefined && /[\s,}\]]/.test(next)) {
            safeEnd = i + 1;
            safeClosers = [...closers];
          }
        }
    }
  }
  if (inString && !stringIsKey) {
    const body = text.slice(stringStart, text.length).replace(/\\u[0-9a-fA-F]{0,3}$|\\$/, '');
    const candidate = text.slice(start, stringStart) + body + '"' + [...closers].reverse().join('');
    const parsed = tryParse(candidate);
    if (parsed !== undefined) return parsed;
  }
  return tryParse(trimDangling(text.slice(start, safeEnd)) + [...safeClosers].reverse().join(''));
}

/** A string opens a key when it follows `{` or a `,` inside an object. */
function isKeyPosition(text: string, quoteIndex: number, closers: string[]): boolean {
  if (closers[closers.length - 1] !== '}') return false;
  for (let i = quoteIndex - 1; i >= 0; i--) {
    const char = text[i]!;
    if (/\s/.test(char)) continue;
    return char === '{' || char === ',';
  }
  return false;
}

/** Drops a trailing comma or a dangling `"key":` so the closed prefix parses. */
function trimDangling(prefix: string): string {
  return prefix.replace(/,\s*$/, '').replace(/,?\s*"(?:[^"\\]|\\.)*"\s*:\s*$/, '');
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
