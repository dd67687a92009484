import assert from 'node:assert/strict';
import { reviewDiff } from '../../../src/core/review/diffReview';
import { reviewDetectorConceptIds, reviewDetectors } from '../../../src/core/review/reviewDetectors';
import { parseUnifiedDiff } from '../../../src/core/review/unifiedDiff';
import { conceptAppliesTo } from '../../../src/core/concepts/concept';
import { getConcept } from '../../../src/core/concepts/conceptCatalog';
import { newFileDiff } from './reviewFixtures';

interface DetectorCase {
  detectorId: string;
  path: string;
  /** Lines of the new file; the finding is expected on the 1-based `line`. */
  bad: string[];
  line: number;
  /** The fixed version: no detector may say anything about it. */
  good: string[];
}

const cases: DetectorCase[] = [
  {
    detectorId: 'js.floating-promise',
    path: 'src/save.ts',
    bad: ['async function save(id: string): Promise<void> {', '  await db.put(id);', '}', 'export async function run(): Promise<void> {', '  save("a");', '}'],
    line: 5,
    good: ['async function save(id: string): Promise<void> {', '  await db.put(id);', '}', 'export async function run(): Promise<void> {', '  await save("a");', '}'],
  },
  {
    detectorId: 'js.floating-promise',
    path: 'src/load.js',
    bad: ['export async function load(url) {', '  fetch(url);', '}'],
    line: 2,
    good: ['export async function load(url) {', '  return fetch(url);', '}'],
  },
  {
    detectorId: 'js.async-foreach',
    path: 'src/batch.ts',
    bad: ['export async function all(ids: string[]): Promise<void> {', '  ids.forEach(async (id) => { await remove(id); });', '}'],
    line: 2,
    good: ['export async function all(ids: string[]): Promise<void> {', '  await Promise.all(ids.map(async (id) => { await remove(id); }));', '}'],
  },
  {
    detectorId: 'js.swallowed-rejection',
    path: 'src/sync.ts',
    bad: ['export function sync(): void {', '  void push().catch(() => {});', '}'],
    line: 2,
    good: ['export function sync(): void {', '  void push().catch((error: unknown) => log.warn("push failed", error));', '}'],
  },
  {
    detectorId: 'ts.explicit-any',
    path: 'src/parse.ts',
    bad: ['export function parse(text: string): any {', '  return JSON.parse(text);', '}'],
    line: 1,
    good: ['export function parse(text: string): unknown {', '  return JSON.parse(text);', '}'],
  },
  {
    detectorId: 'ts.explicit-any',
    path: 'src/cast.tsx',
    bad: ['export const n = (value as any).count;'],
    line: 1,
    good: ['export const n = (value as { count: number }).count; // any other shape is a bug'],
  },
  {
    detectorId: 'ts.non-null-assertion',
    path: 'src/user.ts',
    bad: ['export function nameOf(users: Map<string, User>, id: string): string {', '  return users.get(id)!.name;', '}'],
    line: 2,
    good: ['export function nameOf(users: Map<string, User>, id: string): string {', '  return users.get(id)?.name ?? "unknown";', '}'],
  },
  {
    detectorId: 'js.loose-equality',
    path: 'src/compare.js',
    bad: ['export function same(a, b) {', '  return a == b;', '}'],
    line: 2,
    good: ['export function same(a, b) {', '  if (a == null) return false; // "==" here is fine', '  return a === b;', '}'],
  },
  {
    detectorId: 'js.var',
    path: 'src/count.js',
    bad: ['export function count(items) {', '  for (var i = 0; i < items.length; i++) total += items[i];', '}'],
    line: 2,
    good: ['export function count(items) {', '  for (let i = 0; i < items.length; i++) total += items[i]; // no var', '}'],
  },
  {
    detectorId: 'empty-catch',
    path: 'src/config.ts',
    bad: ['export function read(): void {', '  try {', '    load();', '  } catch (error) {', '  }', '}'],
    line: 4,
    good: ['export function read(): void {', '  try {', '    load();', '  } catch {', '    // A missing config file means defaults.', '  }', '}'],
  },
  {
    detectorId: 'empty-catch',
    path: 'src/Reader.java',
    bad: ['class Reader {', '  void read() {', '    try { load(); } catch (IOException e) {}', '  }', '}'],
    line: 3,
    good: ['class Reader {', '  void read() throws IOException {', '    try { load(); } catch (IOException e) { throw new UncheckedIOException(e); }', '  }', '}'],
  },
  {
    detectorId: 'java.broad-catch',
    path: 'src/main/java/App.java',
    bad: ['class App {', '  void run() {', '    try {', '      start();', '    } catch (Exception e) {', '      log.warn("failed", e);', '    }', '  }', '}'],
    line: 5,
    good: ['class App {', '  void run() {', '    try {', '      start();', '    } catch (IOException e) {', '      log.warn("failed", e);', '    }', '  }', '}'],
  },
  {
    detectorId: 'csharp.broad-catch',
    path: 'src/Job.cs',
    bad: ['class Job {', '  void Run() {', '    try { Start(); }', '    catch (Exception ex) {', '      logger.LogWarning(ex, "failed");', '    }', '  }', '}'],
    line: 4,
    good: ['class Job {', '  void Run() {', '    try { Start(); }', '    catch (IOException ex) {', '      logger.LogWarning(ex, "failed");', '    }', '  }', '}'],
  },
  {
    detectorId: 'py.bare-except',
    path: 'app/load.py',
    bad: ['def load(path):', '    try:', '        return read(path)', '    except:', '        return None'],
    line: 4,
    good: ['def load(path):', '    try:', '        return read(path)', '    except FileNotFoundError:', '        return None'],
  },
  {
    detectorId: 'py.swallowed-exception',
    path: 'app/send.py',
    bad: ['def send(msg):', '    try:', '        post(msg)', '    except Exception:', '        pass'],
    line: 4,
    good: ['def send(msg):', '    try:', '        post(msg)', '    except Exception:', '        log.exception("send failed")', '        raise'],
  },
  {
    detectorId: 'sql-injection',
    path: 'src/users.ts',
    bad: ['export async function find(id: string): Promise<Row[]> {', '  return db.query(`SELECT * FROM users WHERE id = ${id}`);', '}'],
    line: 2,
    good: ['export async function find(id: string): Promise<Row[]> {', '  return db.query("SELECT * FROM users WHERE id = $1", [id]);', '}'],
  },
  {
    detectorId: 'sql-injection',
    path: 'app/users.py',
    bad: ['def find(cursor, name):', '    cursor.execute(f"SELECT id FROM users WHERE name = \'{name}\'")'],
    line: 2,
    good: ['def find(cursor, name):', '    cursor.execute("SELECT id FROM users WHERE name = %s", (name,))'],
  },
  {
    detectorId: 'sql-injection',
    path: 'src/Users.java',
    bad: ['class Users {', '  ResultSet find(Statement st, String name) throws SQLException {', '    return st.executeQuery("SELECT id FROM users WHERE name = \'" + name + "\'");', '  }', '}'],
    line: 3,
    good: ['class Users {', '  ResultSet find(PreparedStatement st, String name) throws SQLException {', '    st.setString(1, name);', '    return st.executeQuery();', '  }', '}'],
  },
  {
    detectorId: 'sql-injection',
    path: 'store/users.go',
    bad: ['func find(db *sql.DB, name string) (*sql.Rows, error) {', '\treturn db.Query(fmt.Sprintf("SELECT id FROM users WHERE name = \'%s\'", name))', '}'],
    line: 2,
    good: ['func find(db *sql.DB, name string) (*sql.Rows, error) {', '\treturn db.Query("SELECT id FROM users WHERE name = $1", name)', '}'],
  },
  {
    detectorId: 'py.mutable-default',
    path: 'app/cart.py',
    bad: ['def add(item, cart=[]):', '    cart.append(item)', '    return cart'],
    line: 1,
    good: ['def add(item, cart=None):', '    cart = [] if cart is None else cart', '    cart.append(item)', '    return cart'],
  },
  {
    detectorId: 'py.mutable-default',
    path: 'app/merge.py',
    bad: ['def merge(', '    left,', '    extra: dict = {},', '):', '    return {**left, **extra}'],
    line: 3,
    good: ['def merge(', '    left,', '    extra: dict | None = None,', '):', '    return {**left, **(extra or {})}'],
  },
  {
    detectorId: 'rust.unwrap',
    path: 'src/config.rs',
    bad: ['pub fn port(text: &str) -> u16 {', '    text.parse::<u16>().unwrap()', '}'],
    line: 2,
    good: ['pub fn port(text: &str) -> Result<u16, std::num::ParseIntError> {', '    text.parse::<u16>()', '}'],
  },
  {
    detectorId: 'go.ignored-error',
    path: 'cmd/port.go',
    bad: ['func port(s string) int {', '\tn, _ := strconv.Atoi(s)', '\treturn n', '}'],
    line: 2,
    good: ['func port(s string) (int, error) {', '\tn, err := strconv.Atoi(s)', '\tif err != nil {', '\t\treturn 0, err', '\t}', '\treturn n, nil', '}'],
  },
  {
    detectorId: 'go.ignored-error',
    path: 'cmd/copy.go',
    bad: ['func copyFile(a, b string) error {', '\terr := prepare(a)', '\terr = write(b)', '\treturn err', '}'],
    line: 2,
    good: ['func copyFile(a, b string) error {', '\terr := prepare(a)', '\tif err != nil {', '\t\treturn err', '\t}', '\treturn write(b)', '}'],
  },
  {
    detectorId: 'py.open-without-with',
    path: 'app/read.py',
    bad: ['def read(path):', '    f = open(path)', '    return f.read()'],
    line: 2,
    good: ['def read(path):', '    with open(path) as f:', '        return f.read()'],
  },
  {
    detectorId: 'java.resource-without-try',
    path: 'src/Load.java',
    bad: ['class Load {', '  String first(Path p) throws IOException {', '    BufferedReader reader = Files.newBufferedReader(p);', '    return reader.readLine();', '  }', '}'],
    line: 3,
    good: ['class Load {', '  String first(Path p) throws IOException {', '    try (BufferedReader reader = Files.newBufferedReader(p)) {', '      return reader.readLine();', '    }', '  }', '}'],
  },
  {
    detectorId: 'csharp.disposable-without-using',
    path: 'src/Load.cs',
    bad: ['class Load {', '  string First(string path) {', '    var reader = new StreamReader(path);', '    return reader.ReadLine();', '  }', '}'],
    line: 3,
    good: ['class Load {', '  string First(string path) {', '    using var reader = new StreamReader(path);', '    return reader.ReadLine();', '  }', '}'],
  },
  {
    detectorId: 'go.missing-defer-close',
    path: 'cmd/read.go',
    bad: ['func read(p string) ([]byte, error) {', '\tf, err := os.Open(p)', '\tif err != nil {', '\t\treturn nil, err', '\t}', '\treturn io.ReadAll(f)', '}'],
    line: 2,
    good: ['func read(p string) ([]byte, error) {', '\tf, err := os.Open(p)', '\tif err != nil {', '\t\treturn nil, err', '\t}', '\tdefer f.Close()', '\treturn io.ReadAll(f)', '}'],
  },
  {
    detectorId: 'hard-coded-secret',
    path: 'src/client.ts',
    bad: ['export const client = new Client({ apiKey: "sk-proj-A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6" });'],
    line: 1,
    good: ['export const client = new Client({ apiKey: process.env.OPENAI_API_KEY });'],
  },
];

function hintsFor(path: string, lines: string[]) {
  return reviewDiff(parseUnifiedDiff(newFileDiff(path, lines))).hints;
}

describe('review detectors', () => {
  for (const testCase of cases) {
    it(`${testCase.detectorId}: finds it in ${testCase.path} and says nothing about the fix`, () => {
      const bad = hintsFor(testCase.path, testCase.bad).filter((hint) => hint.detectorId === testCase.detectorId);
      assert.equal(bad.length, 1, `expected one ${testCase.detectorId} hint, got ${JSON.stringify(bad)}`);
      assert.equal(bad[0].line, testCase.line);
      assert.equal(bad[0].file, testCase.path);
      assert.ok(bad[0].message.length > 40, 'the message explains what to do');
      assert.deepEqual(hintsFor(testCase.path, testCase.good), []);
    });
  }

  it('every detector has a positive case above', () => {
    const covered = new Set(cases.map((testCase) => testCase.detectorId));
    assert.deepEqual(
      reviewDetectors.map((detector) => detector.id).filter((id) => !covered.has(id)),
      [],
    );
  });

  it('ignores comments and strings', () => {
    const hints = hintsFor('src/notes.ts', [
      '// var x = a == b; const y: any = z!;',
      'export const help = "use == and var and any! carefully";',
      '/* try { } catch (e) {}',
      '   var still = 1; */',
    ]);
    assert.deepEqual(hints, []);
  });

  it('does not read Rust lifetimes as strings, and skips unwrap in tests', () => {
    const code = hintsFor('src/lib.rs', ['fn first<\'a>(s: &\'a str) -> &\'a str { s.split(\',\').next().unwrap() }']);
    assert.deepEqual(code.map((hint) => hint.detectorId), ['rust.unwrap']);
    assert.deepEqual(hintsFor('tests/parse.rs', ['let n: u16 = "8".parse().unwrap();']), []);
    assert.deepEqual(hintsFor('src/lib.rs', ['#[cfg(test)]', 'mod tests {', '    fn t() { "8".parse::<u16>().unwrap(); }', '}']), []);
  });

  it('redacts the secret from the excerpt and lowers the severity in tests', () => {
    const line = 'const token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB";';
    const [hint] = hintsFor('src/gh.js', [line]);
    assert.equal(hint.detectorId, 'hard-coded-secret');
    assert.equal(hint.severity, 'error');
    assert.ok(!hint.excerpt.includes('ghp_abcdefghijklmnop'), hint.excerpt);
    assert.equal(hintsFor('test/gh.test.js', [line])[0].severity, 'info');
  });

  it('does not flag a Go resource that is closed later or returned', () => {
    assert.deepEqual(
      hintsFor('cmd/open.go', ['func open(p string) (*os.File, error) {', '\tf, err := os.Open(p)', '\tif err != nil {', '\t\treturn nil, err', '\t}', '\treturn f, nil', '}']),
      [],
    );
  });

  it('stays silent when the hunk ends before the evidence (precision over recall)', () => {
    // The close may come after the visible lines, so no finding.
    assert.deepEqual(hintsFor('cmd/part.go', ['\tf, err := os.Open(p)', '\tif err != nil {']), []);
  });

  it('reports only lines that were added, not context', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -1,2 +1,3 @@',
      ' var old = 1;',
      '+const fresh = old == 2;',
      ' export { old };',
      '',
    ].join('\n');
    const hints = reviewDiff(parseUnifiedDiff(diff)).hints;
    assert.deepEqual(
      hints.map((hint) => [hint.detectorId, hint.line]),
      [['js.loose-equality', 2]],
    );
  });

  it('bounds the work on a large diff and says it stopped', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `var v${i} = ${i};`);
    const result = reviewDiff(parseUnifiedDiff(newFileDiff('src/big.js', lines) + newFileDiff('src/more.js', lines)), { maxAddedLines: 60 });
    assert.equal(result.truncated, true);
    assert.equal(result.addedLinesReviewed, 60);
    assert.equal(result.hints.length, 60);
    const full = reviewDiff(parseUnifiedDiff(newFileDiff('src/big.js', lines)));
    assert.equal(full.truncated, false);
  });

  it('lists files it cannot review', () => {
    const result = reviewDiff(parseUnifiedDiff(newFileDiff('docs/readme.md', ['var x == 1'])));
    assert.deepEqual(result.unsupportedFiles, ['docs/readme.md']);
    assert.deepEqual(result.hints, []);
  });

  it('reports only catalog concepts that apply to the detector\'s languages', () => {
    const problems: string[] = [];
    for (const detector of reviewDetectors) {
      const concept = getConcept(detector.conceptId);
      if (!concept) problems.push(`${detector.id}: unknown concept ${detector.conceptId}`);
      else for (const language of detector.languages) if (!conceptAppliesTo(concept, language)) problems.push(`${detector.id}: ${concept.id} not for ${language}`);
    }
    assert.deepEqual(problems, []);
    assert.ok(reviewDetectorConceptIds().includes('secrets-handling'));
  });
});
