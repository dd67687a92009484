import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for text: formatting, regular expressions and injection-safe queries; served offline by the registry. */
export const crossLanguageTextEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'string-formatting',
    fundamentals: {
      title: 'String formatting: interpolation and number formatting',
      conceptId: 'string-formatting',
      level: 'fundamentals',
      explanation: `Build strings with interpolation rather than concatenation: it is easier to read and harder to get spacing wrong.

- TypeScript/JavaScript: template literals, \`\` \`Hello \${name}\` \`\` (backticks, not quotes).
- Python: f-strings, \`f"Hello {name}"\`, with format specs: \`f"{price:.2f}"\`, \`f"{count:>5}"\`, \`f"{ratio:.1%}"\`, and \`f"{value=}"\` for debugging.
- C#: \`$"Hello {name}"\` with \`{price:F2}\`; Java: \`"Hello %s".formatted(name)\` or \`String.format\`; Go: \`fmt.Sprintf("Hello %s", name)\`; Rust: \`format!("Hello {name}")\`.

Common mistakes the compiler or linter reports:

\`\`\`ts
const msg = 'Total: \${total}';   // plain quotes: no interpolation, prints the placeholder
const msg2 = \`Total: \${total}\`;  // correct
\`\`\`

In Python, forgetting the \`f\` prefix prints the braces literally; in Go, a verb that does not match the argument type prints \`%!d(string=…)\` and \`go vet\` flags it.

Numbers need explicit formatting for people: \`toFixed(2)\` for fixed decimals, and \`Intl.NumberFormat\` (or Python's \`locale\`/Babel, .NET culture info) for currency and thousands separators. Interpolating an object gives \`[object Object]\` in JavaScript; format its fields or use \`JSON.stringify\` for logs.`,
      workedExample: {
        language: 'typescript',
        before: `function receipt(name: string, totalCents: number): string {
  return 'Thanks ' + name + '! Total: $' + totalCents / 100;
}
receipt('Ada', 1990); // "Thanks Ada! Total: $19.9"`,
        after: `const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function receipt(name: string, totalCents: number): string {
  return \`Thanks \${name}! Total: \${usd.format(totalCents / 100)}\`;
}
receipt('Ada', 1990); // "Thanks Ada! Total: $19.90"`,
        note: 'The template literal makes the message readable, and the number formatter gives two decimals and the currency symbol without string arithmetic.',
      },
      pitfalls: [
        'A `${…}` placeholder inside single or double quotes is printed literally; template literals need backticks.',
        'Python strings without the `f` prefix do not interpolate `{name}`.',
        'Interpolating objects prints `[object Object]`; format the fields you mean.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const n = 3;
const price = 2.5;
console.log(\`\${n} x \${price.toFixed(2)} = \${(n * price).toFixed(1)}\`, '\${n}');`,
          answer: '3 x 2.50 = 7.5 ${n}',
          explanation: 'Backtick strings interpolate and `toFixed` fixes the decimals; the single-quoted string is printed exactly as written.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `ratio = 0.4567
count = 42
print(f"{ratio:.1%}|{count:>5}|{count:05d}")`,
          answer: '45.7%|   42|00042',
          explanation: '`.1%` multiplies by 100 with one decimal; `>5` right-aligns in a width of 5; `05d` pads with zeros to width 5.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `fmt.Sprintf("%d items", "3")` produce in Go?',
          code: '',
          choices: ['"3 items"', '"%!d(string=3) items"', 'A compile error', 'A panic'],
          answerIndex: 1,
          explanation: 'Formatting is checked at run time: a mismatched verb prints a `%!verb(type=value)` marker. `go vet` reports it before that happens.',
        },
      ],
    },
    advanced: {
      title: 'String formatting: locales, logs and format-string safety',
      conceptId: 'string-formatting',
      level: 'advanced',
      explanation: `Formatting for people, for machines and for logs are three different jobs.

**For people: locale-aware.** \`new Intl.NumberFormat('de-DE').format(1234.5)\` gives \`1.234,5\`; dates need \`Intl.DateTimeFormat\` with an explicit \`timeZone\`. Plurals are not "add an s": use \`Intl.PluralRules\` or ICU MessageFormat, since many languages have more than two forms. Never build sentences by concatenating translated fragments; translators need whole messages with placeholders.

**For machines: canonical and locale-independent.** Files, URLs and protocols need \`toISOString()\`, \`String(n)\` or \`JSON.stringify\`, never locale formats. C# formats with the current culture by default (\`1.5.ToString()\` is "1,5" in de-DE); pass \`CultureInfo.InvariantCulture\`. Java's \`String.format\` uses the default locale too.

**For logs: structured and lazy.** \`logger.info("user %s logged in", userId)\` in Python's logging formats only if the record is emitted; an f-string formats every time. Structured fields (\`logger.info({ userId }, 'login')\` in pino) keep values queryable.

**Format-string safety.** A format string must be a constant. Passing user input as the format (\`printf(userInput)\`, \`String.format(userInput)\`, Python's \`userInput.format(**ctx)\`) lets callers read attributes (\`{user.__class__.__init__.__globals__}\`) or crash the formatter. Python's \`str.format\` with untrusted templates is a known information-disclosure vector; use \`string.Template\` or a sandboxed template engine.`,
      workedExample: {
        language: 'python',
        before: `import logging
log = logging.getLogger(__name__)

def notify(user, template: str) -> str:
    log.debug(f"notifying {user.id} with {expensive_summary(user)}")
    return template.format(user=user)  # template comes from an admin UI`,
        after: `import logging
from string import Template

log = logging.getLogger(__name__)

def notify(user, template: str) -> str:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("notifying %s with %s", user.id, expensive_summary(user))
    return Template(template).safe_substitute(name=user.display_name)`,
        note: 'The debug line no longer does work when debug logging is off, and the untrusted template can only substitute named values, not walk object attributes.',
      },
      pitfalls: [
        'Locale-dependent formatting in files or protocols produces `1,5` where a parser expects `1.5`.',
        'f-strings in log calls format even when the level is disabled.',
        'Untrusted strings used as format templates can read object attributes or crash the formatter.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'A CSV export breaks for German users. Which line formats in the wrong locale?',
          code: `var sb = new StringBuilder();
foreach (var row in rows)
{
    sb.AppendLine($"{row.Name};{row.Amount}");
}
File.WriteAllText(path, sb.ToString());`,
          bugLine: 4,
          answer: 'Format with the invariant culture: `string.Create(CultureInfo.InvariantCulture, $"{row.Name};{row.Amount}")` or `row.Amount.ToString(CultureInfo.InvariantCulture)`.',
          explanation: 'Interpolation uses the current culture, so 12.5 becomes "12,5" in de-DE, which the importing system misreads. Machine-readable output needs the invariant culture.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why is `logging.info("user %s", user_id)` preferred over `logging.info(f"user {user_id}")`?',
          code: '',
          choices: [
            'f-strings are deprecated.',
            'The message is formatted only if the record is emitted, and the template stays constant for log aggregation.',
            'It is faster to type.',
            'f-strings cannot contain integers.',
          ],
          answerIndex: 1,
          explanation: 'Lazy %-formatting skips the work for disabled levels, and a constant template lets log tools group records by message.',
        },
      ],
    },
    hints: {
      nudge: 'Look at the quotes and the placeholders: is this string actually interpolated, and is each value formatted the way the reader or parser expects?',
      concept: 'String formatting inserts values into text. Use the language\'s interpolation syntax (template literals, f-strings), format numbers and dates explicitly, and choose locale-aware output for people and invariant output for machines.',
      analogousExample: 'A Python log line `print("Saved {count} rows")` prints the braces; `print(f"Saved {count} rows")` interpolates, and `f"{elapsed:.2f}s"` fixes the decimals.',
      pseudoCode: 'write the message as one template with named placeholders\nformat each value explicitly (decimals, currency, dates with time zone)\nfor people: use locale-aware formatters\nfor files, URLs and protocols: use invariant, canonical formats',
    },
  },
  {
    conceptId: 'regular-expressions',
    fundamentals: {
      title: 'Regular expressions: anchors, escaping and flags',
      conceptId: 'regular-expressions',
      level: 'fundamentals',
      explanation: `Most regex bugs are one of three things: a pattern that matches **more** than intended, a special character that was not **escaped**, or a **flag** with side effects.

**Anchor validation patterns.** \`/\\d{5}/\` finds five digits *anywhere*, so \`"abc123456"\` passes. Use \`^\` and \`$\` (\`/^\\d{5}$/\`), or \`re.fullmatch\` in Python, \`matches()\` in Java (which anchors implicitly), \`Regex.IsMatch\` with \`^…$\` in C#.

**Escape metacharacters.** \`. * + ? ( ) [ ] { } | ^ $ \\\` have meanings. \`/v1.2/\` matches \`"v1x2"\`. In a string-built pattern (\`new RegExp(text)\`, \`re.compile(text)\`), user input must be escaped: \`re.escape\` in Python, \`Pattern.quote\` in Java, \`Regex.Escape\` in C#; JavaScript has no built-in before \`RegExp.escape\` (ES2025), so use \`text.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&')\`. Also remember string escaping: in Python use raw strings (\`r"\\d+"\`), in Java double every backslash (\`"\\\\d+"\`).

**Flags.** \`i\` (case-insensitive), \`m\` (\`^\`/\`$\` match at line breaks), \`s\` (\`.\` matches newlines), \`u\` (Unicode), and \`g\`/\`y\`, which make a JavaScript regex **stateful** via \`lastIndex\`.

\`\`\`ts
const sku = /^[A-Z]{3}-\\d{4}$/;
sku.test('ABC-1234');  // true
sku.test('xABC-1234'); // false: anchored
\`\`\`

Regexes are for regular text patterns; for HTML, JSON, URLs, emails and dates, use a parser (\`new URL\`, \`JSON.parse\`, a date library).`,
      workedExample: {
        language: 'python',
        before: `import re

def is_version(text: str) -> bool:
    return re.match("\\d+.\\d+.\\d+", text) is not None

is_version("1.2.3-beta; rm -rf")  # True
is_version("1a2b3")               # True`,
        after: `import re

VERSION = re.compile(r"\\d+\\.\\d+\\.\\d+")

def is_version(text: str) -> bool:
    return VERSION.fullmatch(text) is not None

is_version("1.2.3")        # True
is_version("1.2.3-beta")   # False
is_version("1a2b3")        # False`,
        note: 'The dots are escaped so they match only dots, the raw string keeps the backslashes intact, and `fullmatch` requires the whole string to be a version.',
      },
      pitfalls: [
        'Validation patterns without anchors accept any string that merely contains a match.',
        'An unescaped `.` matches any character; user input inserted into a pattern must be escaped.',
        'A JavaScript regex with the `g` flag remembers `lastIndex` between `test` calls.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const re = /a/g;
console.log(re.test('a'), re.test('a'), re.test('a'));`,
          answer: 'true false true',
          explanation: 'With `g`, `test` starts at `lastIndex`. After the first match it is 1, so the second call fails and resets it to 0; the third call matches again.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which pattern accepts exactly a 4-digit PIN and nothing else?',
          code: '',
          choices: ['/\\d{4}/', '/^\\d{4}$/', '/[0-9]+/', '/^\\d{4}/'],
          answerIndex: 1,
          explanation: 'Only the fully anchored pattern rejects extra characters before and after. The others accept "12345" or "1234abc".',
        },
      ],
    },
    advanced: {
      title: 'Regular expressions: backtracking, Unicode and maintainability',
      conceptId: 'regular-expressions',
      level: 'advanced',
      explanation: `**Catastrophic backtracking (ReDoS).** Backtracking engines (JavaScript, Python \`re\`, Java, .NET, PCRE) can take exponential time on patterns with nested or overlapping quantifiers, such as \`(a+)+$\`, \`(\\w+\\s?)*$\` or \`(.*,)*\`, when the input almost matches. One crafted request can pin a CPU core; on Node's single thread it stalls the server. Avoid nested quantifiers over the same characters, make alternatives mutually exclusive, bound repetition (\`{1,64}\`), cap input length before matching, and use timeouts where available (.NET \`matchTimeout\`, Python's \`regex\` module). Go's \`regexp\` and Rust's \`regex\` use linear-time automata and cannot backtrack catastrophically, at the cost of no backreferences.

**Unicode.** Without the \`u\` (or \`v\`) flag, JavaScript treats strings as UTF-16 code units: \`/^.$/.test('😀')\` is false. \`\\w\` and \`\\d\` are ASCII-only in JavaScript even with \`u\`, but Unicode-aware by default in Python 3 (\`\\d\` matches Arabic-Indic digits; pass \`re.ASCII\` when you mean 0–9). Use property escapes (\`\\p{L}\`, \`\\p{Nd}\`) to say what you mean.

**Maintainability.** Name groups (\`(?<year>\\d{4})\`), use verbose mode (\`re.VERBOSE\`, \`x\` flag in PCRE, Java \`COMMENTS\`) for long patterns, compile once at module level, and keep a test table of matching and non-matching examples next to the pattern.

\`\`\`ts
const date = /^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})$/u;
const { year } = date.exec('2024-03-10')?.groups ?? {};
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `// validates "tag1, tag2, tag3"
const tagList = /^(\\w+\\s?,?\\s?)+$/;
tagList.test('a'.repeat(30) + '!'); // seconds of CPU: nested overlapping quantifiers`,
        after: `// one tag, then zero or more ", tag" groups: each character has one way to match
const tagList = /^\\w{1,32}(?:\\s*,\\s*\\w{1,32}){0,50}$/;
const ok = (input: string) => input.length <= 2000 && tagList.test(input);`,
        note: 'The rewritten pattern has no ambiguous nesting, bounds each repetition and rejects oversized input before matching, so matching time stays linear.',
      },
      pitfalls: [
        'Nested quantifiers over overlapping character sets can backtrack exponentially on near-matching input.',
        'Without the `u` flag, JavaScript `.` matches half of an emoji or other astral character.',
        'Python `\\d` matches any Unicode decimal digit, not just 0–9, unless `re.ASCII` is set.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Which line introduces a ReDoS risk?',
          code: `const email = /^[^@\\s]+@[^@\\s]+$/;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const words = /^(\\w+\\s*)*$/;
const hex = /^#[0-9a-f]{6}$/i;`,
          bugLine: 3,
          answer: 'Remove the ambiguity, e.g. `/^\\w+(?:\\s+\\w+)*\\s*$/` so spaces are required between words.',
          explanation: '`(\\w+\\s*)*` lets a run of word characters be split among iterations in exponentially many ways, because `\\s*` may match nothing; a failing input forces the engine to try them all.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log(/^.$/.test('😀'), /^.$/u.test('😀'), 'été'.match(/\\w+/)?.[0]);`,
          answer: 'false true t',
          explanation: 'Without `u`, the emoji is two UTF-16 code units, so `.` cannot match it alone. `\\w` is ASCII-only in JavaScript, so the first match in "été" is just "t".',
        },
      ],
    },
    hints: {
      nudge: 'Test the pattern against an input that should fail: does it still match because of a missing anchor, an unescaped character or a flag?',
      concept: 'A regular expression describes a set of strings. Anchors (`^`, `$`) bound the match to the whole input, metacharacters must be escaped to match literally, and flags change matching (case, lines, Unicode, and state in JavaScript\'s `g`).',
      analogousExample: 'Checking a file extension with `/.png/` accepts "apng.txt"; `/\\.png$/i` requires a literal dot at the end, in any case.',
      pseudoCode: 'write the pattern for the whole input: ^ … $ (or fullmatch)\nescape every literal metacharacter, and escape user input inserted into patterns\nchoose flags deliberately (avoid g for test-only checks)\ntest with matching and non-matching examples, including long near-misses',
    },
  },
  {
    conceptId: 'injection-safe-queries',
    fundamentals: {
      title: 'Injection-safe queries: parameters, never string building',
      conceptId: 'injection-safe-queries',
      level: 'fundamentals',
      explanation: `SQL injection happens when untrusted text becomes part of a query's **code** rather than its **data**. Concatenation or interpolation does exactly that:

\`\`\`ts
// vulnerable: name = "x' OR '1'='1" returns every row
db.query(\`SELECT * FROM users WHERE name = '\${name}'\`);

// safe: the driver sends the value separately from the SQL text
db.query('SELECT * FROM users WHERE name = $1', [name]);
\`\`\`

With **parameterised queries** (prepared statements), the database parses the SQL first and binds values afterwards, so no value can change the query's structure, whatever characters it contains. Every mainstream driver supports them: \`$1\` in node-postgres, \`?\` in mysql2 and SQLite, \`%s\` or named \`%(name)s\` in Python DB-API drivers (passed as the *second argument*, not with \`%\`), \`PreparedStatement\` with \`?\` in JDBC, \`@name\` parameters in ADO.NET, \`$1\`/\`?\` in Go's \`database/sql\`.

Hand-escaping quotes is not a substitute: encodings, backslashes and numeric contexts defeat it. ORMs and query builders parameterise for you, until you use their raw-SQL escape hatches with interpolation (\`\` sequelize.query(\`…\${x}\`) \`\`, \`.raw()\`, \`FromSqlRaw\` with concatenation).

The same rule applies beyond SQL: shell commands (pass an argument array, not a command string), LDAP filters, NoSQL queries built from JSON input (\`{ "$ne": null }\`), and HTML (escape on output).`,
      workedExample: {
        language: 'python',
        before: `def find_orders(conn, customer_email: str):
    cur = conn.cursor()
    cur.execute(f"SELECT id, total FROM orders WHERE email = '{customer_email}'")
    return cur.fetchall()`,
        after: `def find_orders(conn, customer_email: str):
    cur = conn.cursor()
    cur.execute("SELECT id, total FROM orders WHERE email = %s", (customer_email,))
    return cur.fetchall()`,
        note: 'The value is passed as a parameter in a separate argument, so the driver binds it as data; an email containing quotes can no longer alter the query.',
      },
      pitfalls: [
        'Python DB-API placeholders must be passed as `execute(sql, params)`; `execute(sql % params)` is string formatting and is still injectable.',
        'Escaping quotes by hand misses encodings, backslashes and numeric contexts.',
        'ORM raw-query methods with interpolated strings are as vulnerable as raw SQL.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Which line is vulnerable to SQL injection?',
          code: `def delete_session(cur, token: str, user_id: int) -> None:
    cur.execute("DELETE FROM sessions WHERE user_id = %s", (user_id,))
    cur.execute("DELETE FROM tokens WHERE value = '%s'" % token)
    cur.execute("UPDATE users SET logged_in = false WHERE id = %s", (user_id,))`,
          bugLine: 3,
          answer: 'Pass the token as a parameter: `cur.execute("DELETE FROM tokens WHERE value = %s", (token,))`.',
          explanation: 'Line 3 uses Python\'s `%` operator, which formats the string before the driver sees it; the driver placeholders on lines 2 and 4 are real parameters.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Why does a parameterised query resist injection?',
          code: '',
          choices: [
            'The driver escapes quotes more carefully than developers do.',
            'The query text is parsed before values are bound, so values are never parsed as SQL.',
            'Parameters are encrypted.',
            'Databases reject values containing quotes.',
          ],
          answerIndex: 1,
          explanation: 'Code and data travel separately: the statement structure is fixed when it is parsed, and parameters are only ever treated as values.',
        },
      ],
    },
    advanced: {
      title: 'Injection: identifiers, dynamic queries and other interpreters',
      conceptId: 'injection-safe-queries',
      level: 'advanced',
      explanation: `Parameters cover values. The hard cases are the parts of a query that **cannot** be parameters, and interpreters other than SQL.

**Identifiers and keywords.** Column names, table names, \`ORDER BY\` direction and \`LIMIT\` in some drivers cannot be bound. Map user input onto an allow-list, never quote it yourself:

\`\`\`ts
const sortable = { name: 'name', created: 'created_at' } as const;
const column = sortable[req.query.sort as keyof typeof sortable] ?? 'created_at';
const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';
await db.query(\`SELECT * FROM users ORDER BY \${column} \${direction} LIMIT $1\`, [pageSize]);
\`\`\`

Only constants from the allow-list reach the SQL text. When an identifier truly must be dynamic, use the driver's identifier quoting (\`pg-format %I\`, \`psycopg.sql.Identifier\`).

**Variable-length lists.** \`IN (…)\` with a list: generate one placeholder per element (\`$1, $2, $3\`) or use array parameters (\`= ANY($1)\` in PostgreSQL), never \`join(',')\` the values.

**LIKE patterns.** A bound parameter is safe from injection, but \`%\` and \`_\` in the value still act as wildcards; escape them for "contains" searches.

**Other interpreters.** Shell: \`execFile('git', ['log', branch])\` or \`subprocess.run([...])\` without \`shell=True\`; also guard against option injection (a value starting with \`-\`; use \`--\`). NoSQL: validate that inputs are strings, so \`{"$gt": ""}\` objects cannot become operators. Second-order injection: data already in your database is still untrusted when it flows into a new query.`,
      workedExample: {
        language: 'typescript',
        before: `async function usersByIds(ids: string[]) {
  return db.query(\`SELECT * FROM users WHERE id IN ('\${ids.join("','")}')\`);
}`,
        after: `async function usersByIds(ids: string[]) {
  if (ids.length === 0) return { rows: [] };
  return db.query('SELECT * FROM users WHERE id = ANY($1::text[])', [ids]);
}`,
        note: 'The whole list is bound as one array parameter, so no element can break out of the quotes; the empty-list case is handled explicitly instead of producing invalid SQL.',
      },
      pitfalls: [
        'Identifiers and sort directions cannot be bound; map them through an allow-list.',
        'Joining a list of values into `IN (…)` reintroduces injection; bind an array or one placeholder per element.',
        'Shell commands built as strings (or `shell=True`) are injectable even when each piece looks harmless.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Which line lets a request inject SQL?',
          code: `app.get('/users', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 20, 100);
  const sort = String(req.query.sort ?? 'created_at');
  const sql = \`SELECT id, name FROM users ORDER BY \${sort} LIMIT $1\`;
  res.json((await db.query(sql, [limit])).rows);
});`,
          bugLine: 4,
          answer: 'Map `sort` through an allow-list (`{ name: "name", created: "created_at" }`) and interpolate only the mapped constant.',
          explanation: 'The limit is bound as a parameter, but the raw `sort` text becomes SQL on line 4, so `sort=(SELECT …)` or a `;` payload runs attacker-controlled SQL.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Node.js call runs `git log` on a user-supplied branch without shell injection?',
          code: '',
          choices: [
            "exec(`git log ${branch}`)",
            "execFile('git', ['log', '--', branch])",
            "exec('git log ' + JSON.stringify(branch))",
            "spawn(`git log ${branch}`, { shell: true })",
          ],
          answerIndex: 1,
          explanation: '`execFile` with an argument array starts git directly, with no shell to interpret metacharacters; `--` stops a branch value starting with `-` from being read as an option. (Note that `--` makes git treat the value as a path; use `--end-of-options` when it must stay a revision.)',
        },
      ],
    },
    hints: {
      nudge: 'Is any value from outside (a request, a file, the database) being pasted into the text of a query or command?',
      concept: 'Injection happens when data becomes code. Parameterised queries send values separately from the SQL text so they can never change its structure; parts that cannot be parameters must come from an allow-list.',
      analogousExample: 'A search endpoint building `WHERE title LIKE \'%${q}%\'` is injectable; `WHERE title LIKE $1` with the parameter `%${escapeLike(q)}%` is not.',
      pseudoCode: 'write the query text with placeholders only\npass every value as a bound parameter\nfor identifiers or keywords chosen by input: map input to constants from an allow-list\nfor commands: pass an argument array, never a shell string',
    },
  },
];
