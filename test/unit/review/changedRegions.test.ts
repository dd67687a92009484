import assert from 'node:assert/strict';
import { changedRegions } from '../../../src/core/review/changedRegions';
import { reviewDiff } from '../../../src/core/review/diffReview';
import { parseUnifiedDiff } from '../../../src/core/review/unifiedDiff';
import { changeDiff, newFileDiff } from './reviewFixtures';

const twoHunks = [
  'diff --git a/src/svc.ts b/src/svc.ts',
  '--- a/src/svc.ts',
  '+++ b/src/svc.ts',
  '@@ -2,2 +2,3 @@ class Svc {',
  '   a() {',
  '+    return x == y;',
  '   }',
  '@@ -20,2 +21,3 @@ class Svc {',
  '   b() {',
  '+    log(1);',
  '   }',
  '',
].join('\n');

describe('changed regions', () => {
  it('gives one region per hunk with the added lines and the unified excerpt', () => {
    const { regions, omitted } = changedRegions(parseUnifiedDiff(twoHunks));
    assert.equal(omitted, 0);
    assert.deepEqual(regions.map((r) => [r.startLine, r.endLine, r.addedLines]), [
      [2, 4, [3]],
      [21, 23, [22]],
    ]);
    assert.equal(regions[0].excerpt, '   a() {\n+    return x == y;\n   }');
    assert.equal(regions[0].section, 'class Svc {');
    assert.equal(regions[0].language, 'typescript');
  });

  it('merges hunks inside the same construct and puts regions with findings first', () => {
    const files = parseUnifiedDiff(twoHunks);
    const hints = reviewDiff(files).hints;
    const merged = changedRegions(files, { resolveConstruct: () => ({ nodeKind: 'class_declaration', startLine: 1, endLine: 30 }) });
    assert.equal(merged.regions.length, 1);
    assert.deepEqual(merged.regions[0].addedLines, [3, 22]);
    const withHints = changedRegions(parseUnifiedDiff(newFileDiff('src/b.ts', ['log(1);']) + twoHunks), { hints });
    assert.equal(withHints.regions[0].file, 'src/svc.ts');
    assert.equal(withHints.regions[0].hints[0].detectorId, 'js.loose-equality');
  });

  it('redacts secrets and respects the size budget', () => {
    const secret = 'const key = "sk-proj-A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6";';
    const big = Array.from({ length: 400 }, (_, i) => `const v${i} = ${i};`);
    const files = parseUnifiedDiff(newFileDiff('src/k.ts', [secret]) + changeDiff('src/big.ts', ['a'], ['a', ...big]));
    const { regions, omitted } = changedRegions(files, { maxRegionChars: 500, maxTotalChars: 700 });
    assert.ok(!regions[0].excerpt.includes('A1b2C3d4'), regions[0].excerpt);
    assert.equal(regions.length, 2);
    assert.ok(regions[1].excerpt.endsWith('… (cut)'));
    assert.equal(omitted, 0);
    const tight = changedRegions(files, { maxTotalChars: 100 });
    assert.equal(tight.regions.length, 1);
    assert.equal(tight.omitted, 1);
  });
});
