import assert from 'node:assert/strict';
import { addedLines, parseUnifiedDiff, unquoteGitPath } from '../../../src/core/review/unifiedDiff';

const twoFiles = [
  'diff --git a/src/a.ts b/src/a.ts',
  'index 1111111..2222222 100644',
  '--- a/src/a.ts',
  '+++ b/src/a.ts',
  '@@ -1,4 +1,5 @@ export function a() {',
  ' const one = 1;',
  '-const two = 2;',
  '+const two = 3;',
  '+const three = 3;',
  ' ',
  ' export { one };',
  '@@ -10,2 +11,2 @@ function later() {',
  '-  return 1;',
  '+  return 2;',
  ' }',
  '\\ No newline at end of file',
  'diff --git a/img.png b/img.png',
  'index 3333333..4444444 100644',
  'Binary files a/img.png and b/img.png differ',
  'diff --git a/old name.py b/new name.py',
  'similarity index 90%',
  'rename from old name.py',
  'rename to new name.py',
  '--- a/old name.py',
  '+++ b/new name.py',
  '@@ -1 +1 @@',
  '--- a/b',
  '+--- c/d',
  'diff --git a/gone.go b/gone.go',
  'deleted file mode 100644',
  '--- a/gone.go',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  '-package gone',
  '-',
  '',
].join('\n');

describe('unified diff parser', () => {
  it('reads files, hunks, line numbers and the section header', () => {
    const files = parseUnifiedDiff(twoFiles);
    assert.equal(files.length, 4);
    const [a] = files;
    assert.equal(a.status, 'modified');
    assert.equal(a.newPath, 'src/a.ts');
    assert.equal(a.hunks.length, 2);
    assert.equal(a.hunks[0].section, 'export function a() {');
    assert.deepEqual(addedLines(a), [
      { line: 2, text: 'const two = 3;' },
      { line: 3, text: 'const three = 3;' },
      { line: 11, text: '  return 2;' },
    ]);
    const removed = a.hunks[0].lines.find((line) => line.kind === 'del');
    assert.deepEqual(removed, { kind: 'del', text: 'const two = 2;', oldLine: 2 });
    const blankContext = a.hunks[0].lines[4];
    assert.deepEqual(blankContext, { kind: 'context', text: '', oldLine: 3, newLine: 4 });
  });

  it('marks binary files, renames with spaces, and deletions', () => {
    const [, png, renamed, gone] = parseUnifiedDiff(twoFiles);
    assert.equal(png.binary, true);
    assert.equal(png.newPath, 'img.png');
    assert.equal(renamed.status, 'renamed');
    assert.equal(renamed.oldPath, 'old name.py');
    assert.equal(renamed.newPath, 'new name.py');
    // Lines that look like file headers inside a hunk are content, not a new file.
    assert.deepEqual(
      renamed.hunks[0].lines.map((line) => [line.kind, line.text]),
      [
        ['del', '-- a/b'],
        ['add', '--- c/d'],
      ],
    );
    assert.equal(gone.status, 'deleted');
    assert.equal(gone.newPath, undefined);
    assert.equal(gone.oldPath, 'gone.go');
    assert.deepEqual(addedLines(gone), []);
  });

  it('decodes quoted paths with octal UTF-8 escapes', () => {
    assert.equal(unquoteGitPath('"caf\\303\\251 \\"x\\".ts"'), 'café "x".ts');
    const diff = ['diff --git "a/caf\\303\\251.ts" "b/caf\\303\\251.ts"', 'new file mode 100644', '--- /dev/null', '+++ "b/caf\\303\\251.ts"', '@@ -0,0 +1 @@', '+x', ''].join('\n');
    const [file] = parseUnifiedDiff(diff);
    assert.equal(file.newPath, 'café.ts');
    assert.equal(file.status, 'added');
  });

  it('parses plain unified diffs without git headers and survives truncation', () => {
    const plain = ['--- a/x.js', '+++ b/x.js', '@@ -1 +1,2 @@', ' a', '+b', '--- a/y.js', '+++ b/y.js', '@@ -1,3 +1,3 @@', ' a', '-b'].join('\n');
    const files = parseUnifiedDiff(plain);
    assert.deepEqual(files.map((file) => file.newPath), ['x.js', 'y.js']);
    assert.deepEqual(addedLines(files[0]), [{ line: 2, text: 'b' }]);
    assert.equal(files[1].hunks[0].lines.length, 2);
    assert.deepEqual(parseUnifiedDiff(''), []);
    assert.deepEqual(parseUnifiedDiff('not a diff\nat all'), []);
  });

  it('accepts CRLF line endings', () => {
    const [file] = parseUnifiedDiff('--- a/w.cs\r\n+++ b/w.cs\r\n@@ -0,0 +1 @@\r\n+var x = 1;\r\n');
    assert.deepEqual(addedLines(file), [{ line: 1, text: 'var x = 1;' }]);
  });
});
