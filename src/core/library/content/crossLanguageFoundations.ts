import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for syntax, inference, assignability and function-call basics; the library registry serves it offline. */
export const crossLanguageFoundationsEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'syntax-basics',
    fundamentals: {
      title: 'Syntax errors: read the parser\'s expectation, then look upstream',
      conceptId: 'syntax-basics',
      level: 'fundamentals',
      explanation: `A parser reads tokens left to right and stops at the first one that cannot continue the grammar. It reports **where it gave up**, which is often after the real mistake. "';' expected", "Unexpected token", "invalid syntax", "expected expression, found …" all mean: *at this point I expected something else*.

\`\`\`ts
const config = {
  port: 8080,
  host: 'localhost'   // missing comma
  debug: true,        // error reported here: ',' expected
};
\`\`\`

A reliable routine:

1. Read the message as an expectation ("expected ','"), not as a diagnosis of the reported line.
2. Look at the **line above** and the end of the previous statement: missing commas, unclosed strings, a missing \`)\` or \`}\`.
3. For "unexpected end of file" or an error at the last line, count brackets: an unclosed \`{\` or \`(\` far above is the cause. Editor bracket-pair colouring and folding find it quickly.
4. Fix the **first** error and re-run: one missing brace can produce dozens of follow-on errors.

Language specifics: Python's indentation is syntax (mixing tabs and spaces, or a missing colon after \`if\`, raises \`IndentationError\`/\`SyntaxError\`); Go inserts semicolons at line ends, so an opening brace must stay on the same line as \`if\` or \`func\`; JSON allows no trailing commas or comments.`,
      workedExample: {
        language: 'python',
        before: `def summarize(orders):
    totals = {
        "count": len(orders),
        "sum": sum(o.total for o in orders)
    print(totals)  # SyntaxError: '{' was never closed
    return totals`,
        after: `def summarize(orders):
    totals = {
        "count": len(orders),
        "sum": sum(o.total for o in orders),
    }
    print(totals)
    return totals`,
        note: 'The dictionary literal was never closed, so the parser only noticed on the following statement; adding the closing brace (and a trailing comma) fixes it.',
      },
      pitfalls: [
        'Fixing the line the parser reports, when the real mistake is a missing comma or bracket above it.',
        'Chasing every error in a long list; most are consequences of the first one.',
        'Placing an opening brace on the next line in Go, where automatic semicolon insertion breaks the statement.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'TypeScript reports "\',\' expected" on line 4. Which line holds the mistake?',
          code: `const retry = {
  attempts: 3,
  backoffMs: 250
  jitter: true,
};`,
          bugLine: 3,
          answer: 'Add the missing comma after `backoffMs: 250`.',
          explanation: 'The parser only discovers the missing separator when it reaches the next property on line 4; the mistake is the end of line 3.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'The compiler reports "\'}\' expected" at the last line of a 300-line file. What is the most likely cause?',
          code: '',
          choices: [
            'The last line has a typo.',
            'A block opened somewhere above was never closed.',
            'The file is too long.',
            'A semicolon is missing on the last line.',
          ],
          answerIndex: 1,
          explanation: 'The parser reaches the end of the file still inside an open block; the unclosed `{` can be anywhere above. Fold blocks or use bracket matching to find it.',
        },
      ],
    },
    advanced: {
      title: 'Syntax: grammar corners that parse, but not as intended',
      conceptId: 'syntax-basics',
      level: 'advanced',
      explanation: `The dangerous syntax issues are the ones that **do** parse.

**Automatic semicolon insertion (JavaScript).** A line starting with \`(\`, \`[\` or a template literal continues the previous line: \`const a = b\\n(c || d).run()\` calls \`b(...)\`. And \`return\` followed by a newline returns \`undefined\`; the object literal on the next line is never returned. Use a formatter, or semicolons consistently.

**Object literal vs block.** \`() => { id: 1 }\` is a function with a labelled statement, returning \`undefined\`; wrap the literal: \`() => ({ id: 1 })\`.

**Python's trailing comma.** \`x = 1,\` makes a tuple. \`if x == 1 or 2:\` is always true (\`(x == 1) or 2\`). A missing comma in a list of strings concatenates them: \`["a" "b"]\` is \`["ab"]\`.

**Dangling else and braces.** In C-family languages without braces, an \`else\` binds to the nearest \`if\`, and a second indented statement is not part of the \`if\` (the Apple "goto fail" bug). Always use braces; Go and Rust require them.

\`\`\`ts
function make() {
  return        // ASI inserts a semicolon here
  { ok: true };
}
make(); // undefined
\`\`\`

Formatters (Prettier, Black, gofmt, rustfmt) make these visible: if the formatted code's indentation surprises you, the grammar disagrees with what you meant.`,
      workedExample: {
        language: 'typescript',
        before: `const toEntries = (ids: string[]) => ids.map((id) => { id, seen: false });
// error: the braces are a block, 'seen: false' is a labelled expression`,
        after: `const toEntries = (ids: string[]) => ids.map((id) => ({ id, seen: false }));`,
        note: 'An arrow body starting with `{` is a block; parentheses make it an object literal expression that the arrow returns.',
      },
      pitfalls: [
        'A line beginning with `(` or `[` in JavaScript without semicolons continues the previous statement.',
        '`return` followed by a line break returns undefined.',
        'Adjacent string literals in Python (a missing comma in a list) are concatenated silently.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function settings() {
  return
    42;
}
const pick = () => ({ mode: 'dark' });
console.log(settings(), pick().mode);`,
          answer: 'undefined dark',
          explanation: 'A line break after `return` ends the statement, so `settings` returns undefined. The parenthesised object literal in `pick` is returned as intended.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `names = ["ada" "grace", "linus"]
x = 5
print(len(names), bool(x == 1 or 2))`,
          answer: '2 True',
          explanation: 'The missing comma concatenates "ada" and "grace" into one string. `x == 1 or 2` groups as `(x == 1) or 2`, which is 2, which is truthy.',
        },
      ],
    },
    hints: {
      nudge: 'The parser reports where it gave up. What does the message say it expected, and is the real problem at the end of the line above?',
      concept: 'Syntax errors mean the parser met a token that cannot continue the grammar. The mistake is usually just before the reported position: a missing separator, an unclosed bracket or string, or a keyword in the wrong place.',
      analogousExample: 'A JSON file failing with "Unexpected token } in JSON at position 120" usually has a trailing comma just before that brace, which JSON does not allow.',
      pseudoCode: 'read the first error only\ninterpret it as "expected X here"\ninspect the end of the previous line and the nearest unclosed bracket or string\nfix, then re-run to see which errors remain',
    },
  },
  {
    conceptId: 'type-inference',
    fundamentals: {
      title: 'Type inference: where the checker gets its types',
      conceptId: 'type-inference',
      level: 'fundamentals',
      explanation: `Type inference fills in types you did not write, from **initializers**, **return statements** and **context** (the expected type at a call or assignment).

\`\`\`ts
const retries = 3;                 // number (a const literal is 3)
let mode = 'dark';                 // string: let widens the literal
const ids = [1, 2, 3];             // number[]
const user = { name: 'Ada' };      // { name: string }
[1, 2].map((n) => n * 2);          // n: number, from the array's context
\`\`\`

Inference is only as good as its input. Three inputs make it go wrong:

- **Empty initializers**: \`const items = []\` or Python \`items = []\` has nothing to infer an element type from.
- **\`null\`/\`undefined\` initializers**: \`let current = null\` may be inferred as \`null\` (or \`any\` in loose settings), so later assignments fail.
- **Untyped sources**: \`JSON.parse\`, \`any\`-typed libraries or unannotated Python functions produce \`any\`/\`Unknown\`, and everything derived from them is unchecked.

The error then appears where the value is **used**, far from where its type was **decided**. When an error message names a surprising type, hover over the variable's declaration: that is where inference chose it, and an annotation there fixes every later use. Java's \`var\`, C#'s \`var\`, Go's \`:=\`, Rust's \`let\` and Kotlin follow the same principle, with Rust additionally inferring from later uses within a function.`,
      workedExample: {
        language: 'typescript',
        before: `let selected = null;
// ... later
selected = users.find((u) => u.active); // error: Type 'User | undefined' is not assignable to type 'null'`,
        after: `let selected: User | undefined;
// ... later
selected = users.find((u) => u.active);`,
        note: 'The initializer `null` decided the type; declaring the intended type at the variable fixes the later assignment and every use in between.',
      },
      pitfalls: [
        'A variable initialised with `null` or an empty array gets a type too narrow (or too wide) for its later values.',
        'Values derived from `any` are `any` too, so one untyped source silently disables checking downstream.',
        'The error appears at the use; the fix usually belongs at the declaration.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is the inferred type of `mode`?',
          code: `let mode = 'dark';`,
          choices: ["'dark'", 'string', 'any', 'unknown'],
          answerIndex: 1,
          explanation: 'A `let` can be reassigned, so TypeScript widens the literal to `string`. `const mode = "dark"` would keep the literal type.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'pyright reports `"append" is not a known attribute of "None"` on line 4. Which line decides the problematic type?',
          code: `class Batch:
    def __init__(self) -> None:
        self.items = None
    def add(self, item: str) -> None:
        self.items.append(item)`,
          bugLine: 3,
          answer: 'Declare and initialise the real type: `self.items: list[str] = []`.',
          explanation: 'The attribute\'s type is inferred from its only assignment, `None`. The error shows at the use, but the declaration on line 3 is where the type should be stated.',
        },
      ],
    },
    advanced: {
      title: 'Type inference: contextual typing, widening and best common type',
      conceptId: 'type-inference',
      level: 'advanced',
      explanation: `Inference uses several rules whose interactions explain most "why is this type so wide" questions.

**Contextual typing.** A function expression takes its parameter types from the expected type: \`const h: Handler = (req) => …\` types \`req\`. Extract the same arrow into a standalone \`const\` and the context is gone, so \`req\` is implicitly \`any\`.

**Widening.** Literals widen when stored in mutable places: \`let\`, object properties, array elements. \`{ method: 'GET' }\` has \`method: string\`, which then fails against \`'GET' | 'POST'\`. Keep literals with \`as const\`, \`satisfies\`, or an annotation on the object.

**Best common type.** \`[1, 'a']\` is \`(string | number)[]\`, not a tuple; \`[new Dog(), new Cat()]\` is \`(Dog | Cat)[]\`, not \`Animal[]\`. Annotate when you mean a tuple or a base type.

**Return inference.** An unannotated function's return type is the union of its returns; one forgotten branch returning \`undefined\` changes it silently for all callers. Recursive functions cannot infer their own return type.

**Generic inference** picks type arguments from arguments; conflicting candidates may produce a union or an error ("Type 'string' is not assignable to type 'number'" on the second argument). \`NoInfer\` or explicit type arguments decide which argument wins.

\`\`\`ts
declare function request(options: { method: 'GET' | 'POST' }): void;
const opts = { method: 'GET' };
request(opts);                         // error: string is not 'GET' | 'POST'
request({ method: 'GET' });            // ok: contextually typed literal
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `type Handler = (req: Request, res: Response) => void;

const onHealth = (req, res) => res.end('ok'); // implicit any
router.get('/health', onHealth);`,
        after: `type Handler = (req: Request, res: Response) => void;

const onHealth: Handler = (req, res) => res.end('ok');
router.get('/health', onHealth);`,
        note: 'Declared on its own, the arrow has no context to infer from; annotating the variable with the handler type restores contextual typing for both parameters.',
      },
      pitfalls: [
        'Moving an inline callback into a variable removes its contextual type.',
        'Object and array literals widen their literal members unless kept with `as const` or `satisfies`.',
        'Mixed arrays infer unions, not tuples or common base classes.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is the inferred type of `pair`?',
          code: `const pair = [1, 'one'];`,
          choices: ['[number, string]', '(string | number)[]', 'any[]', 'readonly [1, "one"]'],
          answerIndex: 1,
          explanation: 'Array literals infer an array of the best common type. Write `[1, "one"] as const` or annotate `[number, string]` for a tuple.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print? (It type-checks.)',
          code: `function firstWord(text: string) {
  if (text.length === 0) return undefined;
  return text.split(' ')[0];
}
const w = firstWord('');
console.log(typeof w, w ?? 'none');`,
          answer: 'undefined none',
          explanation: 'The inferred return type is `string | undefined` because one branch returns undefined; for an empty input that branch runs.',
        },
      ],
    },
    hints: {
      nudge: 'Hover over the variable where it is declared: is the type the checker inferred there the one you meant?',
      concept: 'Type inference derives types from initializers, returns and the expected type at the use site. An empty, null or untyped initializer can infer the wrong type, and the error then shows up later, where the value is used.',
      analogousExample: '`const totals = {}` is inferred as `{}`, so `totals[key] = 1` fails; `const totals: Record<string, number> = {}` states the intended type once.',
      pseudoCode: 'find the declaration where the type was decided\ncompare the inferred type with the intended one\nif they differ: annotate the declaration (or keep literals with as const / satisfies)\nre-check the original error, which should now be gone',
    },
  },
  {
    conceptId: 'type-compatibility',
    fundamentals: {
      title: 'Assignability: reading "is not assignable to" errors',
      conceptId: 'type-compatibility',
      level: 'fundamentals',
      explanation: `"Type X is not assignable to type Y" asks one question: **is every possible X value acceptable where a Y is expected?** If some X value would break code that expects a Y, the assignment is rejected.

- \`string | undefined\` is not assignable to \`string\`: the undefined case is not acceptable.
- \`{ id: string }\` is not assignable to \`{ id: string; name: string }\`: \`name\` is missing.
- \`{ id: number }\` is not assignable to \`{ id: string }\`: a member has the wrong type.

Long messages list a **path** to the first member that differs. Read them from the bottom up: the last lines name the actual mismatch.

\`\`\`text
Type '{ user: { id: number } }' is not assignable to type 'Payload'.
  Types of property 'user' are incompatible.
    Types of property 'id' are incompatible.
      Type 'number' is not assignable to type 'string'.   <- start here
\`\`\`

Then decide which side is wrong: is the value built incorrectly (convert \`id\` with \`String(id)\`), or does the target type ask for more than the code needs (widen the parameter type)? Do not cast: a cast makes the two sides agree on paper while the runtime value still has the old shape.

The direction matters: a \`Dog\` is assignable to \`Animal\`, but not the other way round. Java, C# and Python checkers report the same idea as "incompatible types", "cannot convert" and "is not assignable to declared type".`,
      workedExample: {
        language: 'typescript',
        before: `interface CreateOrder { customerId: string; items: { sku: string; qty: number }[] }

const form = { customerId: 42, items: [{ sku: 'A1', qty: '2' }] };
submit(form as CreateOrder); // compiles, server rejects it`,
        after: `interface CreateOrder { customerId: string; items: { sku: string; qty: number }[] }

const form = { customerId: 42, items: [{ sku: 'A1', qty: '2' }] };
const order: CreateOrder = {
  customerId: String(form.customerId),
  items: form.items.map((i) => ({ sku: i.sku, qty: Number(i.qty) })),
};
submit(order);`,
        note: 'Without the cast, the compiler listed both mismatched members (customerId and qty); converting them builds a value that really has the expected shape.',
      },
      pitfalls: [
        'Reading only the first line of a long assignability error, which names the outer types but not the member that differs.',
        'Casting to silence the error; the runtime value keeps the incompatible shape.',
        'Assuming compatibility is symmetric: a subtype fits where its supertype is expected, not the reverse.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which assignment compiles under `strict`?',
          code: `type Named = { name: string };
type Person = { name: string; age: number };
declare const p: Person;
declare const n: Named;
declare const maybe: string | undefined;`,
          choices: [
            'const a: Person = n;',
            'const b: Named = p;',
            'const c: string = maybe;',
            'const d: { name: number } = p;',
          ],
          answerIndex: 1,
          explanation: 'A Person has everything a Named needs, so it fits. A Named lacks `age`, `maybe` may be undefined, and `name` is a string, not a number.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The error ends with "Type \'string\' is not assignable to type \'number\'". Which line builds the wrong member?',
          code: `type Point = { x: number; y: number };
const raw = { x: '3', y: '4' };
const p: Point = {
  x: raw.x,
  y: Number(raw.y),
};`,
          bugLine: 4,
          answer: 'Convert it like `y`: `x: Number(raw.x)`.',
          explanation: 'The path in the error leads to property `x`, which still holds the string from the raw input.',
        },
      ],
    },
    advanced: {
      title: 'Assignability: optionality, readonly, function types and unions',
      conceptId: 'type-compatibility',
      level: 'advanced',
      explanation: `Some assignability rules surprise experienced engineers because they trade soundness for convenience, or the other way round.

**Readonly is one-way.** A \`string[]\` is assignable to \`readonly string[]\`, never the reverse. But \`readonly\` on object properties is not checked for assignability: \`{ readonly id: string }\` can be assigned to \`{ id: string }\` and then mutated.

**Optional members.** \`{ a?: string }\` accepts \`{}\`. With \`exactOptionalPropertyTypes\`, \`{ a: undefined }\` is rejected, distinguishing absent from present-but-undefined.

**Unions and intersections.** A source union must have *every* member assignable to the target; a target union needs the source to fit *one* member. An intersection of incompatible object types (\`{ id: string } & { id: number }\`) produces \`never\` for that property.

**Functions.** Parameters are compared contravariantly under \`strictFunctionTypes\` (except method shorthand); return types covariantly; fewer parameters are fine.

**Literals and enums.** \`'GET'\` fits \`string\`; \`string\` does not fit \`'GET'\`. Numeric enums accept any number in older TypeScript versions, string enums only their own members.

**Generic types** compare structurally through their use of the type parameter, which is why \`Box<string>\` may or may not fit \`Box<string | number>\` depending on whether \`Box\` only reads, only writes, or both. TypeScript lets you state variance with \`in\`/\`out\` annotations (4.7+).

\`\`\`ts
const frozen: readonly number[] = [1, 2];
const loose: number[] = frozen; // error: readonly array is not assignable to mutable array
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `type Result = { ok: true; value: number } | { ok: false; error: string };

function parse(text: string): Result {
  const n = Number(text);
  return { ok: Number.isFinite(n), value: n, error: 'not a number' }; // error: boolean is not true/false
}`,
        after: `type Result = { ok: true; value: number } | { ok: false; error: string };

function parse(text: string): Result {
  const n = Number(text);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: \`not a number: "\${text}"\` };
}`,
        note: 'A single object with `ok: boolean` fits neither union member; building each member explicitly gives values the discriminated union accepts.',
      },
      pitfalls: [
        'Object `readonly` modifiers are not enforced through assignment to a mutable type.',
        'An object with a `boolean` discriminant does not fit a union discriminated by `true`/`false` literals.',
        'Intersecting object types with conflicting property types silently yields `never` members.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `type Config = { readonly port: number };
const config: Config = { port: 80 };
const editable: { port: number } = config;
editable.port = 8080;
console.log(config.port);`,
          answer: '8080',
          explanation: 'Property `readonly` is not part of assignability, so the same object is reachable through a mutable type and changes underneath the readonly view.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which assignment is an error?',
          code: `declare const a: string[];
declare const b: readonly string[];`,
          choices: ['const x: readonly string[] = a;', 'const y: string[] = b;', 'const z: Iterable<string> = b;', 'const w: ReadonlyArray<string> = b;'],
          answerIndex: 1,
          explanation: 'A readonly array lacks `push`, `splice` and the other mutators, so it cannot be used where a mutable array is expected.',
        },
      ],
    },
    hints: {
      nudge: 'Read the assignability error from its last line: which member is the first one that differs?',
      concept: 'Assignability asks whether every value of the source type is acceptable where the target type is expected. The error path names the first member that breaks that; fix the value or the target type, not the check.',
      analogousExample: 'Passing `{ name: "x", tags: "a,b" }` where `{ name: string; tags: string[] }` is expected fails at `tags`; splitting the string builds the array the type asks for.',
      pseudoCode: 'read the error bottom-up to the innermost mismatch\ndecide which side is wrong: the value or the declared target\nconvert or build the value with the right shape, or widen the target\navoid casts that only hide the mismatch',
    },
  },
  {
    conceptId: 'optional-default-parameters',
    fundamentals: {
      title: 'Optional, default and rest parameters',
      conceptId: 'optional-default-parameters',
      level: 'fundamentals',
      explanation: `One function can serve several call shapes:

- **Optional** parameters may be omitted; the body sees \`undefined\` (TypeScript \`x?: T\`) and must handle it.
- **Default** parameters substitute a value when the argument is omitted: \`function page(size = 20)\`, \`def page(size=20)\`, C# \`int size = 20\`, Kotlin likewise. Java has no defaults (use overloads or builders); Go has none (use an options struct or variadic functional options).
- **Rest/variadic** parameters collect the remaining arguments into an array: \`...ids: string[]\`, \`*ids\` in Python, \`params string[] ids\` in C#, \`ids ...string\` in Go, \`String... ids\` in Java.

\`\`\`ts
function log(message: string, level: 'info' | 'warn' = 'info', ...tags: string[]) {
  console.log(\`[\${level}] \${message}\`, tags);
}
log('started');                     // level 'info', tags []
log('disk low', 'warn', 'ops');     // tags ['ops']
\`\`\`

Rules shared by most languages: required parameters come before optional ones; a rest parameter comes last. In JavaScript a default applies only to \`undefined\`, not \`null\`: \`page(null)\` passes \`null\` through.

Python evaluates a default **once**, when the function is defined. A mutable default (\`def add(x, items=[])\`) is shared by every call; use \`None\` and create the list inside. JavaScript, by contrast, evaluates defaults on each call.`,
      workedExample: {
        language: 'python',
        before: `def add_tag(tag: str, tags: list[str] = []) -> list[str]:
    tags.append(tag)
    return tags

add_tag("a")  # ['a']
add_tag("b")  # ['a', 'b']: the default list is shared`,
        after: `def add_tag(tag: str, tags: list[str] | None = None) -> list[str]:
    result = [] if tags is None else list(tags)
    result.append(tag)
    return result

add_tag("a")  # ['a']
add_tag("b")  # ['b']`,
        note: 'The default list was created once at definition time; `None` as the default and a new list per call give each call its own list.',
      },
      pitfalls: [
        'Python mutable defaults are shared across calls.',
        'JavaScript defaults do not replace `null`, only `undefined`.',
        'Optional parameters before required ones force callers to pass `undefined` explicitly.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function greet(name = 'guest', punctuation = '!') {
  return name + punctuation;
}
console.log(greet(), greet(undefined, '?'), greet(null as unknown as string));`,
          answer: 'guest! guest? null!',
          explanation: 'Defaults apply when the argument is undefined (omitted or passed explicitly). `null` is a real value, so it is used and converted to the string "null".',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `def collect(x, acc=[]):
    acc.append(x)
    return len(acc)

print(collect(1), collect(2), collect(3, []))`,
          answer: '1 2 1',
          explanation: 'The default list is created once and shared: the second call sees the first call\'s element. Passing a fresh list avoids the shared default.',
        },
      ],
    },
    advanced: {
      title: 'Optional parameters: options objects, sentinels and API evolution',
      conceptId: 'optional-default-parameters',
      level: 'advanced',
      explanation: `Optional parameters shape how an API can evolve.

**Positional optionals do not scale.** \`fetchUsers(true, false, 50)\` is unreadable and brittle; adding a fourth option breaks or confuses callers. Move to an options object (TypeScript), keyword-only arguments (Python, after \`*\`), named arguments (C#, Kotlin) or functional options (Go: \`NewServer(addr, WithTimeout(5*time.Second))\`).

\`\`\`ts
interface ListOptions { includeArchived?: boolean; pageSize?: number; signal?: AbortSignal }
function listUsers({ includeArchived = false, pageSize = 50, signal }: ListOptions = {}) { … }
\`\`\`

**Absent vs explicitly empty.** Sometimes "not provided" must differ from \`null\`/\`None\` (for PATCH semantics: "leave unchanged" vs "clear the field"). Use a sentinel (\`_MISSING = object()\` in Python), \`'field' in patch\` checks, or \`exactOptionalPropertyTypes\` in TypeScript.

**Defaults with side effects or cost.** JavaScript evaluates default expressions per call and left to right, so \`(a, b = a * 2)\` works and \`(id = crypto.randomUUID())\` is fresh each time. Python evaluates once at definition, so \`def f(now=datetime.now())\` freezes the time of import.

**Binary compatibility.** C# compiles default values into the **caller**: changing a default in a library does not affect already-compiled callers until they recompile. Java and Kotlin (\`@JvmOverloads\`) generate overloads instead.

**Variadic pitfalls.** Spreading a huge array into a rest parameter (\`Math.max(...bigArray)\`) can exceed the engine's argument limit; Python's \`*args\` with a generator materialises it.`,
      workedExample: {
        language: 'python',
        before: `from datetime import datetime

def log_event(name: str, at: datetime = datetime.now()) -> str:
    return f"{at:%H:%M:%S} {name}"

# every call reports the time the module was imported`,
        after: `from datetime import datetime, timezone

def log_event(name: str, at: datetime | None = None) -> str:
    moment = at if at is not None else datetime.now(timezone.utc)
    return f"{moment:%H:%M:%S} {name}"`,
        note: 'The default expression ran once at import; computing the time inside the function gives each call the current time.',
      },
      pitfalls: [
        'Python default expressions run once, at definition time, including calls such as `datetime.now()`.',
        'C# default parameter values are baked into compiled callers.',
        'Spreading very large arrays into rest parameters can throw "Maximum call stack size exceeded" or "too many arguments".',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'A PATCH handler must distinguish "field omitted" from "field set to null". Which Python approach works?',
          code: '',
          choices: [
            'def patch(name=None): …',
            'A module-level sentinel: `_MISSING = object()` and `def patch(name=_MISSING)`, checking `name is _MISSING`.',
            'def patch(name=""): …',
            'def patch(*name): …',
          ],
          answerIndex: 1,
          explanation: 'With None as the default, "omitted" and "set to None" look identical. A unique sentinel object cannot be passed by accident.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Every request after the first reuses the same id. Which line is wrong?',
          code: `import uuid

def make_request(path: str, request_id: str = str(uuid.uuid4())) -> dict:
    return {"path": path, "id": request_id}`,
          bugLine: 3,
          answer: 'Default to `None` and generate the id inside: `request_id = request_id or str(uuid.uuid4())`.',
          explanation: 'The default expression runs once when the function is defined, so every call without an explicit id shares that one UUID.',
        },
      ],
    },
    hints: {
      nudge: 'Which arguments does this call omit, and what exactly does the function receive for them: a default, undefined/None, or a value shared with earlier calls?',
      concept: 'Optional parameters may be omitted, default parameters fill in a value when omitted, and rest parameters gather extra arguments. Order matters, and when defaults are evaluated (each call or once) differs by language.',
      analogousExample: 'A Python `def connect(host, retries=[])` that appends to `retries` accumulates state across calls; `retries=None` plus a new list inside keeps calls independent.',
      pseudoCode: 'put required parameters first, then optional ones, then a rest parameter\nfor mutable or time-dependent defaults: default to a sentinel and compute inside\nfor more than two optional settings: take an options object or keyword-only arguments\nhandle the omitted case explicitly in the body',
    },
  },
  {
    conceptId: 'function-overloads',
    fundamentals: {
      title: 'Overloads: one name, several signatures',
      conceptId: 'function-overloads',
      level: 'fundamentals',
      explanation: `Overloading gives one function name several signatures; the compiler picks one **at compile time** from the static types of the arguments.

In Java and C# each overload is a separate method body:

\`\`\`java
void log(String message) { … }
void log(String message, Throwable cause) { … }
void log(String format, Object... args) { … }
\`\`\`

TypeScript has one implementation with several **declared** signatures above it; callers see only the declared ones:

\`\`\`ts
function toArray(value: string): string[];
function toArray(value: string[]): string[];
function toArray(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}
\`\`\`

Python has no compile-time overloading: \`typing.overload\` declares signatures for the type checker, and \`functools.singledispatch\` dispatches on the first argument's runtime type. Go and Rust have no overloading at all; they use different names, generics or traits.

When no overload matches, compilers often report only the **last** candidate they tried ("No overload matches this call… Overload 2 of 2 gave the following error"), which can mislead. Read every candidate listed, and check the argument types first.

Use overloads when the return type depends on the argument types. If all overloads do the same thing, a union parameter is simpler; if they do different things, different names are clearer.`,
      workedExample: {
        language: 'typescript',
        before: `function parseDate(input: string | number): Date | null {
  const d = new Date(input);
  return Number.isNaN(d.getTime()) ? null : d;
}

const d = parseDate(Date.now()); // Date | null, although a timestamp always parses`,
        after: `function parseDate(input: number): Date;
function parseDate(input: string): Date | null;
function parseDate(input: string | number): Date | null {
  const d = new Date(input);
  return Number.isNaN(d.getTime()) ? null : d;
}

const d = parseDate(Date.now()); // Date`,
        note: 'Overloads let the return type follow the argument type: numeric timestamps always produce a Date, strings may fail to parse.',
      },
      pitfalls: [
        'The TypeScript implementation signature is not callable by users; only the overload signatures are.',
        'An error about "overload 2 of 2" may hide that overload 1 was the one you meant.',
        'Overloads that only differ in doing unrelated things deserve different names.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which TypeScript call fails to compile?',
          code: `function area(r: number): number;
function area(w: number, h: number): number;
function area(a: number, b?: number): number { return b === undefined ? Math.PI * a * a : a * b; }`,
          choices: ['area(2)', 'area(2, 3)', 'area(2, undefined)', 'None of them'],
          answerIndex: 2,
          explanation: 'Only the two overload signatures are visible. The second requires `h: number`, and `undefined` is not a number; the implementation\'s optional `b` is invisible to callers.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function describe(x: string): string;
function describe(x: number): string;
function describe(x: string | number): string {
  return typeof x === 'string' ? \`text(\${x.length})\` : \`num(\${x.toFixed(1)})\`;
}
console.log(describe('abc'), describe(2));`,
          answer: 'text(3) num(2.0)',
          explanation: 'At run time there is one function that branches on `typeof`; the overloads only shape what the compiler accepts.',
        },
      ],
    },
    advanced: {
      title: 'Overloads: resolution rules, ambiguity and alternatives',
      conceptId: 'function-overloads',
      level: 'advanced',
      explanation: `Overload resolution follows rules that differ per language, and the surprises come from those rules.

**Java** picks the most specific applicable method in three phases: without boxing or varargs, then with boxing, then with varargs. So \`list.remove(1)\` on a \`List<Integer>\` calls \`remove(int index)\`, not \`remove(Object)\`; write \`remove(Integer.valueOf(1))\` to remove the value. \`null\` arguments can make calls ambiguous.

**C#** prefers better conversions and non-generic over generic methods, and an overload with optional parameters loses to one that matches without them. Adding an overload to a public library can change which method existing callers bind to on recompilation.

**TypeScript** tries overloads top to bottom and stops at the first match, so put narrower signatures first; a broad one first shadows the rest. Overloads do not combine: a \`string | number\` argument matches neither \`(x: string)\` nor \`(x: number)\`, so add a union overload if callers have unions.

**Python** \`@overload\` is static only; at run time the last definition (the implementation) wins, and it must handle every declared shape.

**Alternatives.** Conditional types can express "return type depends on argument type" in one signature (\`T extends string ? Date | null : Date\`), generics cover "same shape, any type", and separate names (\`parseInt\` vs \`parseFloat\`) remove ambiguity for readers as well as compilers.`,
      workedExample: {
        language: 'java',
        before: `List<Integer> ids = new ArrayList<>(List.of(10, 1, 20));
ids.remove(1);            // removes the element at index 1 (the value 1), by luck
ids.remove(20);           // IndexOutOfBoundsException: there is no index 20`,
        after: `List<Integer> ids = new ArrayList<>(List.of(10, 1, 20));
ids.remove(Integer.valueOf(1));   // removes the value 1
ids.remove(Integer.valueOf(20));  // removes the value 20`,
        note: 'An `int` argument matches `remove(int index)` before boxing is considered; boxing explicitly selects `remove(Object)`, which removes by value.',
      },
      pitfalls: [
        'Java prefers the overload that needs no boxing, so `remove(int)` wins over `remove(Object)`.',
        'In TypeScript, a broad overload placed first makes the specific ones below it unreachable.',
        'A union-typed argument does not match a set of per-member overloads unless one overload accepts the union.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Java snippet print?',
          code: `List<Integer> xs = new ArrayList<>(List.of(5, 6, 7));
xs.remove(1);
System.out.println(xs);`,
          answer: '[5, 7]',
          explanation: '`remove(1)` binds to `remove(int index)`, removing the element at index 1 (the value 6), not the value 1.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Calls with a `string | number` argument fail: "No overload matches this call". Which line should change?',
          code: `function format(v: string): string;
function format(v: number): string;
function format(v: string | number): string { return String(v); }
declare const input: string | number;
format(input);`,
          bugLine: 2,
          answer: 'Add an overload accepting the union, e.g. `function format(v: string | number): string;`, or replace the overloads with that single signature.',
          explanation: 'Each overload is checked on its own; neither accepts the union. The overload list (ending on line 2) is missing a signature for union-typed callers.',
        },
      ],
    },
    hints: {
      nudge: 'List the overloads the compiler considered: which one did you intend, and which argument type keeps it from matching?',
      concept: 'Overloading gives one name several signatures, and the compiler chooses one from the static argument types. If none matches, the error may mention only the last candidate; in TypeScript only the declared overloads, not the implementation, are callable.',
      analogousExample: 'Java\'s `String.valueOf(char[])` and `String.valueOf(Object)`: passing `null` picks the `char[]` overload and throws, because it is the more specific match.',
      pseudoCode: 'list the candidate signatures\nfor the intended one: compare each argument\'s static type with its parameter\nconvert the argument or add a signature that accepts it (e.g. the union)\nprefer a union parameter or separate names when the overloads do not change the return type',
    },
  },
  {
    conceptId: 'higher-order-functions',
    fundamentals: {
      title: 'Higher-order functions: passing behaviour as a value',
      conceptId: 'higher-order-functions',
      level: 'fundamentals',
      explanation: `A higher-order function takes a function as an argument or returns one: \`map\`, \`filter\`, \`reduce\`, \`sort\` with a comparator, event listeners, middleware, retry wrappers. The caller decides **what** to do; the higher-order function decides **when** and **how often**.

The callback's signature is part of the contract, and most bugs are contract violations:

- **Forgetting to return.** \`items.map((x) => { x * 2 })\` returns \`[undefined, …]\`: braces make a block body that needs \`return\`.
- **Wrong return type.** \`sort\` expects a comparator returning a negative, zero or positive number. Returning a boolean (\`(a, b) => a > b\`) does not sort reliably.
- **Unexpected extra arguments.** \`map\` passes \`(value, index, array)\`, so \`map(parseInt)\` misbehaves.
- **Timing.** A callback runs when the higher-order function calls it: immediately for \`map\`, later for \`setTimeout\` or an event listener, possibly never.

\`\`\`ts
const prices = [30, 5, 12];
prices.sort();                       // [12, 30, 5]: default sort compares strings
prices.sort((a, b) => a - b);        // [5, 12, 30]
\`\`\`

The same tools exist elsewhere: Python's \`sorted(key=…)\`, \`map\`, \`filter\`; Java streams and \`Comparator.comparing\`; C# LINQ and delegates; Go \`slices.SortFunc\`; Rust iterator adapters and closures.`,
      workedExample: {
        language: 'typescript',
        before: `const users = [{ name: 'bo', age: 41 }, { name: 'ada', age: 36 }];
const names = users.map((u) => { u.name.toUpperCase(); });
users.sort((a, b) => a.age > b.age); // error: boolean is not number`,
        after: `const users = [{ name: 'bo', age: 41 }, { name: 'ada', age: 36 }];
const names = users.map((u) => u.name.toUpperCase());
const byAge = users.toSorted((a, b) => a.age - b.age);`,
        note: 'The expression-bodied arrow returns its value; the comparator returns a number as `sort` requires, and `toSorted` (Node 20+) leaves the original array in place.',
      },
      pitfalls: [
        'A braced arrow body without `return` makes `map` produce undefined values.',
        'Comparators must return a number (negative, zero, positive), not a boolean.',
        'The default `sort` compares elements as strings, so numbers sort lexicographically.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const xs = [10, 9, 1];
console.log([...xs].sort().join(','), [...xs].sort((a, b) => a - b).join(','));`,
          answer: '1,10,9 1,9,10',
          explanation: 'Without a comparator, elements are compared as strings ("10" < "9"). The numeric comparator sorts by value.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does `[1, 2, 3].map((n) => { n * 2 })` return?',
          code: '',
          choices: ['[2, 4, 6]', '[undefined, undefined, undefined]', '[1, 2, 3]', 'It throws'],
          answerIndex: 1,
          explanation: 'The braces form a block body; without `return`, each call returns undefined.',
        },
      ],
    },
    advanced: {
      title: 'Higher-order functions: composition, wrappers and this',
      conceptId: 'higher-order-functions',
      level: 'advanced',
      explanation: `Returning functions is where higher-order code earns its keep (retry, memoise, debounce, middleware), and where types and lifetimes get tricky.

**Wrappers must preserve the signature.** A \`withRetry(fn)\` typed with \`(...args: any[]) => any\` erases everything; capture \`Parameters<F>\` and \`ReturnType<F>\` (or generic \`A extends unknown[]\`, \`R\`) so callers keep checking. In Python, \`functools.wraps\` keeps the name and docstring, and \`ParamSpec\` keeps the signature for type checkers.

**Method references lose their receiver.** Passing \`obj.method\` as a callback detaches \`this\` in JavaScript: \`setTimeout(this.save, 100)\` calls \`save\` with \`this\` undefined. Pass \`() => this.save()\` or bind. Python bound methods and Java/C# method references carry their receiver.

**Async callbacks.** \`forEach\`, \`filter\` and \`sort\` do not await promises returned by callbacks: \`items.filter(async (x) => await allowed(x))\` keeps every item, because a promise is truthy. Resolve first (\`await Promise.all(items.map(allowed))\`), then filter synchronously.

**Composition.** Small pure functions composed (\`pipe(trim, toLowerCase, slugify)\`) are easy to test, but long point-free chains are hard to debug; name intermediate values when a stack trace must be readable.

\`\`\`ts
const visible = (await Promise.all(posts.map(async (p) => ((await canView(p)) ? p : null))))
  .filter((p): p is Post => p !== null);
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `async function visibleFiles(paths: string[]): Promise<string[]> {
  return paths.filter(async (p) => !(await isIgnored(p))); // keeps everything
}`,
        after: `async function visibleFiles(paths: string[]): Promise<string[]> {
  const ignored = await Promise.all(paths.map((p) => isIgnored(p)));
  return paths.filter((_, i) => !ignored[i]);
}`,
        note: '`filter` treats the returned promise as truthy; resolving all checks first and filtering on the booleans gives the intended result.',
      },
      pitfalls: [
        'Array methods do not await async callbacks; `filter(async …)` keeps every element.',
        'Passing `obj.method` as a callback loses `this` in JavaScript.',
        'Wrapper functions typed with `any` erase the wrapped function\'s signature.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const isEven = async (n: number) => n % 2 === 0;
const kept = [1, 2, 3].filter((n) => isEven(n));
console.log(kept.length);`,
          answer: '3',
          explanation: 'Each callback returns a Promise, which is truthy, so `filter` keeps all three elements without waiting for the result.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The timer throws "Cannot read properties of undefined (reading \'items\')". Which line is wrong?',
          code: `class Cart {
  items: string[] = [];
  save() { localStorage.setItem('cart', JSON.stringify(this.items)); }
  scheduleSave() { setTimeout(this.save, 500); }
}`,
          bugLine: 4,
          answer: 'Keep the receiver: `setTimeout(() => this.save(), 500)` (or `this.save.bind(this)`).',
          explanation: 'Passing `this.save` passes the bare function; `setTimeout` calls it without a receiver, so `this` inside `save` is undefined in a class (strict mode).',
        },
      ],
    },
    hints: {
      nudge: 'Look at the callback you pass: does it return what the higher-order function expects, and when will it be called?',
      concept: 'A higher-order function takes or returns functions. The callback must match the expected signature: parameters it will be given, the return value it must produce, and the time at which it runs.',
      analogousExample: 'Sorting invoices with `invoices.sort((a, b) => a.due > b.due)` misorders them; `(a, b) => a.due.getTime() - b.due.getTime()` returns the number a comparator must return.',
      pseudoCode: 'check the expected callback signature (parameters and return type)\nmake the callback return exactly that (add return, return a number for comparators)\nif the callback is async: resolve the promises before sync-only methods use the results\nkeep the receiver when passing methods (arrow wrapper or bind)',
    },
  },
  {
    conceptId: 'destructuring',
    fundamentals: {
      title: 'Destructuring: binding several names from one value',
      conceptId: 'destructuring',
      level: 'fundamentals',
      explanation: `Destructuring binds names to parts of a structure in one statement. The shape on the left must match the value on the right.

\`\`\`ts
const { id, name: displayName, role = 'member' } = user;  // rename and default
const [first, , third, ...rest] = list;                    // skip and collect
function render({ title, subtitle = '' }: Props) { … }     // in parameters
\`\`\`

Python unpacks tuples and iterables: \`host, port = address\`, \`first, *rest = items\`, and swaps with \`a, b = b, a\`. Rust and Swift destructure tuples and structs with patterns; C# has tuple deconstruction and \`Deconstruct\` methods; Java 21 record patterns destructure in \`instanceof\` and \`switch\`. Go has multiple return values but no destructuring of structs.

Two rules explain most errors:

- **Missing parts.** In JavaScript, destructuring a missing property gives \`undefined\`, but destructuring \`undefined\` or \`null\` itself throws: \`const { id } = undefined\` is a \`TypeError\`. Give the whole parameter a default (\`{ … }: Props = {}\`) when it may be omitted. Python raises \`ValueError: not enough values to unpack\` (or "too many") when the counts differ.
- **Defaults apply only to \`undefined\`.** \`const { limit = 10 } = { limit: null }\` leaves \`limit\` as \`null\`.

Rename syntax is easy to misread: \`{ name: displayName }\` creates \`displayName\`, not a variable \`name\` with a type. Types go after the whole pattern: \`const { name }: User = …\`.`,
      workedExample: {
        language: 'typescript',
        before: `function connect(options) {
  const { host, port } = options; // TypeError when called as connect()
  return \`\${host}:\${port}\`;
}`,
        after: `interface ConnectOptions { host?: string; port?: number }

function connect({ host = 'localhost', port = 5432 }: ConnectOptions = {}): string {
  return \`\${host}:\${port}\`;
}

connect();                 // "localhost:5432"
connect({ port: 6543 });   // "localhost:6543"`,
        note: 'The parameter default handles the omitted object, the property defaults handle omitted fields, and the type annotation sits after the whole pattern.',
      },
      pitfalls: [
        'Destructuring `undefined` or `null` throws; default the whole parameter when it may be omitted.',
        '`{ name: string }` in a destructuring pattern renames the property to a variable called `string`; annotate the whole pattern instead.',
        'Destructuring defaults do not replace `null`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const { a = 1, b = 2, c: renamed = 3 } = { a: null, c: 0 } as { a: number | null; b?: number; c: number };
const [x, , z = 'z'] = ['x', 'y'];
console.log(a, b, renamed, x, z);`,
          answer: 'null 2 0 x z',
          explanation: '`a` is null (defaults only replace undefined), `b` is missing so it gets 2, `c` is 0 (not undefined) under the name `renamed`, the second array element is skipped, and the missing third one takes its default.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `first, *middle, last = [1, 2, 3, 4]
a, b = "xy"
print(first, middle, last, b)`,
          answer: '1 [2, 3] 4 y',
          explanation: 'The starred name collects the elements between the first and last as a list. Strings are iterables, so "xy" unpacks into two characters.',
        },
      ],
    },
    advanced: {
      title: 'Destructuring: nested patterns, typing and copying',
      conceptId: 'destructuring',
      level: 'advanced',
      explanation: `Destructuring is concise, which makes its costs easy to miss.

**Nested patterns fail at every level.** \`const { address: { city } } = user\` throws when \`address\` is undefined. Add a default at that level (\`{ address: { city } = {} }\`) or use optional chaining instead of deep patterns for optional data.

**Rest properties copy shallowly.** \`const { password, ...safe } = user\` builds a new object without \`password\`, the idiomatic way to omit fields, but nested objects in \`safe\` are still shared with \`user\`. The rest element's type is computed (\`Omit<User, 'password'>\`), which keeps it in sync with the interface.

**Typing.** Tuples returned from functions (\`[value, setValue]\`) need a tuple return type or \`as const\`, or destructuring yields union-typed elements. Destructured discriminants narrow the source only if they are \`const\` and the source is not reassigned (TypeScript 4.6+).

**Python unpacking in loops and calls.** \`for key, value in mapping.items()\`, \`f(*args, **kwargs)\`, and \`{**defaults, **overrides}\` for merging (later keys win). Unpacking a dict directly (\`a, b = {"x": 1, "y": 2}\`) unpacks its **keys**.

**Rust and Swift** make destructuring exhaustive and typed: \`let Point { x, .. } = p;\` ignores the other fields explicitly, and refutable patterns need \`if let\`/\`let … else\`.

\`\`\`rust
let Some(config) = load_config() else { return Err(anyhow!("no config")) };
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `function toPublic(user: User) {
  const copy = { ...user };
  delete copy.passwordHash;  // mutates, and the type still claims the field exists
  return copy;
}`,
        after: `function toPublic(user: User): Omit<User, 'passwordHash'> {
  const { passwordHash: _omitted, ...publicFields } = user;
  return publicFields;
}`,
        note: 'A rest pattern builds the object without the secret field, and its computed type no longer includes it, so callers cannot read it by mistake.',
      },
      pitfalls: [
        'Deep destructuring throws at the first missing intermediate object.',
        'Rest properties are shallow copies; nested objects remain shared.',
        'Unpacking a Python dict unpacks its keys, not its values.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const user = { name: 'ada', prefs: { theme: 'dark' }, token: 't0k' };
const { token, ...safe } = user;
safe.prefs.theme = 'light';
console.log(Object.keys(safe).join(','), user.prefs.theme, token.length);`,
          answer: 'name,prefs light 3',
          explanation: 'The rest object omits `token` but shares the nested `prefs` object, so changing it through `safe` changes `user` too.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This throws for users without an address. Which line needs a default?',
          code: `type User = { name: string; address?: { city: string } };
function cityOf(user: User): string {
  const { address: { city } } = user as Required<User>;
  return city;
}`,
          bugLine: 3,
          answer: 'Default the nested level and drop the cast: `const { address: { city } = { city: "unknown" } } = user;` (or `user.address?.city ?? "unknown"`).',
          explanation: 'The cast hides that `address` is optional; destructuring `city` out of undefined throws a TypeError on line 3.',
        },
      ],
    },
    hints: {
      nudge: 'Compare the pattern on the left with the value on the right: can any part of the value be missing, null or shaped differently?',
      concept: 'Destructuring binds names to parts of a value by shape. Missing properties become undefined (or raise in Python), destructuring null or undefined itself throws, and defaults only replace undefined.',
      analogousExample: '`const [key, value] = line.split("=")` gives `value === undefined` for a line without "="; `const [key, value = ""] = …` supplies a default.',
      pseudoCode: 'write the pattern to match the value\'s shape\nfor each part that may be missing: add a default at that level\nfor a parameter that may be omitted: default the whole pattern\nannotate the type after the whole pattern, not inside it',
    },
  },
  {
    conceptId: 'operators-precedence',
    fundamentals: {
      title: 'Operator precedence: how expressions group',
      conceptId: 'operators-precedence',
      level: 'fundamentals',
      explanation: `Precedence decides which operator binds tighter; associativity decides how equal-precedence operators chain. When code groups differently than it reads, the compiler usually accepts it, and the bug is silent.

Common traps:

- **\`&&\` binds tighter than \`||\`**: \`isAdmin || isOwner && !locked\` means \`isAdmin || (isOwner && !locked)\`.
- **\`??\` cannot mix with \`||\`/\`&&\` without parentheses** in JavaScript (a syntax error), precisely because the grouping would be unclear.
- **Negation binds tight**: \`!key in obj\` is \`(!key) in obj\`; \`!x instanceof Y\` is \`(!x) instanceof Y\`. Write \`!(key in obj)\`.
- **Bitwise vs comparison**: in C, Java and JavaScript, \`flags & MASK == 0\` is \`flags & (MASK == 0)\`. Go and Python give bitwise operators higher precedence than comparisons, so the same text means something else there.
- **The conditional operator is low**: \`'Total: ' + count > 0 ? count : 'none'\` concatenates first, then compares.

\`\`\`ts
const label = 'Items: ' + (count > 0 ? count : 'none');
\`\`\`

Parentheses cost nothing and document intent. Linters catch many cases: ESLint \`no-mixed-operators\`, \`no-unsafe-negation\`; Go vet; Python linters flag \`not x == y\` patterns.`,
      workedExample: {
        language: 'typescript',
        before: `function canEdit(user: User, doc: Doc): boolean {
  return user.isAdmin || user.id === doc.ownerId && !doc.locked;
}
// intended: nobody, not even an admin, may edit a locked document`,
        after: `function canEdit(user: User, doc: Doc): boolean {
  return (user.isAdmin || user.id === doc.ownerId) && !doc.locked;
}`,
        note: '`&&` grouped the lock check with the owner test only, so admins could edit locked documents; parentheses make the lock apply to everyone.',
      },
      pitfalls: [
        '`a || b && c` groups as `a || (b && c)`.',
        '`!key in obj` negates the key, not the membership test.',
        'The ternary operator has lower precedence than `+`, so string concatenation swallows the condition.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const count = 0;
const a = 'Total: ' + count > 0 ? 'some' : 'none';
const b = true || false && false;
const c = 2 + 3 * 4 ** 2 / 8;
console.log(a, b, c);`,
          answer: 'none true 8',
          explanation: '`+` runs before `>` and `?:`, so the condition is `"Total: 0" > 0`: the string converts to NaN and the comparison is false, giving "none". `&&` binds before `||`, so `b` is `true || (false && false)`. `**` binds tightest, then `*` and `/` left to right: 2 + (3 * 16) / 8 = 8.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'How does `flags & MASK == 0` group in Java or JavaScript?',
          code: '',
          choices: ['(flags & MASK) == 0', 'flags & (MASK == 0)', 'It is a syntax error', '(flags == 0) & MASK'],
          answerIndex: 1,
          explanation: 'Equality binds tighter than bitwise AND in C-family languages. In Java this does not even compile (int & boolean); in JavaScript it silently computes `flags & false`.',
        },
      ],
    },
    advanced: {
      title: 'Operators: short-circuiting, chained comparisons and language differences',
      conceptId: 'operators-precedence',
      level: 'advanced',
      explanation: `Beyond grouping, operators differ across languages in ways that bite when you switch between them.

**Chained comparisons.** Python's \`a < b < c\` means \`a < b and b < c\`. In JavaScript it is \`(a < b) < c\`, comparing a boolean with \`c\`: \`3 > 2 > 1\` is \`false\`. Python's \`x == y == z\` and \`a in b == True\` chain too, with surprising results.

**Short-circuit values.** \`||\` and \`&&\` in JavaScript and \`or\`/\`and\` in Python return one of their **operands**, not a boolean: \`'' || 'default'\` is \`'default'\`, \`0 && f()\` is \`0\` and skips \`f\`. Side effects on the right may not run. \`??=\`, \`||=\` and \`&&=\` assign only when the short-circuit allows.

**Integer division and modulo.** \`7 / 2\` is 3 in Java, C#, Go and Rust (integers) but 3.5 in JavaScript and Python 3 (\`//\` floors). The sign of \`%\` follows the dividend in JavaScript, Java, C#, Go and Rust (\`-7 % 3 === -1\`) but the divisor in Python (\`-7 % 3 == 1\`).

**Increment and assignment expressions.** \`i++\` vs \`++i\`, and assignments inside conditions (\`if (x = 0)\`) are legal in JavaScript and C; Python only allows \`:=\`, Go forbids both as expressions, and Rust's \`if x = 0\` fails to type-check.

**Exponent associativity.** \`2 ** 3 ** 2\` is \`2 ** 9 = 512\` (right-associative) in JavaScript and Python; \`-2 ** 2\` is a SyntaxError in JavaScript and \`-4\` in Python.

\`\`\`python
print(-7 % 3, -7 // 2, 1 < 2 < 3, 3 > 2 > 1)  # 2 -4 True True
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `function inRange(value: number, min: number, max: number): boolean {
  return min <= value <= max; // compiles in JS; TypeScript rejects boolean <= number
}

const weekday = (dayIndex - 1) % 7; // -1 for Sunday (0)`,
        after: `function inRange(value: number, min: number, max: number): boolean {
  return min <= value && value <= max;
}

const weekday = (((dayIndex - 1) % 7) + 7) % 7; // 6 for Sunday (0)`,
        note: 'JavaScript has no chained comparisons, and its `%` keeps the sign of the dividend, so a negative value needs the extra `+ 7` to wrap around.',
      },
      pitfalls: [
        'Chained comparisons work in Python but silently compare booleans in JavaScript, Java and C.',
        '`%` has different sign rules in Python and in C-family languages.',
        '`||` returns the first truthy operand, not a boolean, and treats 0 and "" as missing.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this Python print?',
          code: `print(-7 % 3, -7 // 2, 1 < 2 < 3, 3 > 2 > 1, 2 ** 3 ** 2)`,
          answer: '2 -4 True True 512',
          explanation: 'Python\'s `%` takes the sign of the divisor and `//` floors toward negative infinity. Comparisons chain, so `3 > 2 > 1` is `3 > 2 and 2 > 1`. `**` is right-associative: 3 ** 2 first.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this JavaScript print?',
          code: `const out: unknown[] = [-7 % 3, Math.trunc(-7 / 2)];
const gt = (a: number, b: number) => a > b;
out.push(Number(gt(3, 2)) > 1, '' || 'fallback', 0 ?? 'fallback');
console.log(out.join(' '));`,
          answer: '-1 -3 false fallback 0',
          explanation: 'JavaScript `%` keeps the dividend\'s sign; truncating division gives -3. `3 > 2` is true, which as a number is 1, and 1 > 1 is false, which is what `3 > 2 > 1` computes. `||` replaces the empty string; `??` keeps 0.',
        },
      ],
    },
    hints: {
      nudge: 'Add parentheses where you think the expression groups: does the language group it the same way?',
      concept: 'Operator precedence and associativity decide how an expression groups. Mixed `&&`/`||`, negation with `in`/`instanceof`, bitwise with comparison, and the ternary with `+` often group differently than they read; languages also differ on chaining, `%` and division.',
      analogousExample: '`if (!user.roles.includes("admin") || user.suspended && !override)` is clearer and safer as `if (!user.roles.includes("admin") || (user.suspended && !override))`.',
      pseudoCode: 'identify every operator in the expression\nwrite down the grouping you intend\nadd parentheses to force that grouping\nfor operators whose semantics differ by language (chaining, %, /): use the explicit form',
    },
  },
];
