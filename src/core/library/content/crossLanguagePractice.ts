import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for cross-language engineering practice (dependencies, deprecations, input validation, secrets, purity, complexity, style, tests, logging); the library registry serves them when no LLM is available. */
export const crossLanguagePracticeEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'dependency-management',
    fundamentals: {
      title: 'Declared, installed, typed: the three states of a dependency',
      conceptId: 'dependency-management',
      level: 'fundamentals',
      explanation: `A third-party package is only safe to use when it is in three states at once.

**Declared** in the manifest (\`package.json\`, \`pyproject.toml\`, \`go.mod\`, \`Cargo.toml\`, \`pom.xml\`). Code that imports a package it never declared (a *phantom dependency*) works only because something else pulled it in, and breaks when that package drops it. Go refuses outright: \`no required module provides package github.com/google/uuid; to add it: go get github.com/google/uuid\`. npm's flat \`node_modules\` lets it through; pnpm's strict layout and the ESLint rule \`import/no-extraneous-dependencies\` catch it.

**Installed at the recorded version.** Ranges say what is allowed: in npm and Cargo, \`^1.4.2\` means \`>=1.4.2 <2.0.0\`, but \`^0.4.2\` means \`<0.5.0\`, because before 1.0 a minor bump may break. The lockfile records what was actually chosen; commit it, and install from it in CI (\`npm ci\`, \`pip install -r\` on a fully pinned file, \`cargo build --locked\`).

**Typed**, in typed languages. A package without type information turns every use into an unchecked value. TypeScript reports TS7016 \`Could not find a declaration file for module 'x'\`; mypy reports \`Skipping analyzing "x": module is installed, but missing library stubs or py.typed marker  [import-untyped]\`, or \`Library stubs not installed for "requests"\` when a stub package such as \`types-requests\` exists. Pick the types package whose major version matches the library.

Finally, put each package in the right group. Runtime code goes in \`dependencies\`; compilers, linters, test runners and \`@types/*\` for an application go in \`devDependencies\`. A production install (\`npm ci --omit=dev\`) leaves dev packages out, so a runtime package listed there fails only in production, with \`Cannot find module\`.`,
      workedExample: {
        language: 'json',
        before: `{
  "name": "orders-api",
  "dependencies": {
    "express": "*",
    "@types/express": "^4.17.21",
    "typescript": "^5.9.3"
  },
  "devDependencies": {
    "pg": "^8.13.1"
  }
}`,
        after: `{
  "name": "orders-api",
  "dependencies": {
    "express": "^4.21.2",
    "pg": "^8.13.1",
    "debug": "^4.4.0"
  },
  "devDependencies": {
    "@types/express": "^4.17.21",
    "@types/pg": "^8.11.10",
    "@types/debug": "^4.1.12",
    "typescript": "5.9.3"
  }
}`,
        note: '"*" accepted any future major of express. pg, needed at runtime, sat in devDependencies, so the production image (npm ci --omit=dev) crashed on startup. debug was imported by the code but only installed because express depends on it. The fix declares what the code imports, moves tools and types to devDependencies, matches @types majors to the libraries, and pins the compiler exactly.',
      },
      pitfalls: [
        'Importing a package that is only present as someone else\'s transitive dependency.',
        'Not committing the lockfile, or installing with a command that rewrites it in CI.',
        'Listing a runtime package under devDependencies: everything works until a production install omits it.',
        'Pairing a library with a types or stubs package of a different major version.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which versions can the npm range `^0.4.2` resolve to?',
          code: '',
          choices: [
            'Any 0.x version from 0.4.2 on',
            'From 0.4.2 up to, but not including, 0.5.0',
            'Only 0.4.2',
            'Anything below 1.0.0, including 0.3.x',
          ],
          answerIndex: 1,
          explanation:
            'For versions below 1.0.0 the caret only allows changes to the right of the first non-zero part, because semver treats 0.x minor bumps as potentially breaking. ^1.4.2 would allow everything below 2.0.0.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A pull request changed a range in package.json without updating package-lock.json. CI stayed green, but it tested different versions from the ones the lockfile (and production) install. Which line?',
          code: `jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install
      - run: npm test`,
          bugLine: 9,
          answer: 'Use `npm ci`: it installs exactly what package-lock.json records and fails when the lockfile and package.json disagree.',
          explanation:
            'npm install re-resolves whatever no longer matches and rewrites the lockfile on the CI machine, so the mismatch is silently papered over. npm ci stops with "`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync."',
        },
      ],
    },
    advanced: {
      title: 'Lockfiles, version selection and duplicate copies',
      conceptId: 'dependency-management',
      level: 'advanced',
      explanation: `Each ecosystem decides differently which version you get, and the differences explain many "works on my machine" reports:

| ecosystem | selection | reproducibility |
|---|---|---|
| npm, pnpm, Yarn | newest version matching each range; several versions may coexist in the tree | lockfile |
| Cargo | newest semver-compatible; at most one version per compatible line (1.x, 0.4.x) | \`Cargo.lock\` (commit it for applications, and libraries by default) |
| Go | minimal version selection: the highest *minimum* any module requires, never newer | \`go.mod\` itself, checksums in \`go.sum\`; no lockfile needed |
| Maven | "nearest wins": the version closest to your project in the tree, even if older | pin with \`<dependencyManagement>\` |
| pip | newest matching, no lock of its own | pin with pip-tools or \`uv lock\`, or use Poetry |

**Duplicate copies.** When two versions of a package are installed (npm nests one under the package that needs it), each copy defines its own classes. \`instanceof\` across the copies is \`false\`, module-level caches and registries are split, and TypeScript reports \`Types have separate declarations of a private property 'cents'.\` Find them with \`npm ls money\` (\`cargo tree -d\`, \`mvn dependency:tree\`), align the ranges, run \`npm dedupe\`; libraries that hand out their own objects should declare the shared package as a \`peerDependency\`.

**Supply chain.** Install scripts run with your credentials (\`npm ci --ignore-scripts\` where possible); typosquatted names look like the real one; a lockfile diff is code review material. Scan with \`npm audit\`, \`pip-audit\`, \`cargo audit\` or \`govulncheck\` (which separates vulnerabilities in functions your code actually calls from those it merely imports), and take small, regular updates (Renovate, Dependabot) rather than one painful jump a year.`,
      workedExample: {
        language: 'typescript',
        before: `// node_modules/money            2.0.0  (declared by this app as "money": "^2.0.0")
// node_modules/invoices/node_modules/money   1.4.0  (invoices requires "money": "^1.4.0")
import { Money } from 'money';
import { total } from 'invoices';

const sum = total([new Money(100)]);
// TS2322: Type 'import(".../node_modules/money/index").Money' is not assignable to type
//   'import(".../node_modules/invoices/node_modules/money/index").Money'.
//   Types have separate declarations of a private property 'cents'.`,
        after: `// package.json: "money": "^1.4.0", the major that invoices supports
// (invoices 3.x declares money as a peerDependency, so upgrading both together is possible later)
// npm ls money  ->  money@1.4.2, one copy, deduped
import { Money } from 'money';
import { total } from 'invoices';

const sum = total([new Money(100)]);`,
        note: 'The two installed copies define two distinct Money classes: TypeScript rejects passing one for the other because of the private field, and at runtime instanceof would be false. Aligning the app on the version range the library supports leaves a single copy; peer dependencies let a library share its caller\'s copy instead of bringing its own.',
      },
      pitfalls: [
        'Assuming every ecosystem picks the newest version: Go picks the minimum that satisfies everyone and Maven the nearest declaration.',
        'Ignoring duplicate copies of a library in the tree: `instanceof`, singletons and caches silently split.',
        'Merging lockfile changes without reading them: new packages and install scripts arrive that way.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'Each call of `loadMoneyModule` stands for Node evaluating one installed copy of the same package. What does this print?',
          code: `function loadMoneyModule() {
  return class Money {
    constructor(cents) { this.cents = cents; }
  };
}

const MoneyV2 = loadMoneyModule(); // node_modules/money
const MoneyV1 = loadMoneyModule(); // node_modules/invoices/node_modules/money

const fromInvoices = new MoneyV1(100);
console.log(fromInvoices instanceof MoneyV2, fromInvoices.constructor.name === MoneyV2.name);`,
          answer: 'false true',
          explanation:
            'Every evaluation of a module creates new class objects. The two classes have the same name and shape, but instanceof checks the prototype chain against one specific class, so objects from the other copy fail it. This is what happens at runtime when npm installs two copies.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In a Maven build, `jackson-databind` 2.15.0 is reached at depth 2 of the dependency tree and 2.17.1 at depth 3. Without any explicit management, which version ends up on the classpath?',
          code: '',
          choices: ['2.17.1, the newest', '2.15.0, the nearest to the project', 'Both, on separate class loaders', 'The build fails with a conflict'],
          answerIndex: 1,
          explanation:
            'Maven mediates by "nearest definition" (and, at equal depth, the first declaration), not by the highest version, so code compiled against 2.17 APIs can fail at runtime with NoSuchMethodError. Declare the version in dependencyManagement and check with mvn dependency:tree.',
        },
      ],
    },
    hints: {
      nudge: 'Is the package this line imports declared in the manifest, installed at the locked version, and does it come with type information?',
      concept:
        'Dependency management is keeping third-party code declared, reproducibly installed and typed: every import is declared in the manifest, the lockfile pins what is installed, and typed languages get the matching types or stubs package.',
      analogousExample:
        'Similar: a Python service imports `yaml` in production code, but `PyYAML` is listed only in the test extras, where pytest pulled it in. The production container fails with `ModuleNotFoundError: No module named \'yaml\'` until PyYAML moves to the main dependencies.',
      pseudoCode:
        'for each import in the failing file:\n    declared in the manifest (right group: runtime vs dev)? if not, add it\n    version pinned by the lockfile, installed with the lock-respecting command?\n    typed language: types bundled, or a matching @types / stubs package, or a small local declaration\ncheck for duplicate copies of the package in the dependency tree',
    },
  },
  {
    conceptId: 'deprecated-apis',
    fundamentals: {
      title: 'Deprecated means "still works, going away": read the note',
      conceptId: 'deprecated-apis',
      level: 'fundamentals',
      explanation: `A deprecated API still works today, but its authors have said it will be removed or that it has a known flaw. The deprecation note usually names the replacement, so the fix is rarely a research project. How each ecosystem tells you:

| language | marker | what you see |
|---|---|---|
| TypeScript/JavaScript | \`/** @deprecated Use fetchRates() */\` | strikethrough in the editor and a suggestion such as TS6387 \`The signature '(currency: string): number' of 'fetchRate' is deprecated.\` |
| Python | \`warnings.warn(..., DeprecationWarning)\`, \`@warnings.deprecated\` (3.13) | a warning, shown by default only for code in \`__main__\` and in pytest runs |
| Java | \`@Deprecated(since = "9", forRemoval = true)\` | \`warning: [removal] Integer(int) in Integer has been deprecated and marked for removal\` |
| Go | a \`// Deprecated:\` paragraph in the doc comment | strikethrough in gopls, staticcheck SA1019 |
| Rust | \`#[deprecated(note = "...")]\` | \`warning: use of deprecated function\` |
| C# | \`[Obsolete("...")]\` | warning CS0618 (error CS0619 with \`error: true\`) |

Deprecations are often about correctness or security, not taste. Python's \`datetime.utcnow()\` (deprecated in 3.12) returns a *naive* datetime, and \`.timestamp()\` on it assumes local time, so the result is off by the server's UTC offset; \`datetime.now(timezone.utc)\` is aware. Node's \`new Buffer(arg)\` (DEP0005) once returned uninitialised memory and behaves differently for a number and a string, a hazard with user-supplied values; \`Buffer.alloc\` and \`Buffer.from\` each do one thing.

Because a warning is easy to ignore, deprecated calls accumulate until an upgrade removes them all at once. The cheap moment to migrate is when you are already editing the code: follow the note, run the tests, and the next major upgrade has one fewer surprise.`,
      workedExample: {
        language: 'python',
        before: `from datetime import datetime

def session_expiry(ttl_seconds: int) -> int:
    # DeprecationWarning (3.12+): datetime.datetime.utcnow() is deprecated and scheduled
    # for removal in a future version. Use timezone-aware objects to represent datetimes
    # in UTC: datetime.datetime.now(datetime.UTC).
    return int(datetime.utcnow().timestamp()) + ttl_seconds`,
        after: `from datetime import datetime, timezone

def session_expiry(ttl_seconds: int) -> int:
    return int(datetime.now(timezone.utc).timestamp()) + ttl_seconds`,
        note: 'utcnow() returns UTC wall-clock time with no tzinfo, and timestamp() interprets a naive datetime as local time. On a server in New York, sessions expired four to five hours late; only machines running in UTC were correct. The replacement the warning names is timezone-aware, so the epoch value is right everywhere.',
      },
      pitfalls: [
        'Treating deprecation warnings as noise: many mark a real flaw (naive datetimes, uninitialised memory, unsafe parsing).',
        'Assuming a deprecated API keeps working forever because it works today; the removal arrives with a major upgrade.',
        'Silencing the warning (a filter, `@SuppressWarnings("deprecation")`) instead of following the replacement the note names.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print (the warning goes to stderr and is not part of the answer)?',
          code: `from datetime import datetime, timezone

legacy = datetime.utcnow()            # deprecated since Python 3.12
current = datetime.now(timezone.utc)
print(legacy.tzinfo, current.tzinfo, legacy.tzinfo == current.tzinfo)`,
          answer: 'None UTC False',
          explanation:
            'utcnow() returns a naive datetime: no tzinfo, so nothing downstream knows it is UTC. now(timezone.utc) attaches timezone.utc, which prints as UTC. Mixing the two raises TypeError on comparison and gives wrong epoch values via timestamp().',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Code calls a library method annotated with plain `@Deprecated` (no `forRemoval`). What does `javac` show with default options?',
          code: '',
          choices: [
            'Nothing at all',
            'A summary note: "uses or overrides a deprecated API. Recompile with -Xlint:deprecation for details."',
            'A compile error',
            'A warning at every call site',
          ],
          answerIndex: 1,
          explanation:
            'Ordinary deprecation is summarised in a note unless you compile with -Xlint:deprecation, which lists each use. Deprecation with forRemoval = true is reported as a [removal] warning at every use by default.',
        },
      ],
    },
    advanced: {
      title: 'Deprecating your own APIs and keeping deprecations visible',
      conceptId: 'deprecated-apis',
      level: 'advanced',
      explanation: `**When you deprecate**, make the old path keep working (delegate to the new one), and say three things: what to use instead, why, and when it goes. Then emit the marker tools understand:

- **Python:** \`warnings.warn("load_config() is deprecated; use Config.from_file()", DeprecationWarning, stacklevel=2)\`. \`stacklevel=2\` attributes the warning to the caller's line. That makes the message point at the code to change, and it decides visibility: the default filter shows \`DeprecationWarning\` only when the attributed location is in \`__main__\`. \`@warnings.deprecated\` (3.13, \`typing_extensions\` before) also lets type checkers flag calls statically (PEP 702). Use \`FutureWarning\`, shown by default, for messages aimed at end users of an application.
- **Java:** both the annotation \`@Deprecated(since = "2.4", forRemoval = true)\` and the Javadoc \`@deprecated\` tag with a \`{@link}\` to the replacement.
- **Rust:** \`#[deprecated(since = "2.4.0", note = "use quote(currency, at)")]\`; **Go:** a \`// Deprecated: Use Quote instead.\` paragraph; **C#:** \`[Obsolete("Use QuoteAsync", DiagnosticId = "ACME0001")]\` so callers can suppress exactly that one.
- **Semantic versioning:** deprecate in a minor release, remove in the next major.

**When you consume**, make deprecations fail where you can still act on them, not in production:

- pytest: \`filterwarnings = ["error::DeprecationWarning:myapp.*"]\` (scoped to your own modules, so a dependency's internal warnings do not block you).
- \`javac -Xlint:deprecation -Werror\`, \`#![deny(deprecated)]\`, staticcheck in CI.
- typescript-eslint's \`@typescript-eslint/no-deprecated\` turns the editor strikethrough into a lint error; Node's \`--throw-deprecation\` makes runtime deprecations throw in tests.

Before a major upgrade, run the test suite against the current version with warnings as errors: the list of failures is the migration plan.`,
      workedExample: {
        language: 'java',
        before: `public final class RateClient {
    @Deprecated
    public double rate(String currency) {
        return lookup(currency);   // a second, diverging implementation
    }

    public Quote quote(String currency, Instant at) {
        return new Quote(currency, lookupAt(currency, at), at);
    }
}`,
        after: `public final class RateClient {
    /**
     * Returns the current rate for a currency.
     *
     * @deprecated since 2.4, for removal in 3.0: a rate without its timestamp cannot be audited.
     *     Use {@link #quote(String, Instant)} and read {@link Quote#value()}.
     */
    @Deprecated(since = "2.4", forRemoval = true)
    public double rate(String currency) {
        return quote(currency, Instant.now()).value();
    }

    public Quote quote(String currency, Instant at) {
        return new Quote(currency, lookupAt(currency, at), at);
    }
}`,
        note: 'The bare annotation told callers nothing and, with default javac options, produced only a summary note. The full form names the replacement, the reason and the removal version, forRemoval makes javac warn at every call site, and delegating means the old method cannot drift from the new behaviour while it lives.',
      },
      pitfalls: [
        'Calling `warnings.warn` without `stacklevel=2`: the warning points at the library line and is hidden by the default filters.',
        'Deprecating without naming the replacement or the removal version.',
        'Turning all warnings into errors globally, so a dependency\'s internal deprecation blocks your build; scope the filter to your own code.',
        'Keeping a separate implementation behind the deprecated API instead of delegating to the new one.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import warnings

def fetch_rate(currency):
    warnings.warn("fetch_rate() is deprecated; use RateClient.get()", DeprecationWarning, stacklevel=2)
    return 1.0

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        fetch_rate("EUR")
    fetch_rate("USD")
print(len(caught))`,
          answer: '2',
          explanation:
            'The "default" action shows a warning once per location, and stacklevel=2 makes the location the caller\'s line. The three calls in the loop share one line, and the USD call is a second line, so two warnings are recorded.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Application code calls `load_config()` from its main script, but nobody ever sees the deprecation warning. Which line needs to change?',
          code: `import warnings

def load_config(path):
    warnings.warn(
        "load_config() is deprecated; use Config.from_file()",
        DeprecationWarning,
    )
    return Config.from_file(path)`,
          bugLine: 6,
          answer: 'Pass `stacklevel=2` after the category, so the warning is attributed to the caller\'s line.',
          explanation:
            'Without stacklevel the warning is attributed to the library module. The default filters show DeprecationWarning only when it is attributed to __main__, so it is silently dropped, and even when shown it points at the library instead of the call to change.',
        },
      ],
    },
    hints: {
      nudge: 'Is the call on this line marked as deprecated? Hover it or read its documentation: what does the note say to use instead?',
      concept:
        'A deprecated API still works but is scheduled for removal or has a known flaw; its deprecation note names the replacement. Migrate when you touch the code rather than waiting for a forced upgrade.',
      analogousExample:
        'Similar: Node prints `[DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues.` for `new Buffer(size)`. Code that needs zeroed memory calls `Buffer.alloc(size)`, and code converting a string calls `Buffer.from(text, "utf8")`.',
      pseudoCode:
        'read the deprecation note (hover, docs, warning text)\nfind the replacement it names and its differences (arguments, return type, time zones, errors)\nchange the call, run the tests that cover it\nif you own the deprecated API: delegate to the new one, name it, name the removal version',
    },
  },
  {
    conceptId: 'input-validation',
    fundamentals: {
      title: 'Validate at the boundary, reject what does not fit',
      conceptId: 'input-validation',
      level: 'fundamentals',
      explanation: `Everything that crosses into your process is untrusted: request bodies, query strings, headers, uploaded files, environment variables, queue messages and responses from other services. Validate it **once, at the boundary**, and let the rest of the code work with a value that is known to be good.

Check three things: **shape** (required fields, types, no unexpected fields), **ranges and sizes** (numbers within limits, string lengths, list counts), and **formats** (an allowlist pattern or an enum rather than a list of forbidden characters).

~~~ts
const CreateOrder = z.object({
  sku: z.string().regex(/^[A-Z0-9-]{3,32}$/),
  quantity: z.number().int().min(1).max(100),
});
const parsed = CreateOrder.safeParse(body);
if (!parsed.success) return res.status(400).json(z.flattenError(parsed.error));
~~~

In Python, pydantic's \`Order.model_validate(data)\` plays the same role; in Java, Bean Validation annotations; in Go and Rust, a constructor function that returns an error.

**Reject rather than repair.** Clamping a quantity of 5000 to 100, truncating a name or stripping characters hides the problem from the caller and stores something nobody asked for. A 400 response naming the field is a better contract.

**Conversions are validation too, and lenient ones lie.** In JavaScript, \`Number("")\` is \`0\` and \`parseInt("12px", 10)\` is \`12\`. In Python, \`float("nan")\` succeeds, and because NaN fails every comparison, \`if pct < 0 or pct > 100: raise\` lets it through. Write range checks so that only valid values pass (\`if not (0 <= pct <= 100)\`), and check \`Number.isFinite\` or \`math.isfinite\` when infinities and NaN make no sense.

Validating in the browser or a client SDK is a convenience for users, not a protection: anyone can send the request directly.`,
      workedExample: {
        language: 'typescript',
        before: `app.get('/orders', async (req, res) => {
  // "1e6" -> 1, "-5" -> -5, "500000" -> 500000: all accepted
  const limit = parseInt(String(req.query.limit), 10) || 50;
  // any string, or an array for ?status=a&status=b, reaches the query
  const status = req.query.status as OrderStatus;
  res.json(await orders.list({ limit, status }));
});`,
        after: `const ListOrdersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(['open', 'shipped', 'cancelled']).optional(),
});

app.get('/orders', async (req, res) => {
  const parsed = ListOrdersQuery.safeParse(req.query);
  if (!parsed.success) {
    return res.status(400).json({ error: 'invalid query', fields: z.flattenError(parsed.error).fieldErrors });
  }
  res.json(await orders.list(parsed.data));
});`,
        note: 'parseInt accepted prefixes and negative numbers, and the cast let any status through to the database layer. The schema states the contract in one place, rejects bad input with the field that failed (for ?limit=1e6: "Too big: expected number to be <=200"), and orders.list receives the parsed, typed value instead of the raw query.',
      },
      pitfalls: [
        'Validating only in the UI or client SDK, which any direct request bypasses.',
        '"Repairing" invalid input by clamping, truncating or stripping, so bad data is stored and the caller never learns.',
        'Checking a value, then passing the raw input on instead of the parsed result.',
        'Range checks written as "reject if outside", which NaN slips past because every comparison with it is false.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log(Number(""), parseInt("12px", 10), Number("0x1F"), Number.isInteger(Number(" 42 ")));`,
          answer: '0 12 31 true',
          explanation:
            'Number("") is 0, not NaN. parseInt stops at the first non-digit and returns the prefix. Number understands hexadecimal literals, and it trims whitespace before converting. None of these inputs would pass a strict pattern such as /^\\d{1,6}$/ checked before converting.',
        },
        {
          kind: 'spot-the-bug',
          prompt: '`parse_discount("nan")` returns nan and the checkout total becomes nan. Which line lets it through?',
          code: `def parse_discount(raw: str) -> float:
    pct = float(raw)
    if pct < 0 or pct > 100:
        raise ValueError(f"discount must be between 0 and 100, got {raw!r}")
    return pct`,
          bugLine: 3,
          answer: 'Accept only values known to be valid: `if not (0 <= pct <= 100): raise ...` (NaN fails that test), or check `math.isfinite(pct)` first.',
          explanation:
            'float() parses "nan" and "inf". Every comparison with NaN is False, so both halves of the condition are False and the function returns NaN. Writing the condition as the valid range and negating it rejects NaN automatically.',
        },
      ],
    },
    advanced: {
      title: 'Parse, don\'t validate: distinct types, canonical forms and limits',
      conceptId: 'input-validation',
      level: 'advanced',
      explanation: `A check whose result is a boolean is forgotten by the next function. A **parser** whose result is a different type cannot be skipped: the core accepts only the parsed type, so unchecked data has no way in.

- TypeScript: a branded type, \`type Email = string & { readonly __brand: 'Email' }\`, created only by \`parseEmail(raw: string): Email\`; or a zod schema's output type.
- Rust and Go: a newtype with a private field and a constructor that returns \`Result\` or \`(T, error)\`.
- Java: a record whose compact constructor throws on invalid components. Python: a frozen dataclass validating in \`__post_init__\`, or a pydantic model.

**Canonicalise before you check.** Checks on the raw string are bypassed by other spellings of the same thing. \`os.path.join("/srv/uploads", "/etc/passwd")\` returns \`/etc/passwd\`, because an absolute component discards everything before it, and \`../\` segments are kept as-is. Resolve first (\`Path.resolve()\`, \`path.resolve\`), then verify containment (\`is_relative_to\`, or a prefix check **including the separator**). Normalise Unicode (NFC or NFKC) and case before comparing usernames.

**Limits come first.** Enforce body size, JSON depth, array length and string length before or during parsing, not after building a 200 MB object. Anchor regular expressions and avoid nested quantifiers such as \`(a+)+\`, which backtrack exponentially on crafted input (ReDoS).

**Reject unknown fields** on commands (\`z.strictObject\`, pydantic \`extra="forbid"\`, Jackson \`FAIL_ON_UNKNOWN_PROPERTIES\`): spreading a request body into a model is how \`"role": "admin"\` gets accepted (mass assignment).

**Numbers across languages:** JSON integers above 2^53 lose precision in JavaScript (\`12345678901234567890\` parses as \`12345678901234567000\`), so accept identifiers as strings.`,
      workedExample: {
        language: 'rust',
        before: `pub fn schedule_delivery(postcode: &str, weight_grams: i64) -> Result<Slot, ScheduleError> {
    // every caller is trusted to have checked both values; some did, some did not
    let zone = zone_for(postcode)?;
    book_slot(zone, weight_grams)
}`,
        after: `use std::num::NonZeroU32;

pub struct Postcode(String);

impl TryFrom<&str> for Postcode {
    type Error = String;

    fn try_from(raw: &str) -> Result<Self, Self::Error> {
        let canonical = raw.trim().to_ascii_uppercase();
        let well_formed = (5..=8).contains(&canonical.len())
            && canonical.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ');
        if well_formed {
            Ok(Postcode(canonical))
        } else {
            Err(format!("invalid postcode: {raw:?}"))
        }
    }
}

pub fn schedule_delivery(postcode: &Postcode, weight_grams: NonZeroU32) -> Result<Slot, ScheduleError> {
    let zone = zone_for(postcode)?;
    book_slot(zone, weight_grams)
}`,
        note: 'With plain &str and i64, nothing stopped an unchecked postcode or a negative weight from reaching the booking code. Postcode can only be built through try_from, which puts it in one canonical form (trimmed, upper case) and rejects anything else, and NonZeroU32 makes zero and negative weights unrepresentable. The signature now proves validation happened.',
      },
      pitfalls: [
        'Validating into a boolean and passing the raw value on, so a later refactor skips the check unnoticed.',
        'Checking paths or names before canonicalising them (absolute components, `..`, Unicode forms, case).',
        'Prefix-checking a resolved path without the separator, so `/srv/uploads-archive` passes as inside `/srv/uploads`.',
        'Parsing unbounded input before enforcing size limits.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print on Linux?',
          code: `import os.path

UPLOADS = "/srv/app/uploads"
for name in ["invoice.pdf", "/etc/passwd", "../../etc/passwd"]:
    print(os.path.join(UPLOADS, name))`,
          answer: '/srv/app/uploads/invoice.pdf\n/etc/passwd\n/srv/app/uploads/../../etc/passwd',
          explanation:
            'os.path.join discards the earlier parts when a later part is absolute, and it does not resolve "..". Both attacker-chosen names escape the upload directory once the path is opened. Resolve the joined path, then check it is still inside the base directory.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A request for `../uploads-archive/payroll.pdf` is served although it is outside the upload root. Which line is wrong?',
          code: `import path from 'node:path';

const ROOT = '/srv/app/uploads';

export function resolveUpload(name: string): string {
  const full = path.resolve(ROOT, name);
  if (!full.startsWith(ROOT)) throw new Error('path escapes the upload root');
  return full;
}`,
          bugLine: 7,
          answer: 'Compare with the separator: `if (!full.startsWith(ROOT + path.sep))`, or compute `path.relative(ROOT, full)` and reject results that start with `..` or are absolute.',
          explanation:
            'The resolved path is /srv/app/uploads-archive/payroll.pdf, which starts with the string "/srv/app/uploads" although it is a sibling directory. Canonicalising was right; the containment test has to work on path segments.',
        },
      ],
    },
    hints: {
      nudge: 'Where does this value come from, and what guarantees its shape, range and size by the time it reaches this line?',
      concept:
        'Input validation is checking untrusted data (requests, files, environment, other services) at the boundary before any other code uses it. Check shape, ranges and sizes, reject rather than repair, and hand the core a parsed type distinct from the raw input.',
      analogousExample:
        'Similar: a webhook handler reads `event.amount` from JSON and stores it. A sender that posts `"amount": "12.50"` (a string) or `1e308` breaks the ledger later; parsing the body with a schema that requires an integer number of cents between 1 and 10,000,000 rejects both at the door with a 400.',
      pseudoCode:
        'at the boundary (handler, consumer, config loader):\n    enforce size limits before parsing\n    parse raw input with a schema -> typed value or a list of field errors\n    on errors: reject with the field names, change nothing\n    canonicalise (paths, Unicode, case) before comparing\npass only the parsed type to the rest of the code',
    },
  },
  {
    conceptId: 'secrets-handling',
    fundamentals: {
      title: 'Secrets belong in a secret store, not in code, logs or URLs',
      conceptId: 'secrets-handling',
      level: 'fundamentals',
      explanation: `"It is a private repository" is the most common reason a production key ends up in source control, and it does not hold. A committed credential is copied to every clone on every laptop, CI caches, forks, backups, code-search indexes and tools that read the code, and it stays in the **git history** after a later commit deletes the line. "Private" describes who can read the repository today, not who could before a permission change, after a contractor leaves, or once a laptop is stolen.

So treat a committed secret as leaked: **revoke and reissue it first**, then clean up history (\`git filter-repo\`) if policy requires. Rewriting history without rotating protects nothing, because every existing clone still has the old value.

Where secrets belong:

- a secret manager (Vault, AWS Secrets Manager, Azure Key Vault, GCP Secret Manager) or the platform's injected environment variables and mounted files;
- locally, an untracked \`.env\` listed in \`.gitignore\`, next to a committed \`.env.example\` that lists only the names.

Load them at startup and **fail fast** with a message that names the missing variable. Never supply a default value in code: \`os.getenv("DB_URL", "postgres://app:Winter2024@db/orders")\` is a hard-coded password with extra steps.

The next leaks are **logs and URLs**. Logging a whole config object or request prints its credentials; exception messages often contain connection strings; and a token in a query string (\`?api_key=...\`) is copied into access logs, proxy logs, browser history and \`Referer\` headers. Send it in a header such as \`Authorization: Bearer ...\`.

Catch mistakes before they land: a scanner such as gitleaks in a pre-commit hook, push protection on the hosting platform, and linters (Ruff's S105, from Bandit's B105: \`Possible hardcoded password assigned to: "password"\`).`,
      workedExample: {
        language: 'python',
        before: `# settings.py
import os

STRIPE_API_KEY = "sk_live_51H8…"   # "it's a private repo" (truncated here)
DATABASE_URL = os.getenv(
    "DATABASE_URL", "postgres://orders:Winter2024@db.internal/orders"
)`,
        after: `# settings.py
import os


class MissingSetting(RuntimeError):
    pass


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"{name} is not set; see .env.example for the variables this service needs")
    return value


STRIPE_API_KEY = required("STRIPE_API_KEY")
DATABASE_URL = required("DATABASE_URL")`,
        note: 'Both credentials were in the source, one of them disguised as a fallback that would also be used silently whenever the variable was missing. Now they come only from the environment the platform injects, a missing one stops the service at startup with the variable\'s name (never its value), and the leaked live key still has to be revoked: removing it from the file does not remove it from history.',
      },
      pitfalls: [
        'Believing a private repository is safe storage for credentials.',
        'Deleting a committed secret in a new commit without rotating it; it remains in every clone\'s history.',
        'Default values for secrets in code, which put the credential in source and hide misconfiguration.',
        'Passing tokens in query strings, where access logs, proxies and browser history record them.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'A live API key was committed to a private repository and removed in the next commit an hour later. What should happen first?',
          code: '',
          choices: [
            'Nothing: the repository is private and the key is gone from the current code',
            'Rewrite history to remove the commit',
            'Revoke the key and issue a new one, stored in the secret manager',
            'Restrict who can read the repository',
          ],
          answerIndex: 2,
          explanation:
            'Every clone, fork, CI cache and backup made in that hour (and the history of the remote) still contains the key. Only revoking it makes the copies worthless; history cleanup is optional hygiene afterwards.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line puts the credential where access logs, proxies and this function\'s own error messages will copy it?',
          code: `async function fetchInvoices(customerId: string): Promise<Invoice[]> {
  const url = \`https://billing.example.com/v1/invoices?customer=\${customerId}&api_key=\${process.env.BILLING_KEY}\`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(\`GET \${url} failed with \${res.status}\`);
  return (await res.json()) as Invoice[];
}`,
          bugLine: 2,
          answer: 'Send the key in a header instead, for example `fetch(url, { headers: { Authorization: \'Bearer \' + key } })`, and keep only the customer id in the URL.',
          explanation:
            'Query strings are logged by servers and proxies and kept in histories. Here the URL is also interpolated into the error on line 4, so every failed call writes the key into the application\'s own logs and error tracker.',
        },
      ],
    },
    advanced: {
      title: 'Secrets in memory: redacted types, log filters, constant-time checks',
      conceptId: 'secrets-handling',
      level: 'advanced',
      explanation: `Keeping secrets out of the repository is half the job; the rest is making sure running code cannot print them by accident.

**Types that refuse to print.** Generated string forms include every field: Java and C# records, Python dataclasses, Kotlin data classes, Rust \`#[derive(Debug)]\`. Override them for credential-bearing types, or use a wrapper: pydantic's \`SecretStr\` prints \`'**********'\`, Rust's \`secrecy\` crate redacts \`Debug\`, Python's \`field(repr=False)\` hides a field from \`repr\` (but not from \`asdict\` or JSON). In TypeScript, give such classes a redacting \`toJSON()\` and \`[util.inspect.custom]\`.

**Redact at the logger**, as a safety net: pino's \`redact: ['req.headers.authorization', '*.password']\`, a structlog processor, a \`%replace\` pattern in Logback or Log4j 2. Prefer logging an allowlist of fields over dumping objects.

**Errors and URLs.** Database drivers and HTTP clients put connection strings and full URLs into messages. Before logging a DSN, strip the password (\`const u = new URL(dsn); u.password = ''\`).

**Comparing secrets.** Check tokens, API keys and webhook signatures with a constant-time comparison: \`hmac.compare_digest\` (Python), \`crypto.timingSafeEqual\` (Node, which throws \`RangeError: Input buffers must have the same byte length\`, so compare fixed-length digests), \`subtle.ConstantTimeCompare\` (Go), \`MessageDigest.isEqual\` (Java). \`===\` stops at the first differing character, and that timing can be measured.

**Environment variables are not a vault.** They are inherited by every child process, readable from \`/proc/<pid>/environ\` by the same user, and included in crash dumps and "debug info" endpoints. Mounted files with tight permissions, or fetching from a secret manager at startup with short-lived credentials (workload identity, OIDC federation in CI instead of long-lived cloud keys), shrink both the exposure and the damage.`,
      workedExample: {
        language: 'java',
        before: `record ApiCredentials(String clientId, String clientSecret) {}

// ...
log.info("Connecting billing client with {}", credentials);
// Connecting billing client with ApiCredentials[clientId=billing-svc, clientSecret=s3cr3t]`,
        after: `record ApiCredentials(String clientId, String clientSecret) {
    @Override
    public String toString() {
        return "ApiCredentials[clientId=" + clientId + ", clientSecret=***]";
    }
}

// ...
log.info("Connecting billing client with {}", credentials);
// Connecting billing client with ApiCredentials[clientId=billing-svc, clientSecret=***]`,
        note: 'A record\'s generated toString() prints every component, so a harmless-looking log line shipped the client secret to the log pipeline and everyone who can search it. Overriding toString() on the type protects every future log statement, exception message and debugger view at once, which a reviewer checking individual log calls cannot.',
      },
      pitfalls: [
        'Relying on generated `toString`/`repr`/`Debug` for types that hold credentials.',
        'Assuming `repr=False` or a custom `toString()` also protects serialisation (`asdict`, JSON, ORMs): it does not.',
        'Comparing tokens or signatures with `==`/`===`, which leaks timing information.',
        'Treating environment variables as secure storage: child processes, crash dumps and debug endpoints all see them.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from dataclasses import dataclass, field, asdict

@dataclass
class DbConfig:
    host: str
    user: str
    password: str = field(repr=False)

cfg = DbConfig("db.internal", "orders_app", "hunter2")
print(cfg)
print(asdict(cfg)["password"] == "hunter2")`,
          answer: "DbConfig(host='db.internal', user='orders_app')\nTrue",
          explanation:
            'repr=False removes the field from the generated __repr__, so logging the object is safe. asdict() still copies every field, so anything that serialises the config (JSON logs, an API response, a cache) still carries the password.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line makes this webhook check vulnerable to a timing attack?',
          code: `import { createHmac } from 'node:crypto';

export function verifyWebhook(body: string, signature: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(body).digest('hex');
  return expected === signature;
}`,
          bugLine: 5,
          answer: 'Compare in constant time: `const a = Buffer.from(expected, \'hex\'); const b = Buffer.from(signature, \'hex\'); return a.length === b.length && timingSafeEqual(a, b);`',
          explanation:
            '=== returns as soon as one character differs, so response times reveal how much of a forged signature was right. timingSafeEqual takes the same time for any input of a given length, and it throws on different lengths, hence the length check (the length of a SHA-256 digest is not secret).',
        },
      ],
    },
    hints: {
      nudge: 'Could this value end up in the repository, a log line, an error message or a URL? Follow where it is written, not only where it is read.',
      concept:
        'Secrets handling is keeping credentials in a secret store or injected environment and out of source, history, logs, error messages and URLs. A committed secret is leaked even in a private repository: rotate it, then load it at runtime and make its types refuse to print it.',
      analogousExample:
        'Similar: an exception handler logs `repr(request.headers)` to debug a failing integration. The `Authorization` header, with a live bearer token, now sits in the log index for 30 days; logging only an allowlist of headers (request id, content type) gives the same debugging value without the token.',
      pseudoCode:
        'if a secret is in source or history: revoke and reissue it first\nload secrets at startup from the secret store or injected environment; fail fast naming the missing variable\nnever put secrets in URLs, log messages, exception text or default values\nwrap credential-holding types so string forms are redacted\ncompare tokens and signatures in constant time',
    },
  },
  {
    conceptId: 'side-effects-purity',
    fundamentals: {
      title: 'Pure functions: the same inputs give the same result, and nothing else changes',
      conceptId: 'side-effects-purity',
      level: 'fundamentals',
      explanation: `A function is **pure** when its result depends only on its arguments and calling it changes nothing anyone else can observe. Pure functions can be tested with plain values, cached, retried and reordered without fear.

Impurity usually hides in two places:

- **Hidden inputs:** the clock (\`Date.now()\`, \`datetime.now()\`), random numbers, environment variables, globals and module-level configuration, database or network reads.
- **Hidden outputs:** mutating an argument or shared state, writing files, sending requests, logging.

Several standard-library calls mutate in place and are easy to mistake for queries. JavaScript's \`sort()\`, \`reverse()\` and \`splice()\` change the array and return it (ES2023 added the copying \`toSorted()\`, \`toReversed()\` and \`toSpliced()\`); \`Object.assign(target, ...)\` changes \`target\`. Python's \`list.sort()\` mutates and returns \`None\`, while \`sorted()\` returns a new list. Go's \`append\` may write into the caller's backing array.

The structure that keeps code testable is a **functional core with an imperative shell**: decisions (prices, eligibility, retry plans) live in pure functions that receive the current time and data as parameters; a thin outer layer reads the clock, loads data, calls the core and performs the effects it returns.

~~~ts
// impure: reads the clock and mutates its argument
function applyHappyHour(cart: Cart): void {
  if (new Date().getHours() === 17) cart.totalCents *= 0.9;
}
// pure: time is an input, the result is a new value
function happyHourTotal(totalCents: number, now: Date): number {
  return now.getHours() === 17 ? Math.round(totalCents * 0.9) : totalCents;
}
~~~

Purity is about what callers can observe. A function that builds and mutates a local array before returning it is still pure from the outside.`,
      workedExample: {
        language: 'typescript',
        before: `export function checkoutTotal(cart: Cart): number {
  cart.items.sort((a, b) => b.priceCents - a.priceCents);   // reorders the cart the UI shows
  const [mostExpensive] = cart.items;
  if (new Date().getDay() === 5 && mostExpensive) {          // Fridays: 10% off the priciest item
    mostExpensive.priceCents = Math.round(mostExpensive.priceCents * 0.9); // rewrites the stored price
  }
  return cart.items.reduce((sum, item) => sum + item.priceCents, 0);
}`,
        after: `export function checkoutTotal(items: readonly CartItem[], now: Date): number {
  const subtotal = items.reduce((sum, item) => sum + item.priceCents, 0);
  if (now.getDay() !== 5 || items.length === 0) return subtotal;

  const mostExpensive = Math.max(...items.map((item) => item.priceCents));
  return subtotal - Math.round(mostExpensive * 0.1);
}`,
        note: 'The old function reordered the caller\'s cart and changed an item\'s price in place, so on a Friday every re-render applied the discount again, and the behaviour could only be tested on Fridays. The pure version takes the time as a parameter, reads its inputs without touching them, and returns the same total however often it is called.',
      },
      pitfalls: [
        'Reading the clock, randomness, environment or globals inside decision logic, which makes results unrepeatable and tests date-dependent.',
        'Mutating arguments (`sort`, `reverse`, `splice`, `Object.assign`, `list.sort`, `dict.update`) in a function that looks like a calculation.',
        'Calling a function with hidden side effects repeatedly (re-renders, retries) and compounding its effect.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const prices = [30, 5, 100];
const cheapestFirst = prices.sort((a, b) => a - b);
const reversed = prices.toReversed();
console.log(prices[0], cheapestFirst === prices, reversed === prices, prices.join());`,
          answer: '5 true false 5,30,100',
          explanation:
            'sort() reorders the original array and returns that same array, so cheapestFirst is prices. toReversed() (ES2023) returns a new array and leaves prices untouched, which is why prices still reads 5,30,100 after it.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which of these Python functions is pure?',
          code: '',
          choices: [
            'def total(items): items.sort(); return sum(items)',
            'def total(items): return sum(sorted(items))',
            'def total(items): log.info("summing %d items", len(items)); return sum(items)',
            'def total(items): return sum(items) * RATES[os.environ["REGION"]]',
          ],
          answerIndex: 1,
          explanation:
            'sorted() builds a new list, so the caller\'s list is untouched and the result depends only on the argument. The first mutates its argument, the third writes a log record, and the fourth reads the environment and a global.',
        },
      ],
    },
    advanced: {
      title: 'Aliasing, caches and idempotence: where purity breaks in practice',
      conceptId: 'side-effects-purity',
      level: 'advanced',
      explanation: `**Aliasing** makes mutation travel. Two names for one object mean a "local" change is visible elsewhere:

- JavaScript spread and \`Object.assign\` copy one level: \`{ ...order }\` shares \`order.items\`. Use \`structuredClone\` or copy the nested parts you change.
- Go slices share a backing array: \`head := base[:2]; head = append(head, 99)\` overwrites \`base[2]\` when capacity allows. Use \`slices.Clone\` or a full slice expression \`base[:2:2]\` to force a copy on append.
- Python passes references: \`def f(items): items.append(x)\` changes the caller's list.
- Rust puts mutation in the signature: only \`&mut T\` allows it, and \`&T\` guarantees no change except through interior mutability (\`Cell\`, \`RefCell\`, \`Mutex\`), which is why those types are worth noticing in review.

**Caching requires purity, and immutable results.** \`functools.cache\`, \`useMemo\` or a memo map on a function that reads the clock or a database returns stale answers forever. Caching a function that returns a mutable object is subtler: every caller gets the *same* object, and one caller's \`append\` changes the cached value for everyone. Return tuples, \`frozenset\`, \`readonly\` arrays or copies.

**Idempotence is the practical goal for effects.** Charging a card or sending an email can never be pure, but it can be idempotent: the same idempotency key produces one charge however many times a retry runs. Design effectful operations so repeating them is harmless.

**Testing follows the split.** Test the pure core with values (fast, many cases, property-based if you like); test the shell with a few integration tests against real dependencies. Passing \`now\` or a \`Clock\` into the core beats patching globals (\`freezegun\`, fake timers) in every test.`,
      workedExample: {
        language: 'python',
        before: `import functools

@functools.cache
def default_permissions(plan: str) -> list[str]:
    return ["read"] if plan == "free" else ["read", "write"]

def permissions_for(user) -> list[str]:
    perms = default_permissions(user.plan)
    if user.is_admin:
        perms.append("admin")          # mutates the list every "pro" caller shares
    return perms`,
        after: `import functools

@functools.cache
def default_permissions(plan: str) -> frozenset[str]:
    return frozenset({"read"}) if plan == "free" else frozenset({"read", "write"})

def permissions_for(user) -> frozenset[str]:
    perms = default_permissions(user.plan)
    if user.is_admin:
        return perms | {"admin"}       # a new set; the cached one is unchanged
    return perms`,
        note: 'The cache handed every caller the same list object, so after the first admin on the pro plan was checked, every pro user had admin rights until the process restarted. Returning an immutable frozenset makes the cached value safe to share, and the admin case builds a new set instead of changing it.',
      },
      pitfalls: [
        'Shallow copies (`{ ...obj }`, `list(x)` of nested data, `Object.assign`) that still share nested objects.',
        'Appending to a Go sub-slice and overwriting the original slice\'s elements.',
        'Memoising functions that read time, randomness or I/O, or that return mutable objects callers then change.',
        'Retrying effectful operations that are not idempotent, charging or emailing twice.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Go program print?',
          code: `package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4}
	head := base[:2]
	head = append(head, 99)
	fmt.Println(base, head, len(head), cap(head))
}`,
          answer: '[1 2 99 4] [1 2 99] 3 4',
          explanation:
            'head shares base\'s backing array and has capacity 4, so append writes 99 into the existing slot base[2] instead of allocating. base[:2:2] (capacity 2) or slices.Clone would make append allocate a new array and leave base alone.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Adding gift wrap to a copy of an order also adds it to the original order. Which line?',
          code: `function withGiftWrap(order) {
  const copy = { ...order };
  copy.items.push({ sku: 'GIFT-WRAP', priceCents: 300 });
  return copy;
}`,
          bugLine: 3,
          answer: 'Build a new items array instead of pushing into the shared one: `return { ...order, items: [...order.items, { sku: \'GIFT-WRAP\', priceCents: 300 }] };`',
          explanation:
            'Spread copies only the top level, so copy.items and order.items are the same array, and push mutates it for both. Copying the nested part being changed keeps the function pure.',
        },
      ],
    },
    hints: {
      nudge: 'Besides its return value, what does this function read (clock, environment, globals) or change (arguments, shared objects, the outside world)?',
      concept:
        'A pure function returns a result that depends only on its arguments and changes nothing observable. Pass time, randomness and configuration in as parameters, return new values instead of mutating inputs, and keep I/O in a thin outer layer.',
      analogousExample:
        'Similar: `function nextRetryDelay(attempt) { return Math.min(30000, 2 ** attempt * 100 * Math.random()); }` cannot be tested for exact values. `nextRetryDelay(attempt, random)` with `random` passed in (the caller supplies `Math.random()`) can, and production behaviour is unchanged.',
      pseudoCode:
        'list the function\'s hidden inputs (now, random, env, globals, I/O reads) -> make them parameters\nlist its hidden outputs (mutated arguments, shared state, I/O) -> return new values instead\nmove the remaining I/O to the caller (the shell)\nkeep cached results immutable',
    },
  },
  {
    conceptId: 'code-complexity',
    fundamentals: {
      title: 'Keep the reader\'s stack small: early returns, named steps, short functions',
      conceptId: 'code-complexity',
      level: 'fundamentals',
      explanation: `The complexity that matters is how much a reader must hold in their head at once. It grows with **nesting** (each level is a condition to remember), **length** (a function doing several jobs), **parameter count** (especially positional booleans: \`send(order, true, false, true)\`) and **clever expressions** that pack several decisions into one line.

The usual remedies:

- **Guard clauses.** Handle invalid and special cases first and return; the main path then runs at the left margin instead of five levels deep.
- **Named intermediate values.** \`const isOwner = user.id === order.customerId\` documents a condition and makes it debuggable.
- **Extracted functions named for intent**, such as \`isWithinRefundWindow(order, now)\`, at the points where a name explains something.
- **Parameter objects** instead of long positional lists, and two functions (or an options object with named fields) instead of boolean flags.

Linters measure this and report it as a hint worth acting on, not a rule to satisfy mechanically. ESLint's \`complexity\` (default maximum 20) counts branches, loops and \`&&\`, \`||\`, \`??\` and \`?:\`; \`max-depth\` defaults to 4 and \`max-params\` to 3. Ruff's \`C901\` reports \`\` \`route\` is too complex (14 > 10) \`\` with its default of 10, \`PLR0913\` \`Too many arguments in function definition (6 > 5)\` and \`PLR0912\` too many branches (more than 12). Clippy warns \`this function has too many arguments (8/7)\`.

Restructuring nested code often reveals bugs: when every condition sits at the same level, a missing or contradictory case becomes visible. Conditional expressions deserve extra care, since precedence rarely reads the way it looks: in Python, \`a or b if c else d\` means \`(a or b) if c else d\`.`,
      workedExample: {
        language: 'typescript',
        before: `function canRefund(order: Order, user: User, now: Date): boolean {
  if (order.status === 'delivered' || order.status === 'shipped') {
    if (user.id === order.customerId || user.roles.includes('support')) {
      if (now.getTime() - order.paidAt.getTime() < 30 * 24 * 3600 * 1000) {
        return !order.refunded;
      } else {
        return user.roles.includes('support');
      }
    }
  }
  return false;
}`,
        after: `const REFUND_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

function canRefund(order: Order, user: User, now: Date): boolean {
  if (order.refunded) return false;
  if (order.status !== 'delivered' && order.status !== 'shipped') return false;

  const isSupport = user.roles.includes('support');
  const isOwner = user.id === order.customerId;
  if (!isOwner && !isSupport) return false;

  const withinWindow = now.getTime() - order.paidAt.getTime() < REFUND_WINDOW_MS;
  return withinWindow || isSupport;
}`,
        note: 'With the rules flattened into guard clauses and named conditions, one question stands out: the nested version let support staff refund an order that was already refunded, as long as the window had passed. The flat version checks refunded first for everyone, and each rule can now be read, tested and changed on its own line.',
      },
      pitfalls: [
        'Deep nesting where guard clauses would keep the main path flat.',
        'Positional boolean parameters that make call sites unreadable (`render(user, true, false)`).',
        'Dense one-liners mixing `and`/`or` with conditional expressions whose precedence differs from how they read.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'The author meant "use the configured value if there is one, otherwise 3 for interactive sessions and 1 for batch". What does this print?',
          code: `configured = 5
interactive = False
retries = configured or 3 if interactive else 1
print(retries)`,
          answer: '1',
          explanation:
            'The conditional expression has the lowest precedence, so the line means (configured or 3) if interactive else 1, and batch sessions always get 1. Naming the fallback first (`fallback = 3 if interactive else 1`, then `retries = configured or fallback`) says what was meant.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Non-express orders are labelled "express" and light express orders "standard". Which line does not do what its indentation suggests?',
          code: `function shippingLabel(order) {
  if (order.express)
    if (order.weightKg > 30) return 'freight-express';
  else return 'standard';
  return 'express';
}`,
          bugLine: 4,
          answer: 'The else belongs to the inner if. Use braces and guard clauses: `if (!order.express) return \'standard\'; if (order.weightKg > 30) return \'freight-express\'; return \'express\';`',
          explanation:
            'Without braces, an else binds to the nearest if, whatever the indentation says (the "dangling else"). Formatters and the ESLint curly rule make the real structure visible; flattening the logic removes the ambiguity altogether.',
        },
      ],
    },
    advanced: {
      title: 'Cyclomatic and cognitive complexity, tables instead of branches, and gaming the metric',
      conceptId: 'code-complexity',
      level: 'advanced',
      explanation: `**Cyclomatic complexity** is 1 plus the number of decision points: \`if\`, loops, \`case\`, \`catch\`, and (in most tools) \`&&\`, \`||\`, \`??\` and \`?:\`. It approximates how many test cases branch coverage needs. Tools differ in what they count, so numbers are comparable only within one tool.

**Cognitive complexity** (SonarSource's metric, also in some linters) weights **nesting**: a flat \`switch\` with ten cases is easy to read and scores low, three nested \`if\`s with a \`break\` inside score high. When the two metrics disagree, cognitive complexity is usually closer to what reviewers feel.

**Turn branch ladders into data.** A chain of \`if\`s mapping inputs to values is a table written as control flow. A \`Map\`, a \`dict\`, an \`EnumMap\` or an exhaustive \`match\` on an enum makes the mapping visible, testable as data and cheap to extend. Watch lookup semantics: in JavaScript, a plain object inherits keys such as \`constructor\` and \`toString\`, so use \`Map\` or \`Object.hasOwn\`.

**Use polymorphism** only when behaviour varies by type in several places; for one \`switch\`, an interface hierarchy adds more indirection than it removes.

**Do not game the metric.** Splitting a 60-line function into \`step1\`, \`step2\`, \`step3\` that pass six values along satisfies the linter and leaves the reader worse off. Extract where a name explains a concept; accept a long but linear function (an exhaustive \`match\`, a setup sequence) with a suppression comment that says why.

**Idiomatic linear flow:** Go's \`if err != nil { return err }\` and Rust's \`?\` keep the happy path at the left margin, the same effect guard clauses have elsewhere.

Thresholds to know: ESLint \`complexity\` 20, Ruff \`C901\` 10 (\`lint.mccabe.max-complexity\`), Clippy \`too_many_arguments\` 7.`,
      workedExample: {
        language: 'java',
        before: `static BigDecimal shippingRate(String country, boolean express) {
    if (country.equals("DE")) {
        if (express) return new BigDecimal("9.90");
        else return new BigDecimal("4.90");
    } else if (country.equals("FR")) {
        if (express) return new BigDecimal("12.00");
        else return new BigDecimal("5.50");
    } else if (country.equals("NL")) {
        if (express) return new BigDecimal("10.50");
        else return new BigDecimal("4.90");
    }
    throw new IllegalArgumentException("no shipping rate for " + country);
}`,
        after: `record Rates(BigDecimal standard, BigDecimal express) {
    BigDecimal pick(boolean isExpress) {
        return isExpress ? express : standard;
    }
}

private static final Map<String, Rates> RATES = Map.of(
        "DE", new Rates(new BigDecimal("4.90"), new BigDecimal("9.90")),
        "FR", new Rates(new BigDecimal("5.50"), new BigDecimal("12.00")),
        "NL", new Rates(new BigDecimal("4.90"), new BigDecimal("10.50")));

static BigDecimal shippingRate(String country, boolean express) {
    Rates rates = RATES.get(country);
    if (rates == null) throw new IllegalArgumentException("no shipping rate for " + country);
    return rates.pick(express);
}`,
        note: 'The ladder had seven decision points and grew by two for every new country; the table has two and grows by one line of data. Rates can now be loaded from configuration or checked in a test that iterates over RATES, and a missing country still fails with the same message.',
      },
      pitfalls: [
        'Splitting functions mechanically to satisfy a threshold, creating helpers with no meaning of their own.',
        'Replacing a branch ladder with a plain JavaScript object lookup that also finds inherited keys like `constructor`.',
        'Introducing a class hierarchy to remove a single `switch`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With `complexity: ["error", 1]`, what complexity does ESLint report for this function?',
          code: `function shippingCost(order) {
  if (!order.items.length) return 0;
  let cost = 0;
  for (const item of order.items) {
    if (item.fragile && item.weightKg > 10) cost += 25;
    else if (item.weightKg > 10) cost += 15;
    else cost += 5;
  }
  return order.express ? cost * 2 : cost ?? 0;
}`,
          choices: ['4', '6', '8', '10'],
          answerIndex: 2,
          explanation:
            'ESLint starts at 1 and adds one each for the first if, the for...of loop, the inner if, its &&, the else if, the ?: and the ??: "Function \'shippingCost\' has a complexity of 8. Maximum allowed is 1". Logical operators count because each one is a branch a test has to cover.',
        },
        {
          kind: 'predict-output',
          prompt: 'A branch ladder was replaced by a lookup table. What does this print?',
          code: `const RATE_BY_COUNTRY = { DE: 4.9, FR: 5.5, NL: 4.9 };

function rateFor(country) {
  const rate = RATE_BY_COUNTRY[country];
  if (rate === undefined) throw new Error(\`no rate for \${country}\`);
  return rate;
}

console.log(rateFor('FR'), typeof rateFor('constructor'));`,
          answer: '5.5 function',
          explanation:
            'A plain object inherits from Object.prototype, so RATE_BY_COUNTRY["constructor"] is the Object function, not undefined, and the guard never fires. A Map, Object.hasOwn(RATE_BY_COUNTRY, country), or an object created with Object.create(null) keeps the table to its own keys.',
        },
      ],
    },
    hints: {
      nudge: 'How many conditions does a reader have to keep in mind to understand the line the warning points at?',
      concept:
        'Code complexity is the amount of state a reader must track: nesting depth, function length, parameter count and dense expressions. Guard clauses, named intermediate values, well-named extracted functions and tables instead of branch ladders reduce it; linter thresholds only point at where to look.',
      analogousExample:
        'Similar: a 12-branch `if/elif` chain maps HTTP status codes to retry decisions. Rewritten as `RETRYABLE = {429, 502, 503, 504}` plus one `if status in RETRYABLE` line, the rule is readable at a glance and Ruff no longer reports too many branches.',
      pseudoCode:
        'handle invalid and special cases first with early returns\nname each non-trivial condition (const isOwner = ...)\nif a chain maps values to values: replace it with a lookup table\nextract a function only where its name explains a concept\nreplace positional booleans with an options object or separate functions',
    },
  },
  {
    conceptId: 'code-style-consistency',
    fundamentals: {
      title: 'Let the formatter decide layout, and write each language\'s idioms',
      conceptId: 'code-style-consistency',
      level: 'fundamentals',
      explanation: `Consistent code lets a reader see behaviour instead of layout, and keeps diffs about what changed. Style has two layers, and they call for different tools.

**Formatting** (indentation, line breaks, quotes, trailing commas, spacing) should be fully automatic: Prettier, Black or \`ruff format\`, \`gofmt\`, \`rustfmt\` (\`cargo fmt\`), \`dotnet format\`, google-java-format. Run the formatter on save, and check it in CI with its check mode (\`prettier --check .\`, \`ruff format --check\`, \`gofmt -l .\`, \`cargo fmt --check\`) so that layout never comes up in review.

**Naming and idioms** follow each language's conventions, and linters or compilers report them:

- Python (PEP 8): \`snake_case\` functions and variables, \`CapWords\` classes; Ruff's N802 says \`\` Function name \`getOrder\` should be lowercase \`\`.
- Rust: rustc itself warns \`\` function \`computeTotal\` should have a snake case name \`\` and suggests \`compute_total\`.
- Go: capitalisation **is** visibility: \`Total\` is exported from its package, \`total\` is not. Initialisms keep one case (\`userID\`, \`HTTPClient\`).
- TypeScript, JavaScript and Java: \`camelCase\` members, \`PascalCase\` types. C#: \`PascalCase\` for methods and properties too.

Some style rules prevent real bugs. In JavaScript, a \`return\` followed by a line break returns \`undefined\` (automatic semicolon insertion), so the brace placement that puts \`{\` on the next line is not a matter of taste. \`x == None\` in Python calls \`__eq__\`, which can be overridden; \`x is None\` (Ruff E711) cannot.

Which convention a team picks matters far less than picking one and letting a tool enforce it. Commit the configuration (\`.editorconfig\`, \`.prettierrc\`, \`[tool.ruff]\` in \`pyproject.toml\`), so every editor and CI run applies the same rules.`,
      workedExample: {
        language: 'python',
        before: `class order_service:
    def __init__(self, DB):
        self.DB = DB

    def getOrder(self, orderId):
        if orderId == None:
            return None
        return self.DB.fetch( "orders",orderId )`,
        after: `class OrderService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get_order(self, order_id: str | None) -> Order | None:
        if order_id is None:
            return None
        return self.db.fetch("orders", order_id)`,
        note: 'Ruff reports N801 (class name should use CapWords), N803 (argument names should be lowercase), N802 (function name should be lowercase) and E711 (comparison to None) on the original, and ruff format fixes the spacing in the fetch call. After the rename, the class reads like every other Python class, and the None check cannot be fooled by a custom __eq__.',
      },
      pitfalls: [
        'Arguing about formatting in review instead of letting a formatter decide once, in CI.',
        'Carrying one language\'s naming into another (`getOrder` in Python, `get_order` in TypeScript), which linters flag and readers trip over.',
        'Treating Go capitalisation as style: renaming `Total` to `total` makes it invisible outside its package.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function retryPolicy() {
  return
  {
    attempts: 3
  };
}

console.log(retryPolicy());`,
          answer: 'undefined',
          explanation:
            'JavaScript inserts a semicolon after a return that ends its line, so the function returns undefined and the object literal below is parsed as an unreachable block. Keeping the opening brace on the return line, as Prettier does, avoids it.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In package `billing`, a teammate renames `func Total(items []Item) int` to `func total(items []Item) int` "to match the style of the other helpers". What happens?',
          code: '',
          choices: [
            'Nothing: Go identifiers are case-insensitive',
            'gofmt renames the callers automatically',
            'Code in other packages that calls billing.Total no longer compiles, because lower-case names are not exported',
            'It becomes a private method of the package\'s first struct',
          ],
          answerIndex: 2,
          explanation:
            'In Go, an identifier starting with an upper-case letter is exported from its package and a lower-case one is not. The rename is an API change, and every other package that uses billing.Total fails to compile.',
        },
      ],
    },
    advanced: {
      title: 'Adopting and enforcing a style: one reformat, checks in CI, idioms beyond layout',
      conceptId: 'code-style-consistency',
      level: 'advanced',
      explanation: `**Adopting a formatter in an existing codebase:** do it in one commit that changes nothing but formatting, merged at a quiet moment. Add that commit's hash to \`.git-blame-ignore-revs\`; GitHub's blame view reads the file automatically, and locally \`git config blame.ignoreRevsFile .git-blame-ignore-revs\` makes \`git blame\` skip it, so history stays useful.

**Never mix reformatting with behaviour changes** in one diff: a reviewer cannot find the one changed condition among 400 re-indented lines.

**Enforce in two places.** A pre-commit hook gives fast feedback; the CI check is the guarantee. In CI, always use the check mode: a \`--write\` or \`--fix\` step rewrites the CI checkout, passes, and enforces nothing.

**Make the tools agree.** Stylistic lint rules that contradict the formatter produce endless churn: \`eslint-config-prettier\` turns off ESLint rules that Prettier owns, and Ruff warns about lint rules that conflict with its formatter (such as \`COM812\`). Settle line endings with \`.gitattributes\` (\`* text=auto eol=lf\`) rather than editor settings.

**Idioms go beyond layout**, and linters with autofix (\`eslint --fix\`, \`ruff check --fix\`, \`cargo clippy --fix\`, \`dotnet format\`) handle many of them:

- Python: comprehensions over \`map\`/\`lambda\` chains, \`with\` for resources, \`enumerate\` instead of index counters.
- Go: error strings are lower case without final punctuation (staticcheck ST1005), because they are concatenated into chains such as \`start server: load config: open app.json: no such file or directory\`; wrap with \`%w\` so \`errors.Is\` still works.
- Rust: \`?\` instead of \`match\` ladders on \`Result\`; Clippy's style lints.

When a file already follows a convention that differs from your preference, follow the file: consistency within a module beats a global ideal, and changing it deserves its own commit.`,
      workedExample: {
        language: 'go',
        before: `func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.New("Failed to load config.")
	}
	var cfg Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("Error: %v", err)
	}
	return &cfg, nil
}`,
        after: `func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	var cfg Config
	if err := json.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("parse config %s: %w", path, err)
	}
	return &cfg, nil
}`,
        note: 'The first error dropped the cause entirely, and both used capitals and punctuation that read badly once a caller adds its own prefix. The idiomatic form keeps messages lower case, says what was being done, and wraps the cause with %w, so callers can still ask errors.Is(err, fs.ErrNotExist) and print a chain such as "load config: open /etc/app.json: no such file or directory".',
      },
      pitfalls: [
        'Running the formatter in write mode in CI, which "fixes" the CI checkout and lets unformatted code merge.',
        'Mixing a repository-wide reformat with behaviour changes, or not recording the reformat in `.git-blame-ignore-revs`.',
        'Keeping lint rules that fight the formatter, so every run flips the same lines back and forth.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Unformatted code keeps getting merged although CI runs Prettier on every pull request. Which line?',
          code: `jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npx prettier --write .
      - run: npx eslint .`,
          bugLine: 7,
          answer: 'Use the check mode: `npx prettier --check .`, which exits non-zero and lists the unformatted files.',
          explanation:
            '--write reformats the files in the CI workspace and exits successfully; the fixed files are thrown away with the runner, and the branch stays unformatted. Check modes exist for exactly this.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Go program print (assuming the file does not exist)?',
          code: `package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.ReadFile("/nonexistent/app.json")
	wrapped := fmt.Errorf("load config: %w", err)
	flattened := fmt.Errorf("load config: %v", err)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Is(flattened, fs.ErrNotExist))
	fmt.Println(wrapped)
}`,
          answer: 'true false\nload config: open /nonexistent/app.json: no such file or directory',
          explanation:
            '%w keeps the original error in the chain, so errors.Is finds fs.ErrNotExist; %v only copies its text. The printed chain shows why Go error strings are lower case without punctuation: each layer prefixes the next.',
        },
      ],
    },
    hints: {
      nudge: 'Would the project\'s formatter or linter change this line? Run it with its fix or check mode and look at what it reports.',
      concept:
        'Style consistency means one layout, enforced by a formatter, and the naming and idioms of the language, enforced by linters. The team agreement and its automation matter more than any particular choice.',
      analogousExample:
        'Similar: a TypeScript file mixes `user_id` and `userId`, double and single quotes, and two indentation widths. Running `prettier --write` and the ESLint naming-convention rule settles the layout and the names in one commit, and the actual behaviour change goes in the next.',
      pseudoCode:
        'run the formatter (write mode locally, check mode in CI)\nrun the linter with autofix; fix remaining naming and idiom findings by hand\nfollow the language\'s naming rules (and Go\'s exported/unexported capitalisation)\nkeep formatting-only changes in their own commit (and in .git-blame-ignore-revs)',
    },
  },
  {
    conceptId: 'testing-assertions',
    fundamentals: {
      title: 'A test is only evidence if it can fail',
      conceptId: 'testing-assertions',
      level: 'fundamentals',
      explanation: `A test that runs without errors proves only that nothing threw. A useful test states one behaviour, asserts on the real result, and **fails, with a message that explains why, when that behaviour breaks**.

Common ways a test passes while proving nothing:

- **The assertion is never reached.** \`try: create_order(0) except ValueError: pass\` passes whether or not the error is raised. Use the framework's helper: \`pytest.raises(ValueError, match="at least 1")\`, \`assertThrows\` in JUnit, \`assert.rejects\` in Node.
- **Async work is not awaited.** A test that calls \`assert.rejects(promise, ...)\` without \`await\` (or without returning the promise) finishes before the promise settles. Mocha 11 reports it as passing, and the failed assertion is never reported at all.
- **The assertion is always true.** \`assert (total == 500, "expected 500")\` asserts a non-empty tuple, which is truthy; CPython warns \`SyntaxWarning: assertion is always true, perhaps remove parentheses?\` and Ruff reports F631. \`expect(result).toBeTruthy()\` passes for any object at all, including an error response.
- **The test checks the mock.** Configuring \`repo.find.return_value = order\` and asserting that the service returned \`order\` tests the mock library, not the service.

The cheapest check on any new test is to **watch it fail once**: break the code (or invert the expectation) and confirm the test goes red with a useful message. Mutation-testing tools automate this across a suite (Stryker for JavaScript and TypeScript, mutmut for Python, PIT for Java, cargo-mutants for Rust).

Assert on specific values with comparisons that print both sides: \`assert.deepStrictEqual(actual, expected)\`, \`assertEquals(expected, actual)\`, plain \`assert a == b\` under pytest (which rewrites it to show both values). \`assertTrue(a == b)\` only ever says "expected true".`,
      workedExample: {
        language: 'typescript',
        before: `import assert from 'node:assert/strict';

it('rejects a negative amount', () => {
  // not awaited: the test is over before the promise settles
  assert.rejects(payments.charge({ amountCents: -500 }), /amount must be positive/);
});`,
        after: `import assert from 'node:assert/strict';

it('rejects a negative amount', async () => {
  await assert.rejects(payments.charge({ amountCents: -500 }), {
    name: 'RangeError',
    message: 'amount must be positive',
  });
});`,
        note: 'With charge() wrongly accepting negative amounts, the first test still passed under Mocha, and the rejected assertion was dropped without a report. Awaiting it makes the runner wait and fail with "Missing expected rejection (RangeError)", and matching name and message pins down which error is expected.',
      },
      pitfalls: [
        'Catching the expected exception yourself, so the test passes when nothing is thrown.',
        'Calling async assertions without `await` or `return`.',
        'Assertions that cannot fail: parenthesised Python asserts with a message, truthiness checks on objects, asserting values the test itself configured on a mock.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This test has never failed, even when `total_cents` returned 0. Which line?',
          code: `def test_order_total():
    order = Order(items=[Item(price_cents=250, quantity=2)])
    total = order.total_cents()
    assert (total == 500, f"expected 500, got {total}")`,
          bugLine: 4,
          answer: 'Remove the parentheses: `assert total == 500, f"expected 500, got {total}"`.',
          explanation:
            'With parentheses, assert receives a two-element tuple, and a non-empty tuple is always true. CPython emits "SyntaxWarning: assertion is always true, perhaps remove parentheses?" and Ruff reports F631, but the test itself passes forever.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def create_order(quantity):
    if quantity < 0:          # bug: 0 is accepted
        raise ValueError("quantity must be at least 1")
    return {"quantity": quantity}

def test_rejects_zero():
    try:
        create_order(0)
    except ValueError:
        pass

try:
    test_rejects_zero()
    print("test_rejects_zero passed")
except AssertionError:
    print("test_rejects_zero failed")`,
          answer: 'test_rejects_zero passed',
          explanation:
            'create_order(0) returns normally, the except clause never runs, and nothing asserts that an error happened, so the test passes while the bug ships. `with pytest.raises(ValueError, match="at least 1"):` fails when nothing is raised.',
        },
      ],
    },
    advanced: {
      title: 'Tests that fail for the right reason: doubles, flakiness, properties and mutants',
      conceptId: 'testing-assertions',
      level: 'advanced',
      explanation: `**Assert on outcomes, not interactions.** Prefer checking returned values and persisted state against real dependencies or faithful fakes (an in-memory repository, a real database in a container, a loopback HTTP server). Mock only boundaries you do not own or cannot run (a payment provider, the clock), and then assert the contract: \`assert_called_once_with(charge_id="ch_9", amount_cents=500, currency="EUR")\`, not merely that something was called. A test that mirrors the implementation's calls breaks on every refactor and still passes when the behaviour is wrong.

**Make doubles strict.** A bare \`Mock()\` accepts any attribute and any arguments, so a call with a missing parameter, or a misspelt method in the code under test, works against it and fails in production. \`create_autospec(PaymentGateway, instance=True)\` (or \`Mock(spec=...)\`) raises \`AttributeError\` for unknown attributes and \`TypeError\` for wrong signatures. Python 3.12 and later also raise \`AttributeError\` for assertion-like names missing the \`assert_\` prefix (\`mock.called_once_with(...)\`); earlier versions returned a truthy Mock and the test passed.

**Remove flakiness at its source:** inject the clock instead of sleeping; never depend on iteration order of sets, or of Go maps, which is randomised; isolate shared state (databases, temp directories, module globals) per test; replace fixed \`sleep\`s with waiting on a condition. In Go tables, \`t.Errorf\` records a failure and continues while \`t.Fatalf\` stops the test; before Go 1.22, parallel subtests in a loop captured the shared loop variable.

**Compare floats with tolerance** (\`pytest.approx\`, \`assertEquals(expected, actual, delta)\`, \`math.isclose\`), and money as integers.

**Property-based tests** (Hypothesis, fast-check, jqwik, proptest) state invariants, such as \`decode(encode(x)) == x\` or "totals never go negative", and search for counterexamples, shrinking them to a minimal failing input.

**Coverage says which lines ran, not what was checked.** Mutation testing answers the real question, whether the suite notices when the code is wrong.`,
      workedExample: {
        language: 'python',
        before: `from unittest.mock import Mock

def test_refund_calls_gateway():
    gateway = Mock()
    service = RefundService(gateway)

    service.refund(order_id="o-1", amount_cents=500)

    gateway.refund.assert_called_once()
# passes, although RefundService calls gateway.refund(charge_id, amount_cents)
# and the real PaymentGateway.refund also requires currency`,
        after: `from unittest.mock import create_autospec

def test_refund_sends_charge_amount_and_currency():
    gateway = create_autospec(PaymentGateway, instance=True)
    service = RefundService(gateway, charges=InMemoryCharges({"o-1": Charge("ch_9", "EUR")}))

    service.refund(order_id="o-1", amount_cents=500)

    gateway.refund.assert_called_once_with(charge_id="ch_9", amount_cents=500, currency="EUR")
# now fails with TypeError: missing a required argument: 'currency'
# until RefundService passes the charge's currency`,
        note: 'The loose Mock accepted a call that the real gateway rejects, and the assertion only checked that some call happened. The autospec enforces the real signature, the in-memory charges store replaces a second mock with a faithful fake, and the assertion names every argument the contract requires.',
      },
      pitfalls: [
        'Mocks without a spec, which accept calls the real object would reject.',
        'Asserting that a collaborator was called instead of what the code produced or sent.',
        'Tests that depend on wall-clock time, sleeps, set or map ordering, or state left by other tests.',
        'Reading high line coverage as proof that the assertions would catch a regression.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `from unittest.mock import Mock, create_autospec

class PaymentGateway:
    def refund(self, charge_id: str, amount_cents: int, currency: str) -> None: ...

loose = Mock()
strict = create_autospec(PaymentGateway, instance=True)

loose.refund("ch_9", 500)
try:
    strict.refund("ch_9", 500)
except TypeError as err:
    print("strict:", err)
print("loose calls:", loose.refund.call_count)`,
          answer: "strict: missing a required argument: 'currency'\nloose calls: 1",
          explanation:
            'create_autospec copies the real method signatures, so a call missing currency raises TypeError just as the real gateway would. The plain Mock records the bad call and lets the test carry on as if nothing were wrong.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'A module has 100% line coverage. What does that establish?',
          code: '',
          choices: [
            'Every behaviour of the module is verified',
            'Every line ran at least once during the tests; not that any assertion would notice a wrong result',
            'The module has no bugs on the tested paths',
            'Mutation testing would kill every mutant',
          ],
          answerIndex: 1,
          explanation:
            'Coverage counts executed lines, and a test with no assertions covers lines too. Mutation testing changes the code (flips a comparison, drops a statement) and checks that some test fails, which measures what coverage cannot.',
        },
      ],
    },
    hints: {
      nudge: 'If the code under test were wrong, would this test fail? Try it: break the code on purpose and run the test.',
      concept:
        'A test is evidence of behaviour only if it can fail: one behaviour per test, assertions on real outputs, awaited async work, and framework helpers for expected errors. Run a new test against broken code once to see it go red.',
      analogousExample:
        'Similar: a Jest test `expect(fetchUser(1)).resolves.toEqual({ id: 1 })` without `await` or `return` passes even when fetchUser rejects. `await expect(fetchUser(1)).resolves.toEqual({ id: 1 })` makes Jest wait for the promise and report the mismatch.',
      pseudoCode:
        'arrange: real inputs (and real or faithful fake dependencies)\nact: call the behaviour under test, awaiting async work\nassert: the specific output or state, with a helper that prints both sides\nexpected errors: framework helper (raises / assertThrows / rejects), never try/except pass\nbreak the code once and confirm the test fails',
    },
  },
  {
    conceptId: 'logging-observability',
    fundamentals: {
      title: 'Logs for whoever is on call: a logger, meaningful levels, context, no secrets',
      conceptId: 'logging-observability',
      level: 'fundamentals',
      explanation: `Logs, metrics and traces are how you understand code you cannot attach a debugger to: **logs** record events with context, **metrics** count and time things, **traces** follow one request across services.

**Use a logger, not print.** A logger adds a timestamp, level and source, can be filtered and routed, and can emit structured JSON. \`print\`/\`console.log\` left from debugging goes to stdout unfiltered (Ruff T201 \`\` \`print\` found \`\`, ESLint \`no-console\`).

**Keep levels meaningful.** DEBUG is developer detail, off in production; INFO records business events (order placed, job finished); WARNING is unexpected but handled (a retry); ERROR means an operation failed and someone may need to act. Python's root level is WARNING, so \`log.info(...)\` prints nothing until logging is configured, and an unconfigured program prints warnings and errors to stderr as the bare message.

**Log at boundaries, with identifiers:** request received and answered, job started and finished, calls to other services. Pass values as arguments, not preformatted strings:

~~~python
log.info("charged order %s for %d cents", order.id, order.total_cents)
~~~

Python formats lazily, only if the record is emitted, and aggregators can group records by the constant message template; an f-string defeats both (Ruff G004 \`Logging statement uses f-string\`). SLF4J's \`log.info("charged order {}", id)\`, Go's \`slog.Info("charged", "order_id", id)\` and pino's \`logger.info({ orderId }, 'charged')\` follow the same idea.

**Log exceptions with their stack trace:** \`log.exception(...)\` inside \`except\` (Ruff TRY400 suggests it over \`log.error\`), \`log.error("charge failed", e)\` with the exception as the last SLF4J argument.

**Never log secrets or personal data:** passwords, tokens, card numbers, full request bodies, and usually emails and addresses. Log the order id, not the card; the user id, not the user.`,
      workedExample: {
        language: 'python',
        before: `def charge(order, card_token):
    print(f"charging {order.id} with card {card_token} for {order.total_cents}")
    try:
        receipt = gateway.charge(card_token, order.total_cents)
    except GatewayError as err:
        print("charge failed", err)
        raise
    print("ok")
    return receipt`,
        after: `import logging

log = logging.getLogger(__name__)

def charge(order, card_token):
    log.info("charging order %s for %d cents", order.id, order.total_cents)
    try:
        receipt = gateway.charge(card_token, order.total_cents)
    except GatewayError:
        log.exception("charge failed for order %s", order.id)
        raise
    log.info("charged order %s, receipt %s", order.id, receipt.id)
    return receipt`,
        note: 'The prints wrote the card token to stdout, lost the stack trace of the failure, and said "ok" without saying what succeeded. The logger named after the module can be filtered per package, the records carry the order and receipt ids someone on call searches for, and log.exception attaches the traceback.',
      },
      pitfalls: [
        '`print`/`console.log` statements left from debugging in production code.',
        'Logging secrets, tokens or personal data, including by dumping whole request bodies or config objects.',
        'Preformatted messages (f-strings, concatenation) instead of a constant template with arguments.',
        'Levels that mean nothing: everything at INFO, or expected conditions logged as ERROR.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'No logging configuration has been done anywhere in the program. What appears on the terminal?',
          code: `import logging

log = logging.getLogger("billing")
log.debug("loaded %d rates", 12)
log.info("charging order %s", "o-1")
log.warning("retrying order %s", "o-1")
log.error("order %s failed", "o-1")`,
          answer: 'retrying order o-1\norder o-1 failed',
          explanation:
            'The root logger\'s level is WARNING, so debug and info records are dropped. With no handler configured, Python\'s last-resort handler writes WARNING and above to stderr as the bare message, without level or timestamp, until logging.basicConfig or a handler is set up.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line writes a credential into the logs?',
          code: `export async function login(req: Request, res: Response): Promise<void> {
  const { email, password } = req.body;
  logger.info({ requestId: req.id }, 'login attempt');
  const user = await auth.verify(email, password);
  logger.debug({ body: req.body }, 'login payload');
  res.json({ userId: user.id });
}`,
          bugLine: 5,
          answer: 'Do not log the body: log only the fields needed to debug (`{ requestId: req.id, userId: user.id }`), and configure the logger to redact `password` paths as a safety net.',
          explanation:
            'req.body contains the plain-text password. DEBUG being off in production is no protection: levels get turned up during incidents, and then every login writes passwords to the log pipeline.',
        },
      ],
    },
    advanced: {
      title: 'Observability at scale: correlation, cardinality, cost and logging once',
      conceptId: 'logging-observability',
      level: 'advanced',
      explanation: `**Correlate.** Every log line produced while handling one request should carry the same request or trace id. OpenTelemetry propagates context across services through the W3C \`traceparent\` header and can attach trace and span ids to logs. Inside a process, carry the context implicitly: \`AsyncLocalStorage\` in Node, \`contextvars\` in Python, the MDC in SLF4J (copy it when handing work to a thread pool), an explicit \`context.Context\` in Go.

**Metrics count; logs explain.** Rates, latencies and error ratios belong in metrics: cheap to store, fast to alert on. Keep label **cardinality** bounded: every distinct label value creates a new time series, so user ids, order ids or raw URLs as labels can take down a Prometheus server. Use route templates (\`/orders/:id\`) and put the ids in logs and traces.

**Disabled logs are not free.** Arguments are evaluated before the logger checks the level: \`log.debug("state %s", snapshot())\` calls \`snapshot()\` even when DEBUG is off; lazy formatting only saves building the string. Guard expensive arguments (\`if log.isEnabledFor(logging.DEBUG)\`, \`if (log.isDebugEnabled())\`) or pass values that compute lazily (slog's \`LogValuer\`).

**Log once, where the error is handled.** Logging and rethrowing at every layer produces five copies of one failure with partial context each. Lower layers add context by wrapping the error; the layer that decides what happens next (the request handler, the job runner) logs it once, with the stack trace.

**Structured output** (JSON with fixed field names) makes logs queryable, and it neutralises log injection: a user-supplied value containing a newline cannot forge a second line in an encoded field, while it can in plain-text logs.

**Budget the volume.** Sampling high-frequency events, keeping DEBUG off by default but switchable at runtime, and avoiding logging inside tight loops keep the observability bill and the latency cost in proportion.`,
      workedExample: {
        language: 'typescript',
        before: `app.post('/orders', async (req, res) => {
  console.log('creating order');
  const order = await orders.create(req.body);
  await payments.charge(order);   // logs "charge failed" on errors, with no ids at all
  console.log('order created ' + order.id);
  res.status(201).json(order);
});`,
        after: `import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino from 'pino';

const baseLogger = pino({ redact: ['req.headers.authorization', '*.cardNumber'] });
const requestLogger = new AsyncLocalStorage<pino.Logger>();
export const log = (): pino.Logger => requestLogger.getStore() ?? baseLogger;

app.use((req, _res, next) => {
  const requestId = req.header('x-request-id') ?? randomUUID();
  requestLogger.run(baseLogger.child({ requestId }), next);
});

app.post('/orders', async (req, res) => {
  const order = await orders.create(req.body);
  log().info({ orderId: order.id, totalCents: order.totalCents }, 'order created');
  await payments.charge(order);   // its log() calls carry the same requestId
  res.status(201).json(order);
});`,
        note: 'The console lines could not be filtered, had no level, and could not be tied to each other or to the payment failure of the same request. A child logger stored in AsyncLocalStorage stamps every line of the request, including those written deep inside payments, with one requestId (reused from the caller\'s header when present), and redaction guards the fields that must never be written.',
      },
      pitfalls: [
        'Unbounded metric labels (user ids, order ids, raw paths) that explode the number of time series.',
        'Expensive arguments to disabled debug logs, evaluated on every call anyway.',
        'Logging and rethrowing the same error at every layer.',
        'Losing the request context when work moves to a thread pool, queue or callback.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
calls = 0

def snapshot():
    global calls
    calls += 1
    return "state"

logging.debug("cache %s", snapshot())
if logging.getLogger().isEnabledFor(logging.DEBUG):
    logging.debug("cache %s", snapshot())
print(calls)`,
          answer: '1',
          explanation:
            'The first call evaluates snapshot() to build the argument list before logging.debug discovers that DEBUG is disabled; lazy formatting only skips the string formatting. The guarded call never evaluates its argument.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A week after this shipped, the Prometheus server ran out of memory. Which line is responsible?',
          code: `from prometheus_client import Counter

checkout_failures = Counter(
    "checkout_failures_total", "Failed checkouts", ["reason", "user_id"]
)

def record_failure(reason: str, user_id: str) -> None:
    checkout_failures.labels(reason=reason, user_id=user_id).inc()`,
          bugLine: 4,
          answer: 'Drop `user_id` from the label names and keep only bounded labels such as `reason`; record the user id in a log line or trace attribute for the failing checkout instead.',
          explanation:
            'Each distinct combination of label values is a separate time series, so a user_id label creates one series per user who ever failed a checkout, and the series are never freed. Metrics need labels with a small, fixed set of values.',
        },
      ],
    },
    hints: {
      nudge: 'If this failed in production at 3 a.m., what would the log line tell the person on call, and what must it never contain?',
      concept:
        'Logging and observability are how you understand running code: a configured logger instead of prints, levels that mean something, structured context (ids) at boundaries, metrics for counts and latencies, traces across services, and never secrets or personal data.',
      analogousExample:
        'Similar: a worker logs `console.error(err)` inside every retry loop. Logging once when retries are exhausted, with the job id, attempt count and the error\'s stack, turns 500 identical lines into one that says what failed and for which job.',
      pseudoCode:
        'get a named logger (not print)\nat each boundary: log the event at a meaningful level with ids as structured fields\nexceptions: log once where handled, with the stack trace\nnever log secrets, tokens or personal data; configure redaction as a net\ncounts and latencies: metrics with bounded labels',
    },
  },
];
