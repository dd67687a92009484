/**
 * A small RFC 4180 CSV parser (quoted fields, doubled quotes, CR/LF, newlines inside quotes) for the dataset readers.
 * It calls back once per record with the 1-based line number the record starts on, so errors can name the line.
 */

/** A CSV syntax problem, with the line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Parses `text` and calls `onRecord(fields, line)` for each record; blank lines are skipped. */
export function parseCsv(text: string, onRecord: (fields: string[], line: number) => void): void {
  let i = 0;
  let line = 1;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      if (text.charCodeAt(i) === 34) {
        // Quoted field: runs to the next quote not followed by another quote.
        let value = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw new CsvSyntaxError('unterminated quoted field', startLine);
          for (let k = from; k < q; k++) if (text.charCodeAt(k) === 10) line++;
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(i, q + 1);
            i = from = q + 2;
            continue;
          }
          value += text.slice(i, q);
          i = q + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(i);
        if (i >= n) endOfRecord = true;
        else if (c === 44) i++;
        else if (c === 13 || c === 10) {
          i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
          line++;
          endOfRecord = true;
        } else throw new CsvSyntaxError('unexpected character after a closing quote', line);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        fields.push(text.slice(i, j));
        if (j >= n) {
          i = n;
          endOfRecord = true;
        } else if (text.charCodeAt(j) === 44) {
          i = j + 1;
          if (i >= n) {
            fields.push('');
            endOfRecord = true;
          }
        } else {
          i = j + (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1);
          line++;
          endOfRecord = true;
        }
      }
    }
    if (fields.length === 1 && fields[0] === '') continue;
    onRecord(fields, startLine);
  }
}
