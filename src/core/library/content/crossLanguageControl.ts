import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for control flow, matching, iteration and comparisons; the library registry serves it offline. */
export const crossLanguageControlEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'control-flow',
    fundamentals: {
      title: 'Control flow: every path must end the way the type says',
      conceptId: 'control-flow',
      level: 'fundamentals',
      explanation: `Compilers analyse every path through a function. Errors such as "Not all code paths return a value" (TypeScript \`noImplicitReturns\`, C# CS0161), "missing return statement" (Java, Go) or "Unreachable code detected" mean a path ends somewhere you did not intend.

\`\`\`ts
function statusText(code: number): string {
  if (code < 300) return 'ok';
  else if (code < 500) return 'client error';
  // code >= 500 falls off the end: returns undefined
}
\`\`\`

Habits that keep paths honest:

- **Guard clauses**: handle the special cases first with early \`return\`/\`throw\`/\`continue\`, so the main logic is not nested.
- **A final \`else\` or default** that returns or throws, rather than relying on earlier conditions covering everything.
- **No fall-through by accident**: every \`case\` in a JavaScript, Java or C \`switch\` needs \`break\` or \`return\` (C# refuses to compile fall-through; Go does not fall through unless told with \`fallthrough\`).
- Code after \`return\`, \`throw\`, \`break\` or \`continue\` in the same block never runs; an unreachable-code warning often means a misplaced early exit.

Python reports none of this at compile time: a function that falls off the end returns \`None\`, which type checkers catch only if the return type is annotated.`,
      workedExample: {
        language: 'typescript',
        before: `function discount(tier: string): number {
  switch (tier) {
    case 'gold':
      return 0.2;
    case 'silver':
      0.1;
    case 'bronze':
      return 0.05;
  }
}`,
        after: `function discount(tier: string): number {
  switch (tier) {
    case 'gold':
      return 0.2;
    case 'silver':
      return 0.1;
    case 'bronze':
      return 0.05;
    default:
      throw new Error(\`unknown tier "\${tier}"\`);
  }
}`,
        note: 'The silver case computed a value and fell through to bronze; every case now returns, and unknown tiers fail loudly instead of returning undefined.',
      },
      pitfalls: [
        'A `switch` case without `break` or `return` falls through to the next case in JavaScript, Java and C.',
        'Python functions that miss a `return` on some path silently return `None`.',
        'Deeply nested `if`/`else` hides which path returns what; guard clauses flatten it.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function label(n: number): string {
  let out = '';
  switch (n) {
    case 1:
      out += 'one ';
    case 2:
      out += 'two ';
      break;
    default:
      out += 'many';
  }
  return out.trim();
}
console.log(label(1));`,
          answer: 'one two',
          explanation: 'Case 1 has no `break`, so execution falls through into case 2, which appends "two" and then breaks.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does a Python function return when execution reaches its end without a `return`?',
          code: '',
          choices: ['0', 'None', 'It raises an error', 'The last expression'],
          answerIndex: 1,
          explanation: 'Python implicitly returns None; annotate the return type so a type checker reports the missing path.',
        },
      ],
    },
    advanced: {
      title: 'Control flow: finally, loops with labels and flow-sensitive analysis',
      conceptId: 'control-flow',
      level: 'advanced',
      explanation: `The non-obvious control-flow rules live in \`finally\`, nested loops and the checker's flow analysis.

**\`finally\` overrides.** A \`return\` (or \`throw\`, \`break\`) inside \`finally\` replaces whatever the \`try\` or \`catch\` was doing, including a pending exception, which is then silently lost. Keep \`finally\` for cleanup only. Python 3.14 warns on this; ESLint has \`no-unsafe-finally\`.

\`\`\`ts
function f() {
  try { throw new Error('lost'); }
  finally { return 'finally wins'; } // the error disappears
}
\`\`\`

**Nested loops.** \`break\` exits only the innermost loop. Use a labelled \`break outer\` (JavaScript, Java, Go), extract the loops into a function and \`return\`, or, in Python, \`for … else\` (the \`else\` runs when the loop did not \`break\`).

**Flow analysis is by syntax, not by values.** TypeScript and C# consider \`while (true)\` without \`break\` as never completing, but they do not evaluate \`if (1 > 2)\`. A function returning \`never\` (\`function fail(msg: string): never\`) ends a path for the checker only when called as a statement and declared with an explicit annotation.

**Go's \`defer\` and loops**: a deferred call runs at function exit, not loop-iteration exit, so defers in a long loop accumulate.`,
      workedExample: {
        language: 'typescript',
        before: `function findPair(grid: number[][], target: number): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) {
        found = [r, c];
        break; // leaves only the inner loop
      }
    }
  }
  return found; // the last match, not the first
}`,
        after: `function findPair(grid: number[][], target: number): [number, number] | undefined {
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) return [r, c];
    }
  }
  return undefined;
}`,
        note: 'Returning from inside both loops stops the whole search at the first match; a bare `break` only skipped the rest of one row.',
      },
      pitfalls: [
        '`return` inside `finally` discards an exception thrown in `try`.',
        '`break` in a nested loop exits only the innermost loop.',
        'Python\'s `for … else` runs the `else` when the loop was not broken, which is the opposite of what many readers expect.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `for n in [3, 5, 7]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even number")`,
          answer: 'no even number',
          explanation: 'The loop finishes without hitting `break`, so the `else` clause of the `for` runs.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Errors from `upload` never reach the caller. Which line swallows them?',
          code: `async function send(file: File): Promise<boolean> {
  try {
    await upload(file);
    return true;
  } finally {
    cleanupTemp(file);
    return false;
  }
}`,
          bugLine: 7,
          answer: 'Remove the `return` from `finally`; keep only the cleanup there.',
          explanation: 'A `return` in `finally` overrides both the `return true` and any exception from `upload`, so failures become a quiet `false` and successes also return false.',
        },
      ],
    },
    hints: {
      nudge: 'Trace each path through this function to its end: does every one return (or throw) what the signature promises?',
      concept: 'Control flow is the set of paths execution can take; the checker requires every path to end consistently with the declared return type, and flags code no path reaches.',
      analogousExample: 'An `if (user) return user.name;` with no code after it makes a `string` function return undefined for missing users; adding `return "anonymous";` or a `throw` at the end closes the path.',
      pseudoCode: 'list the conditions at each branch\nhandle special cases first with early return or throw\nmake the last path explicit (final else, default case)\nensure every case ends with return, break or throw',
    },
  },
  {
    conceptId: 'exhaustiveness',
    fundamentals: {
      title: 'Exhaustiveness: handle every case, and let the compiler check',
      conceptId: 'exhaustiveness',
      level: 'fundamentals',
      explanation: `When a value belongs to a closed set (a union of literals, an enum, a sealed hierarchy), code that branches on it should handle every member, and the compiler should complain when a new member is added and some branch forgets it.

In TypeScript the idiom is an assignment to \`never\` in the default branch: once every member is handled, the value's type there is \`never\`; if one is missed, it is that member, and the assignment fails to compile.

\`\`\`ts
type Status = 'draft' | 'published' | 'archived';

function badge(status: Status): string {
  switch (status) {
    case 'draft': return 'Draft';
    case 'published': return 'Live';
    case 'archived': return 'Archived';
    default: {
      const unhandled: never = status; // compile error if a case is missing
      throw new Error(\`unhandled status \${String(unhandled)}\`);
    }
  }
}
\`\`\`

Other languages build it in: Rust \`match\` must be exhaustive; Java 21 \`switch\` over a sealed interface or enum with patterns is checked; C# warns (CS8509) on non-exhaustive \`switch\` expressions; Python type checkers use \`assert_never\` from \`typing\` (3.11+) with \`match\` or \`if\` chains. A catch-all default that returns a value defeats the check; it hides the case you forgot.`,
      workedExample: {
        language: 'typescript',
        before: `type Payment = { kind: 'card'; last4: string } | { kind: 'iban'; iban: string } | { kind: 'paypal'; email: string };

function describe(p: Payment): string {
  if (p.kind === 'card') return \`Card ••\${p.last4}\`;
  if (p.kind === 'iban') return \`IBAN \${p.iban}\`;
  return 'Other'; // paypal silently becomes "Other"
}`,
        after: `type Payment = { kind: 'card'; last4: string } | { kind: 'iban'; iban: string } | { kind: 'paypal'; email: string };

function describe(p: Payment): string {
  switch (p.kind) {
    case 'card': return \`Card ••\${p.last4}\`;
    case 'iban': return \`IBAN \${p.iban}\`;
    case 'paypal': return \`PayPal \${p.email}\`;
    default: {
      const unhandled: never = p;
      throw new Error(\`unknown payment \${JSON.stringify(unhandled)}\`);
    }
  }
}`,
        note: 'Each variant has its own case, and adding a fourth payment kind now fails to compile here instead of rendering "Other".',
      },
      pitfalls: [
        'A default branch that returns a generic value silences the exhaustiveness check.',
        'Switching on `string` instead of a literal union leaves nothing for the compiler to check.',
        'Data from outside (JSON, databases) can hold values the type does not list; keep the runtime throw in the `never` branch.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'In the default branch of a switch that handles every member of a union, what is the type of the switched value?',
          code: '',
          choices: ['unknown', 'any', 'never', 'the whole union'],
          answerIndex: 2,
          explanation: 'Each case removes its member; when none remain, the type is `never`, so assigning to a `never` variable compiles only when the switch is exhaustive.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A new `"refunded"` status was added to `Status` but this still compiles. Which line prevents the compiler from noticing?',
          code: `function color(s: Status): string {
  switch (s) {
    case 'paid': return 'green';
    case 'pending': return 'orange';
    default: return 'grey';
  }
}`,
          bugLine: 5,
          answer: 'Replace the catch-all with an exhaustive default: `default: { const x: never = s; throw new Error(String(x)); }` and add a case for each status.',
          explanation: 'The catch-all default handles every remaining member, so a newly added status is silently grey instead of being a compile error.',
        },
      ],
    },
    advanced: {
      title: 'Exhaustiveness across languages and at the boundaries',
      conceptId: 'exhaustiveness',
      level: 'advanced',
      explanation: `Exhaustiveness checking is only as good as the type it checks.

**Closed types only.** Rust enums, Java sealed interfaces, Kotlin sealed classes and TypeScript unions are closed. Java \`enum\`s in a classic \`switch\` statement are not checked; a \`switch\` *expression* or pattern \`switch\` is. C# enums are open (any integer converts), so the compiler warns even when every named member is listed, and you need a discard arm \`_ => throw new UnreachableException()\` (.NET 7+).

**Helper functions.** A shared \`assertNever(x: never): never\` (TypeScript) or \`typing.assert_never\` (Python 3.11+) gives a consistent runtime error, and the compile-time check happens at the call.

\`\`\`python
from typing import assert_never, Literal

def rate(tier: Literal["free", "pro"]) -> int:
    match tier:
        case "free": return 0
        case "pro": return 20
        case _: assert_never(tier)
\`\`\`

**Versioned data.** Values read from storage or the network may include members added by a newer version. Exhaustive code should parse at the boundary (schema with the known members, an explicit "unknown" variant) rather than crash deep inside.

**Rust's \`#[non_exhaustive]\`** on a library enum forces downstream \`match\` to include a wildcard, deliberately giving up exhaustiveness so the library can add variants without a breaking change. Know which trade-off each type makes.`,
      workedExample: {
        language: 'python',
        before: `from typing import Literal

Plan = Literal["free", "pro", "team"]

def seats(plan: Plan) -> int:
    if plan == "free":
        return 1
    elif plan == "pro":
        return 5
    return 0  # "team" falls here`,
        after: `from typing import Literal, assert_never

Plan = Literal["free", "pro", "team"]

def seats(plan: Plan) -> int:
    match plan:
        case "free":
            return 1
        case "pro":
            return 5
        case "team":
            return 50
        case _:
            assert_never(plan)`,
        note: 'With `assert_never`, pyright and mypy report any plan left unhandled, and the missing team case was found.',
      },
      pitfalls: [
        'C# enums accept any integer, so even a switch listing every member needs a discard arm.',
        'Classic Java `switch` statements over enums are not checked for exhaustiveness; switch expressions are.',
        'Rust `#[non_exhaustive]` enums require a wildcard arm, which will not warn about newly added variants.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `type Shape = { kind: 'circle'; r: number } | { kind: 'square'; s: number };
function area(shape: Shape): number {
  switch (shape.kind) {
    case 'circle': return Math.round(Math.PI * shape.r ** 2);
    case 'square': return shape.s ** 2;
    default: { const missing: never = shape; throw new Error(String(missing)); }
  }
}
const fromJson = JSON.parse('{"kind":"triangle"}') as Shape;
try { console.log(area(fromJson)); } catch (e) { console.log('rejected', (e as Error).message); }`,
          answer: 'rejected [object Object]',
          explanation: 'The cast let a value the type does not list reach the function. The compile-time check cannot see it, but the runtime throw in the `never` branch does; `String` of a plain object is "[object Object]".',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Java 21 construct gives a compile error when a new implementation of a sealed interface is not handled?',
          code: '',
          choices: [
            'An if/else chain with instanceof',
            'A switch expression with type patterns over the sealed interface, without a default',
            'A classic switch statement with a default',
            'A visitor with a default method',
          ],
          answerIndex: 1,
          explanation: 'Pattern switches over sealed types are checked for exhaustiveness; a default branch or if/else chain would accept a missing case.',
        },
      ],
    },
    hints: {
      nudge: 'Is this value from a closed set of cases, and does the code handle each case by name, or hide some behind a catch-all?',
      concept: 'Exhaustiveness checking makes the compiler prove every member of a closed type (union, enum, sealed hierarchy) is handled, so adding a member turns every forgotten branch into a compile error.',
      analogousExample: 'A `Record<Role, Permission[]>` literal must list every role: adding `"auditor"` to `Role` fails to compile until the record has an entry, unlike a `switch` with `default: return []`.',
      pseudoCode: 'branch on the discriminant, one case per member\nin the default branch: assert the value is impossible (never / assert_never)\n    and throw at run time for values from outside\nremove catch-all defaults that return ordinary values',
    },
  },
  {
    conceptId: 'pattern-matching',
    fundamentals: {
      title: 'Pattern matching: branch on the shape of data',
      conceptId: 'pattern-matching',
      level: 'fundamentals',
      explanation: `Pattern matching tests a value against shapes (literal values, types, structures) and binds the parts it needs in one step. It replaces chains of \`if\`/\`isinstance\`/casts with declarative cases.

Python 3.10+:

\`\`\`python
match event:
    case {"type": "click", "x": int(x), "y": int(y)}:
        handle_click(x, y)
    case {"type": "key", "key": str(key)} if key != "":
        handle_key(key)
    case _:
        log.warning("unknown event %r", event)
\`\`\`

The same idea exists as Rust \`match\`, Java 21 \`switch\` with type and record patterns (\`case Circle(double r) ->\`), C# \`switch\` expressions with property patterns (\`{ Status: "ok", Items.Count: > 0 }\`), and, in TypeScript, \`switch\` on a discriminant property plus destructuring.

Rules that apply everywhere:

- **Cases are tried in order**; the first match wins, so specific cases go before general ones.
- **Guards** (\`if …\` in Python and Rust, \`when\` in Java and C#) refine a case without nesting.
- **A bare name captures, it does not compare.** In Python, \`case status:\` matches anything and binds it; compare with a dotted constant (\`case Status.OK:\`) or a literal.
- End with a wildcard (\`_\`, \`default\`) unless the compiler checks exhaustiveness.`,
      workedExample: {
        language: 'python',
        before: `def describe(shape: dict) -> str:
    if shape.get("kind") == "circle" and "r" in shape:
        return f"circle r={shape['r']}"
    elif shape.get("kind") == "rect" and "w" in shape and "h" in shape:
        return f"rect {shape['w']}x{shape['h']}"
    else:
        return "unknown"`,
        after: `def describe(shape: dict) -> str:
    match shape:
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case _:
            return "unknown"`,
        note: 'Each case states the shape it expects and binds the fields it uses, replacing key checks and repeated indexing.',
      },
      pitfalls: [
        'In Python, `case NAME:` with a bare name is a capture pattern that matches everything, not a comparison with a variable.',
        'Putting a general case before a specific one makes the specific case unreachable.',
        'Mapping patterns match dicts with extra keys; sequence patterns do not match strings.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `OK = 200

def classify(code):
    match code:
        case 404:
            return "missing"
        case OK:
            return f"ok {OK}"

print(classify(500))`,
          answer: 'ok 500',
          explanation: '`case OK:` is a capture pattern: it matches any value and binds it to a local named OK, so 500 "matches" and OK is 500 inside the function. (Python even refuses to compile a capture pattern placed before other cases.)',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In a Python `match`, which case compares against the constant `Color.RED` instead of capturing?',
          code: '',
          choices: ['case RED:', 'case Color.RED:', 'case (RED):', 'case red if True:'],
          answerIndex: 1,
          explanation: 'Dotted names are value patterns compared with `==`; a bare name is a capture pattern.',
        },
      ],
    },
    advanced: {
      title: 'Pattern matching: nested patterns, guards and ordering',
      conceptId: 'pattern-matching',
      level: 'advanced',
      explanation: `Patterns pay off with nested data, where they replace several levels of checks with one readable case.

**Nesting and binding.** Java 21 record patterns deconstruct recursively: \`case Line(Point(var x1, var y1), Point(var x2, var y2)) -> …\`. Rust binds parts of a value with \`@\` (\`n @ 1..=9\`), C# combines property, relational and logical patterns (\`{ Age: >= 18 and < 65 }\`), Python class patterns use \`__match_args__\` for positional sub-patterns (dataclasses set it automatically).

**Guards versus patterns.** A guard is evaluated only after the structure matches; if it fails, matching continues with the next case. Put expensive or side-effecting checks in guards sparingly, and never rely on a guard for exhaustiveness: compilers treat guarded cases as possibly failing.

**Ordering and dominance.** Java rejects a case dominated by an earlier one (\`case Object o\` before \`case String s\`); Rust and C# warn about unreachable arms; Python refuses an irrefutable pattern before other cases. Order from specific to general.

**TypeScript** has no \`match\` yet: use a \`switch\` on a discriminant, or an object of handlers keyed by the discriminant with a mapped type so every variant must have a handler:

\`\`\`ts
const handlers: { [K in Event['type']]: (e: Extract<Event, { type: K }>) => void } = { … };
\`\`\``,
      workedExample: {
        language: 'python',
        before: `def route(request) -> str:
    if request.method == "GET" and len(request.path) == 2 and request.path[0] == "users":
        return show_user(request.path[1])
    if request.method == "DELETE" and len(request.path) == 2 and request.path[0] == "users":
        return delete_user(request.path[1])
    return not_found()`,
        after: `def route(request) -> str:
    match (request.method, request.path):
        case ("GET", ["users", user_id]):
            return show_user(user_id)
        case ("DELETE", ["users", user_id]) if request.user.is_admin:
            return delete_user(user_id)
        case _:
            return not_found()`,
        note: 'Matching a tuple of method and path segments states each route\'s shape in one line, and the guard adds the admin check without nesting.',
      },
      pitfalls: [
        'A guarded case may fail after the structure matched; compilers do not count it towards exhaustiveness.',
        'Java rejects dominated cases; in other languages a too-general early case silently wins.',
        'Python sequence patterns never match `str`, `bytes` or `bytearray`, even though they are sequences.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'This Java 21 switch does not compile. Which line is the dominated case?',
          code: `static String describe(Object o) {
    return switch (o) {
        case CharSequence cs -> "text of length " + cs.length();
        case String s -> "string " + s;
        case Integer i when i > 0 -> "positive";
        default -> "other";
    };
}`,
          bugLine: 4,
          answer: 'Move `case String s` above `case CharSequence cs` (String is a CharSequence).',
          explanation: 'Every String is a CharSequence, so the earlier case dominates the String case; Java reports "this case label is dominated by a preceding case label".',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `def kind(value):
    match value:
        case [x, y]:
            return f"pair {x},{y}"
        case str():
            return "text"
        case _:
            return "other"

print(kind("ab"), kind((1, 2)))`,
          answer: 'text pair 1,2',
          explanation: 'Sequence patterns deliberately do not match strings, so "ab" falls through to `str()`. A tuple of two elements matches `[x, y]`: the brackets mean any sequence, not only lists.',
        },
      ],
    },
    hints: {
      nudge: 'Which shapes can this value take here? Could each one be written as its own case that binds the parts you need?',
      concept: 'Pattern matching tests a value against structural cases in order, binding sub-values as it goes; the first matching case wins, guards refine a case, and a wildcard catches the rest.',
      analogousExample: 'Instead of `if isinstance(msg, tuple) and len(msg) == 2 and msg[0] == "move": x = msg[1]`, write `case ("move", x):` and use `x` directly.',
      pseudoCode: 'match the value:\n    case the most specific shape, binding its parts: handle it\n    case a more general shape (with a guard if needed): handle it\n    case wildcard: handle or reject the rest',
    },
  },
  {
    conceptId: 'iteration',
    fundamentals: {
      title: 'Iteration: loops that visit the right elements once',
      conceptId: 'iteration',
      level: 'fundamentals',
      explanation: `Prefer the loop form that says what you mean, because index arithmetic is where off-by-one bugs live.

- Elements: \`for (const item of items)\` (TypeScript), \`for item in items\` (Python), enhanced \`for\` (Java), \`foreach\` (C#), \`for _, item := range items\` (Go), \`for item in &items\` (Rust).
- Elements with positions: \`items.entries()\`, Python's \`enumerate\`, Go's \`range\` index.
- Transformations: \`map\`/\`filter\`/\`reduce\`, comprehensions, LINQ, Java streams, Rust iterators.

In TypeScript and JavaScript, \`for…in\` iterates **keys** (as strings, including inherited enumerable ones), not values; use \`for…of\` for arrays and \`Object.entries\` for objects.

\`\`\`ts
const scores = [90, 75];
for (const i in scores) console.log(typeof i); // "string", twice
for (const s of scores) console.log(s);        // 90, 75
\`\`\`

Index loops still have their place (stepping by two, comparing neighbours). Then the bounds must be \`i < length\`, not \`<=\`, and the last valid index is \`length - 1\`; the neighbour of \`i + 1\` needs \`i < length - 1\`.

**Do not modify a collection while iterating it**: Java throws \`ConcurrentModificationException\`, C# \`InvalidOperationException\`, Python raises for dicts and silently skips elements for lists. Build a new collection or iterate over a copy.`,
      workedExample: {
        language: 'python',
        before: `def remove_inactive(users: list[dict]) -> None:
    for user in users:
        if not user["active"]:
            users.remove(user)  # skips the element after each removal`,
        after: `def remove_inactive(users: list[dict]) -> list[dict]:
    return [user for user in users if user["active"]]`,
        note: 'Removing from a list while iterating shifts the remaining elements and skips the next one; building a filtered list visits every element exactly once.',
      },
      pitfalls: [
        '`for…in` over an array yields string indices, not elements.',
        'An index loop with `i <= items.length` reads one past the end.',
        'Removing or adding elements during iteration skips elements or throws, depending on the language.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `nums = [1, 2, 2, 3]
for n in nums:
    if n == 2:
        nums.remove(n)
print(nums)`,
          answer: '[1, 2, 3]',
          explanation: 'Removing the first 2 shifts the second 2 into the current position, and the loop moves on to the next index, so that 2 is never examined.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which loop prints the values 10, 20 and 30?',
          code: `const xs = [10, 20, 30];`,
          choices: [
            'for (const x in xs) console.log(x);',
            'for (const x of xs) console.log(x);',
            'for (let i = 1; i <= xs.length; i++) console.log(xs[i]);',
            'xs.forEach((i) => console.log(xs[i]));',
          ],
          answerIndex: 1,
          explanation: '`for…of` yields values. `for…in` yields "0", "1", "2"; the index loop starts at 1 and reads past the end; the `forEach` uses values as indices.',
        },
      ],
    },
    advanced: {
      title: 'Iteration: iterators, laziness and single-pass sources',
      conceptId: 'iteration',
      level: 'advanced',
      explanation: `Underneath every \`for\` loop is an iterator protocol: \`[Symbol.iterator]()\` returning \`{ next() }\` in JavaScript, \`__iter__\`/\`__next__\` in Python, \`Iterable\`/\`Iterator\` in Java, \`IEnumerable\`/\`IEnumerator\` in C#, \`Iterator\` in Rust. Knowing the protocol explains three classes of bugs.

**Single-pass iterators.** Generators, Python \`map\`/\`filter\`/\`zip\` objects, file handles, database cursors and Java streams can be consumed once. A second loop over them yields nothing (or, for Java streams, throws \`IllegalStateException\`).

\`\`\`python
evens = (n for n in range(10) if n % 2 == 0)
print(sum(evens), sum(evens))   # 20 0
\`\`\`

**Laziness.** Lazy pipelines (generators, LINQ, Rust iterator adapters, Java streams) do nothing until consumed, and run again each time they are enumerated in C# (multiple enumeration of \`IEnumerable\` re-queries the database). Materialise once (\`list(...)\`, \`.ToList()\`, \`.collect()\`) when the result is reused, and stay lazy when the source is huge.

**Async iteration.** \`for await (const chunk of stream)\` in JavaScript, \`async for\` in Python and \`await foreach\` in C# consume asynchronous sources with backpressure; a \`for await\` over an array of promises awaits them in order but they were all started already.

Also: iterating a \`Map\` or \`dict\` follows insertion order; a \`HashMap\`/\`HashSet\` in Java, Go or Rust has no defined order (Go randomises it deliberately).`,
      workedExample: {
        language: 'python',
        before: `def report(path: str) -> None:
    rows = (line.split(",") for line in open(path))
    print("rows:", sum(1 for _ in rows))
    print("total:", sum(float(r[1]) for r in rows))  # always 0`,
        after: `def report(path: str) -> None:
    with open(path) as f:
        rows = [line.split(",") for line in f]
    print("rows:", len(rows))
    print("total:", sum(float(r[1]) for r in rows))`,
        note: 'A generator is exhausted after one pass; materialising the rows once lets both computations see them (and the `with` closes the file).',
      },
      pitfalls: [
        'Generators, iterator objects, cursors and streams are exhausted after one pass.',
        'Enumerating a lazy C# `IEnumerable` twice runs the query twice.',
        'Hash-based maps and sets in Java, Go and Rust do not iterate in insertion order.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function* ids() {
  yield 1;
  yield 2;
}
const gen = ids();
console.log([...gen].length, [...gen].length);`,
          answer: '2 0',
          explanation: 'A generator object is its own iterator; the first spread consumes it, so the second spread finds it already done.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This C# method runs the SQL query twice. Which line causes the second run?',
          code: `IEnumerable<Order> open = db.Orders.Where(o => o.Status == "open");
if (!open.Any()) return;
foreach (var order in open) Ship(order);`,
          bugLine: 1,
          answer: 'Materialise once: `var open = db.Orders.Where(o => o.Status == "open").ToList();`.',
          explanation: 'The query is lazy and is executed by each enumeration: once for `Any()`, once for the `foreach`. Deciding to keep it lazy on line 1 is the mistake.',
        },
      ],
    },
    hints: {
      nudge: 'Which elements does this loop actually visit: all of them, exactly once, and is anything modifying the collection meanwhile?',
      concept: 'Iteration visits the elements of a collection or stream through an iterator. Use the element-wise loop form, keep index bounds within `0..length-1`, never modify what you are iterating, and remember that some sources can be consumed only once.',
      analogousExample: 'Deleting keys from a dict inside `for key in d:` raises "dictionary changed size during iteration"; `for key in list(d):` iterates a snapshot of the keys instead.',
      pseudoCode: 'choose the loop form: elements, elements with index, or a transformation\nif the loop must change the collection: build a new one (or iterate a copy)\nif the source is single-pass and reused: materialise it once\nfor index loops: start at 0, stop before length',
    },
  },
  {
    conceptId: 'recursion',
    fundamentals: {
      title: 'Recursion: a base case and progress towards it',
      conceptId: 'recursion',
      level: 'fundamentals',
      explanation: `A recursive function solves a problem by calling itself on a smaller instance. It is correct when two things hold:

1. **A base case** returns without recursing, for the smallest inputs.
2. **Every recursive call makes progress** towards a base case (a shorter list, a smaller number, a subtree).

\`\`\`ts
function depth(node: TreeNode | undefined): number {
  if (node === undefined) return 0;                         // base case
  return 1 + Math.max(depth(node.left), depth(node.right)); // smaller inputs
}
\`\`\`

Missing either gives infinite recursion, which ends in \`RangeError: Maximum call stack size exceeded\` (JavaScript), \`RecursionError\` (Python, default limit about 1000 frames), \`StackOverflowError\` (Java) or a crashed process (C#, Go and Rust stack overflows cannot be caught).

Recursion fits data that is itself recursive: trees, nested JSON, directory structures, grammars. For linear processing over long inputs (lists of 100,000 elements), a loop is safer in every mainstream language except those with guaranteed tail-call optimisation, which does not include JavaScript engines in practice, Python, Java, C# or Go.

In TypeScript, a recursive function whose return type is inferred from itself needs an explicit annotation, or the compiler reports that it "implicitly has return type any because it does not have a return type annotation and is referenced directly or indirectly in one of its return expressions".`,
      workedExample: {
        language: 'python',
        before: `def flatten(items: list) -> list:
    result = []
    for item in items:
        result.extend(flatten(item))  # recurses on plain values too
    return result`,
        after: `def flatten(items: list) -> list:
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)  # base case: a plain value
    return result`,
        note: 'The original never reached a base case for non-list elements; the type check separates the recursive case (a nested list) from the base case (a value).',
      },
      pitfalls: [
        'Forgetting the base case, or a call that does not shrink the input, recurses until the stack overflows.',
        'Deep linear recursion (one frame per element) overflows on large inputs; use a loop.',
        'Recursive functions in TypeScript need an explicit return type when inference would be circular.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `function sumDigits(n: number): number {
  if (n < 10) return n;
  return (n % 10) + sumDigits(Math.floor(n / 10));
}
console.log(sumDigits(4096));`,
          answer: '19',
          explanation: '6 + sumDigits(409) = 6 + 9 + sumDigits(40) = 6 + 9 + 0 + sumDigits(4) = 6 + 9 + 0 + 4 = 19.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This never terminates for odd n. Which line is wrong?',
          code: `def count_down(n: int) -> list[int]:
    if n == 0:
        return [0]
    return [n] + count_down(n - 2)`,
          bugLine: 2,
          answer: 'Make the base case cover every stopping point: `if n <= 0: return [max(n, 0)]` (or step by 1).',
          explanation: 'For odd n the sequence 5, 3, 1, -1, … skips 0, so the equality test on line 2 never matches. The base case must catch every input at or below the boundary.',
        },
      ],
    },
    advanced: {
      title: 'Recursion: stack depth, memoisation and explicit stacks',
      conceptId: 'recursion',
      level: 'advanced',
      explanation: `Correct recursion can still fail in production, through **depth** and **repeated work**.

**Depth.** Each call uses a stack frame. Python stops at \`sys.getrecursionlimit()\` (1000 by default; raising it risks a hard crash), V8 at roughly ten thousand frames depending on frame size, and the JVM at the thread's stack size. Untrusted nested input, such as deeply nested JSON, a malicious directory tree or a degenerate binary tree, can reach these limits. Convert to iteration with an explicit stack:

\`\`\`ts
function countNodes(root: TreeNode): number {
  const stack = [root];
  let count = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    stack.push(...node.children);
  }
  return count;
}
\`\`\`

**Repeated work.** Naive recursion over overlapping subproblems (Fibonacci, edit distance, path counting) is exponential. Memoise (\`functools.cache\`, a \`Map\` keyed by arguments) or build bottom-up.

**Cycles.** Recursing over graphs, not trees (objects referencing each other, symlinked directories), loops forever unless you track visited nodes.

**Tail calls.** Only some runtimes eliminate tail calls (Scheme, Scala with \`@tailrec\`, Kotlin \`tailrec\`; Safari's JavaScriptCore for strict mode). Do not rely on it in Node, Python, Java, C#, Go or Rust.`,
      workedExample: {
        language: 'python',
        before: `def paths(rows: int, cols: int) -> int:
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)

paths(18, 18)  # minutes of repeated work`,
        after: `from functools import cache

@cache
def paths(rows: int, cols: int) -> int:
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)

paths(18, 18)  # each (rows, cols) computed once`,
        note: 'The same subproblems recur exponentially often; caching each result makes the work proportional to rows × cols.',
      },
      pitfalls: [
        'Raising Python\'s recursion limit trades a catchable `RecursionError` for a possible interpreter crash.',
        'Recursing over object graphs without a visited set loops forever on cycles.',
        'Memoising on mutable arguments (lists, dicts) is impossible with `functools.cache`; pass tuples or ids.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which runtime reliably eliminates tail calls, so a tail-recursive loop of a million iterations does not overflow?',
          code: '',
          choices: ['CPython 3.12', 'Node.js 20 (V8)', 'Java 21 (HotSpot)', 'None of these'],
          answerIndex: 3,
          explanation: 'None of them performs tail-call elimination; convert deep tail recursion to a loop.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `calls = 0

def fib(n: int) -> int:
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(10)
print(calls)`,
          answer: '177',
          explanation: 'Naive Fibonacci makes 2·fib(n+1) − 1 calls: fib(11) is 89, so 177 calls to compute fib(10). Memoised, it would be 11.',
        },
      ],
    },
    hints: {
      nudge: 'What is the smallest input this function handles without calling itself, and does every call get closer to it?',
      concept: 'A recursive function needs a base case that returns directly and recursive calls on strictly smaller inputs. Deep or repetitive recursion needs an explicit stack, iteration or memoisation.',
      analogousExample: 'Walking a directory tree recursively works when each call handles one directory and recurses into its subdirectories; files are the base case that ends each branch.',
      pseudoCode: 'function solve(input):\n    if input is the smallest case: return its answer directly\n    split input into smaller parts\n    combine solve(part) for each part\n# if depth can be large: replace calls with an explicit stack loop',
    },
  },
];
