import type { LibraryEntry } from '../libraryEntry';

/** Built-in material for comparing, converting, collecting and accessing data; the library registry serves it offline. */
export const crossLanguageDataEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'equality-comparison',
    fundamentals: {
      title: 'Equality: identity, value and loose comparison',
      conceptId: 'equality-comparison',
      level: 'fundamentals',
      explanation: `Every language has at least two notions of "equal": **identity** (the same object) and **value equality** (equivalent contents). Mixing them up is a classic bug.

| Language | identity | value |
|---|---|---|
| TypeScript/JavaScript | \`===\` on objects | none built in: compare fields, or a library |
| Python | \`is\` | \`==\` (\`__eq__\`) |
| Java | \`==\` on objects | \`.equals()\` |
| C# | \`ReferenceEquals\` | \`==\`/\`Equals\` (records and strings compare by value) |

\`\`\`ts
const a = { id: 1 };
const b = { id: 1 };
a === b;               // false: two different objects
a.id === b.id;         // true
\`\`\`

In JavaScript, always use \`===\`: \`==\` converts types first (\`'0' == 0\` and \`0 == ''\` are both true, yet \`'0' == ''\` is false). The one common exception is \`x == null\`, which checks for both \`null\` and \`undefined\`.

Java's \`==\` on \`String\` or boxed \`Integer\` compares references: \`Integer.valueOf(127) == Integer.valueOf(127)\` is true because of the cache, but 128 is not. Python's \`is\` is only for singletons (\`None\`, \`True\`, sentinels); \`x is 1000\` is unreliable and a SyntaxWarning.

Floating-point values need a tolerance: \`0.1 + 0.2 === 0.3\` is false everywhere IEEE 754 is used.`,
      workedExample: {
        language: 'typescript',
        before: `const selected = { id: 'u1', name: 'Ada' };
const users = [{ id: 'u1', name: 'Ada' }];

if (users.includes(selected)) {
  highlight(selected); // never runs
}`,
        after: `const selected = { id: 'u1', name: 'Ada' };
const users = [{ id: 'u1', name: 'Ada' }];

if (users.some((u) => u.id === selected.id)) {
  highlight(selected);
}`,
        note: '`includes` compares objects by identity; comparing the stable id expresses the intended "same user" test.',
      },
      pitfalls: [
        '`includes`, `indexOf`, `Set` and `Map` keys use identity for objects in JavaScript.',
        'Java `==` on strings and boxed numbers compares references, not values.',
        'Floating-point results rarely compare equal exactly; compare with a tolerance or use integers (cents).',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const ids = new Set([{ id: 1 }]);
console.log(ids.has({ id: 1 }), [NaN].includes(NaN), NaN === NaN, 0.1 + 0.2 === 0.3);`,
          answer: 'false true false false',
          explanation: 'Sets compare objects by identity. `includes` uses SameValueZero, under which NaN equals NaN, while `===` says NaN is never equal to itself. 0.1 + 0.2 is 0.30000000000000004.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Java, how should two `String` values be compared for equal contents?',
          code: '',
          choices: ['a == b', 'a.equals(b) (or Objects.equals(a, b) when either may be null)', 'a.compareTo(b) == 1', 'a.hashCode() == b.hashCode()'],
          answerIndex: 1,
          explanation: '`==` compares references and only appears to work for interned literals. Equal hash codes do not imply equal strings, and `compareTo` returns 0 for equality.',
        },
      ],
    },
    advanced: {
      title: 'Equality contracts: equals, hashing and ordering',
      conceptId: 'equality-comparison',
      level: 'advanced',
      explanation: `User-defined equality must follow a contract, or hash-based collections and sorting misbehave.

**Equals and hash go together.** Equal objects must have equal hash codes. Override \`equals\` without \`hashCode\` in Java (or \`Equals\` without \`GetHashCode\` in C#, \`__eq__\` without \`__hash__\` in Python) and a \`HashSet\` holds duplicates or a \`HashMap\` cannot find keys. Python sets \`__hash__ = None\` when you define \`__eq__\` alone, making instances unhashable. Records (Java, C#) and \`@dataclass(frozen=True)\` generate consistent pairs.

**Do not mutate keys.** Changing a field that participates in the hash after inserting the object into a set or map strands it in the wrong bucket.

**Equivalence relation.** Equality must be reflexive, symmetric and transitive. Subclasses that add fields and compare with \`instanceof\` break symmetry (\`point.equals(colorPoint)\` but not the reverse); compare exact classes or make classes final.

**Ordering consistent with equality.** A \`TreeSet\` or \`SortedDictionary\` uses the comparator, not \`equals\`, for duplicates: a comparator that only looks at names treats two different people with the same name as one.

\`\`\`java
record Point(int x, int y) {} // equals, hashCode and toString generated consistently
\`\`\`

In TypeScript, there is no equality protocol: \`Map\` keys compare by identity (SameValueZero), so use a string key (\`\${x},\${y}\`) for value semantics.`,
      workedExample: {
        language: 'python',
        before: `class Sku:
    def __init__(self, code: str) -> None:
        self.code = code

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sku) and other.code == self.code

stock = {Sku("A1"): 3}  # TypeError: unhashable type: 'Sku'`,
        after: `from dataclasses import dataclass

@dataclass(frozen=True)
class Sku:
    code: str

stock = {Sku("A1"): 3}
print(stock[Sku("A1")])  # 3`,
        note: 'A frozen dataclass generates matching `__eq__` and `__hash__` from the same field and forbids mutation, so instances are safe as keys.',
      },
      pitfalls: [
        'Overriding equals without hashCode makes hash-based collections lose or duplicate entries.',
        'Mutating a field used by the hash after insertion makes the entry unreachable.',
        'Sorted collections treat comparator ties as duplicates, even when `equals` says the objects differ.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'A `HashSet<Email>` accepts two equal emails. Which line shows the missing half of the contract?',
          code: `final class Email {
    private final String value;
    Email(String value) { this.value = value.toLowerCase(); }
    @Override public boolean equals(Object o) {
        return o instanceof Email e && e.value.equals(value);
    }
}`,
          bugLine: 4,
          answer: 'Override `hashCode()` alongside `equals` (e.g. `return value.hashCode();`), or make Email a record.',
          explanation: 'Without `hashCode`, equal emails get identity hash codes and usually land in different buckets, so the set never calls `equals` on them.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const cache = new Map<string, number>();
cache.set(JSON.stringify({ x: 1, y: 2 }), 10);
const byObject = new Map<object, number>([[{ x: 1, y: 2 }, 10]]);
console.log(cache.get(JSON.stringify({ x: 1, y: 2 })), byObject.get({ x: 1, y: 2 }));`,
          answer: '10 undefined',
          explanation: 'String keys compare by value; object keys compare by identity, and the lookup uses a new object. (JSON keys are order-sensitive, so build them from fields in a fixed order.)',
        },
      ],
    },
    hints: {
      nudge: 'Is this comparison asking "same object" or "same contents", and which one does the operator you used actually check?',
      concept: 'Equality comes in two kinds: identity (the same object) and value equality (equivalent contents). Each language\'s operators and collections choose one of them, and user-defined value equality must be consistent with hashing.',
      analogousExample: '`if (order.status == "PAID")` in Java can be false for an equal string built at run time; `"PAID".equals(order.status)` compares contents and is null-safe.',
      pseudoCode: 'decide: same object, or same contents?\nfor same contents: compare the identifying fields (or use the language\'s value-equality method)\nif objects are used as keys: define equality and hashing together, from immutable fields\nfor floats: compare within a tolerance',
    },
  },
  {
    conceptId: 'collections',
    fundamentals: {
      title: 'Collections: choosing list, set or map',
      conceptId: 'collections',
      level: 'fundamentals',
      explanation: `Choose a collection by the question your code asks most often:

- **In order, by position?** A list/array (\`T[]\`, \`list\`, \`List<T>\`, slice, \`Vec<T>\`).
- **Is this item present?** A set (\`Set\`, \`set\`, \`HashSet\`, \`map[T]struct{}\` in Go). Membership is O(1) on average, against O(n) for \`array.includes\`.
- **What is the value for this key?** A map (\`Map\`, \`dict\`, \`HashMap\`, \`Dictionary\`, Go \`map\`).

\`\`\`ts
const blocked = new Set(blockedIds);             // build once
const visible = posts.filter((p) => !blocked.has(p.authorId)); // O(1) per check
\`\`\`

Lookups of missing keys behave differently per language: JavaScript \`Map.get\` returns \`undefined\`; Python \`d[k]\` raises \`KeyError\` (use \`d.get(k)\` or \`d.get(k, default)\`); Java \`get\` returns \`null\`; C# indexer throws \`KeyNotFoundException\` (use \`TryGetValue\`); Go returns the zero value (use \`v, ok := m[k]\`).

In TypeScript, prefer \`Map\` over plain objects for dynamic keys: objects have prototype keys (\`'constructor' in {}\` is true), coerce keys to strings and have no cheap size. Python's \`collections\` module adds \`defaultdict\`, \`Counter\` and \`deque\`, which remove boilerplate for grouping, counting and queues.`,
      workedExample: {
        language: 'python',
        before: `def group_by_team(people: list[dict]) -> dict[str, list[str]]:
    groups = {}
    for p in people:
        if p["team"] not in groups.keys():
            groups[p["team"]] = []
        groups[p["team"]].append(p["name"])
    return groups`,
        after: `from collections import defaultdict

def group_by_team(people: list[dict]) -> dict[str, list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for p in people:
        groups[p["team"]].append(p["name"])
    return dict(groups)`,
        note: '`defaultdict(list)` creates the empty list on first access, removing the membership check and the repeated key lookups.',
      },
      pitfalls: [
        'Searching an array inside a loop (`includes`, `indexOf`, `in list`) makes the whole loop quadratic; build a set first.',
        'Plain JavaScript objects used as maps inherit prototype keys and stringify every key.',
        'Missing-key behaviour differs per language: undefined, null, zero value or an exception.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const m = new Map<unknown, string>();
m.set(1, 'number');
m.set('1', 'string');
const o: Record<string, string> = {};
o[1] = 'number';
o['1'] = 'string';
console.log(m.size, Object.keys(o).length);`,
          answer: '2 1',
          explanation: 'A Map keeps 1 and "1" as distinct keys. Object keys are converted to strings, so both assignments write the same "1" property.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which Go expression tells a missing key apart from a key whose value is 0?',
          code: `counts := map[string]int{"a": 0}`,
          choices: ['counts["b"] == 0', 'v, ok := counts["b"]', 'counts["b"] == nil', 'len(counts["b"]) == 0'],
          answerIndex: 1,
          explanation: 'Indexing returns the zero value for a missing key; the two-value form sets `ok` to false only when the key is absent.',
        },
      ],
    },
    advanced: {
      title: 'Collections: complexity, ordering and concurrent access',
      conceptId: 'collections',
      level: 'advanced',
      explanation: `Past the basics, collection bugs come from hidden costs and hidden assumptions.

**Hidden costs.** \`array.shift()\` and Python \`list.pop(0)\` are O(n); use a deque (\`collections.deque\`, \`ArrayDeque\`) or an index for queues. Spreading in a loop (\`acc = [...acc, x]\`, \`{...acc, [k]: v}\` inside \`reduce\`) is quadratic. \`list.insert(0, x)\` shifts everything. Java's \`LinkedList.get(i)\` walks the list.

**Ordering.** JavaScript \`Map\`/\`Set\`, Python \`dict\` (3.7+) and \`LinkedHashMap\` keep insertion order; \`HashMap\`, \`HashSet\`, Go maps and Rust \`HashMap\` do not, and Go randomises iteration so nobody depends on it. Use a sorted structure (\`TreeMap\`, \`BTreeMap\`, \`SortedDictionary\`) or sort explicitly when output must be stable, for example in tests and serialized files.

**Views and copies.** Java's \`List.of\` and \`Collections.unmodifiableList\` differ: one is immutable, the other a read-only view of a list that may still change. \`Arrays.asList\` is fixed-size. Python's \`dict.keys()\` is a live view.

**Concurrency.** Standard collections are not thread-safe. Concurrent writes to a Go map crash the program ("concurrent map writes"); Java \`HashMap\` can corrupt itself. Use \`ConcurrentHashMap\`, \`sync.Map\` or a lock, and remember compound operations (check-then-put) need atomic methods such as \`computeIfAbsent\`.

\`\`\`java
counts.merge(word, 1, Integer::sum); // atomic on ConcurrentHashMap
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `function indexById(items: Item[]): Record<string, Item> {
  return items.reduce((acc, item) => ({ ...acc, [item.id]: item }), {});
}`,
        after: `function indexById(items: Item[]): Map<string, Item> {
  const index = new Map<string, Item>();
  for (const item of items) index.set(item.id, item);
  return index;
}`,
        note: 'Spreading the accumulator copies every previous entry on each step, which is quadratic; a Map filled in place is linear and has no prototype keys.',
      },
      pitfalls: [
        'Removing from the front of an array or Python list is O(n); use a deque for queues.',
        'Hash-map iteration order is unspecified in Java, Go and Rust; do not let output or tests depend on it.',
        'Check-then-put on a concurrent map is still a race; use the atomic compound methods.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which structure gives O(1) appends and O(1) removal from the front in Python?',
          code: '',
          choices: ['list', 'tuple', 'collections.deque', 'dict'],
          answerIndex: 2,
          explanation: '`deque.popleft()` is O(1); `list.pop(0)` shifts every remaining element.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Under load this Go service crashes with "fatal error: concurrent map writes". Which line is the unsynchronised write?',
          code: `var hits = map[string]int{}

func handler(w http.ResponseWriter, r *http.Request) {
	hits[r.URL.Path]++
	fmt.Fprintln(w, "ok")
}`,
          bugLine: 4,
          answer: 'Guard the map with a `sync.Mutex` (lock around the increment) or use per-key atomic counters.',
          explanation: 'HTTP handlers run on many goroutines at once; Go maps are not safe for concurrent writes, and the runtime aborts when it detects one.',
        },
      ],
    },
    hints: {
      nudge: 'What question does this code ask of the collection most often: by position, membership, or by key? Does the structure answer it directly?',
      concept: 'Collections trade off access patterns: lists for order and position, sets for membership, maps for lookup by key. The choice decides complexity, ordering guarantees and missing-key behaviour.',
      analogousExample: 'Deduplicating emails with `if (!unique.includes(e)) unique.push(e)` is quadratic; `[...new Set(emails)]` does the same in linear time and keeps first-seen order.',
      pseudoCode: 'identify the main operation (iterate in order / test membership / look up by key)\npick list, set or map accordingly, built once outside loops\nhandle a missing key explicitly (get with default, two-value lookup)\nguard shared collections when several threads or goroutines write',
    },
  },
  {
    conceptId: 'object-property-access',
    fundamentals: {
      title: 'Property access: what a type says an object has',
      conceptId: 'object-property-access',
      level: 'fundamentals',
      explanation: `A statically typed language lets you read only the members the **declared type** has, not the members the object happens to have at run time. "Property 'x' does not exist on type 'Y'" (TypeScript), "has no attribute" (pyright, and \`AttributeError\` at run time), "cannot find symbol" (Java) and "does not contain a definition for" (C#) all mean: through this type, that member is not visible.

Usual causes and fixes:

- **A typo or a renamed field**: use the editor's completion; it lists what the type really has.
- **The value is typed too widely** (\`object\`, a base class, a union): narrow it first (\`if ('email' in contact)\`, \`isinstance\`, a discriminant check) rather than casting.
- **The type is missing a field that really exists**: fix the type declaration, not each access.
- **Dynamic keys**: \`obj[key]\` on a typed object needs \`key\` typed as \`keyof typeof obj\`, or use a \`Map\`/\`Record<string, V>\`.

\`\`\`ts
const limits = { free: 10, pro: 100 };
function limitFor(plan: string) {
  return limits[plan]; // error: 'string' can't be used to index this type
}
function limitFor2(plan: keyof typeof limits) {
  return limits[plan]; // ok: 'free' | 'pro'
}
\`\`\`

Dot access (\`obj.name\`) and bracket access (\`obj['name']\`) are equivalent for fixed names; brackets are for computed keys.`,
      workedExample: {
        language: 'typescript',
        before: `type Contact = { kind: 'email'; email: string } | { kind: 'phone'; phone: string };

function address(c: Contact): string {
  return c.email ?? c.phone; // error: Property 'email' does not exist on type Contact
}`,
        after: `type Contact = { kind: 'email'; email: string } | { kind: 'phone'; phone: string };

function address(c: Contact): string {
  return c.kind === 'email' ? c.email : c.phone;
}`,
        note: 'On a union only shared members are accessible; checking the discriminant narrows to the variant that has the property.',
      },
      pitfalls: [
        'Casting to `any` to reach a property hides a typo or a wrong type instead of fixing it.',
        'On a union type, only members common to every variant are accessible until you narrow.',
        'Indexing an object with an arbitrary `string` fails under `strict`; type the key as `keyof typeof obj` or use a Map.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why does TypeScript reject `pet.bark()` here?',
          code: `class Animal { name = 'x'; }
class Dog extends Animal { bark() { return 'woof'; } }
const pet: Animal = new Dog();
pet.bark();`,
          choices: [
            'Dog does not inherit from Animal.',
            'The declared type of `pet` is Animal, which has no `bark`; the checker goes by the declared type.',
            'Methods cannot be called on class instances.',
            'bark is private.',
          ],
          answerIndex: 1,
          explanation: 'Member access is checked against the static type. Narrow with `if (pet instanceof Dog)` or declare `pet` as a Dog.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const user: Record<string, string | undefined> = { name: 'Ada' };
const key = 'na' + 'me';
console.log(user[key], user.email, 'toString' in user);`,
          answer: 'Ada undefined true',
          explanation: 'Bracket access with a computed key reads the same property as `user.name`; a missing key reads as undefined; `in` also sees inherited prototype members such as `toString`.',
        },
      ],
    },
    advanced: {
      title: 'Property access: index signatures, excess properties and optional members',
      conceptId: 'object-property-access',
      level: 'advanced',
      explanation: `The checker's rules for properties balance safety against the dynamic nature of objects, and each compromise has an edge.

**Index signatures.** \`Record<string, T>\` promises that *every* string key has a \`T\`, which is false at run time. With \`noUncheckedIndexedAccess\`, reads are \`T | undefined\`. With \`noPropertyAccessFromIndexSignature\`, dot access is reserved for declared properties, so \`config.timout\` (typo) is an error and dynamic keys must use brackets.

**Excess property checks** apply only to fresh object literals: \`const u: User = { name, emial }\` is rejected, but passing a variable holding the same object is allowed, because structural typing accepts extra members.

**Optional members.** \`user.address?.city\` stops at \`null\`/\`undefined\`; it does not protect against a wrong type. Under \`exactOptionalPropertyTypes\`, \`{ nick?: string }\` forbids assigning \`undefined\` explicitly, distinguishing "absent" from "present but undefined", which matters for \`'nick' in user\` and for \`Object.keys\`.

**Prototype keys.** \`obj[userInput]\` on a plain object can hit \`__proto__\`, \`constructor\` or \`toString\`, and writing \`obj['__proto__']\` from untrusted input is prototype pollution. Use \`Map\`, \`Object.create(null)\`, or \`Object.hasOwn\` before reading.

In Python, \`getattr(obj, name, default)\` and \`__getattr__\` are the dynamic counterpart; type checkers cannot follow them, so keep them at the edges.`,
      workedExample: {
        language: 'typescript',
        before: `const handlers: Record<string, (body: string) => string> = {
  echo: (b) => b,
  upper: (b) => b.toUpperCase(),
};

function dispatch(action: string, body: string): string {
  return handlers[action](body); // "toString" or "constructor" crash at run time
}`,
        after: `const handlers = new Map<string, (body: string) => string>([
  ['echo', (b) => b],
  ['upper', (b) => b.toUpperCase()],
]);

function dispatch(action: string, body: string): string {
  const handler = handlers.get(action);
  if (!handler) throw new Error(\`unknown action "\${action}"\`);
  return handler(body);
}`,
        note: 'A Map has no inherited keys and its `get` admits absence, so unknown actions produce a clear error instead of calling a prototype method.',
      },
      pitfalls: [
        '`Record<string, T>` reads are typed as always present unless `noUncheckedIndexedAccess` is on.',
        'Excess property checks only apply to object literals written in place.',
        'Indexing plain objects with untrusted keys reaches prototype members and enables prototype pollution.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const routes: Record<string, string> = { home: '/' };
const name = 'constructor';
console.log(typeof routes[name], Object.hasOwn(routes, name));`,
          answer: 'function false',
          explanation: 'The plain object inherits `constructor` from Object.prototype, so the lookup finds a function even though the type promised a string; `Object.hasOwn` shows the key is not really there.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line is accepted by the compiler even though it contains a misspelled property?',
          code: `interface Options { timeout: number; retries?: number }
const raw = { timeout: 5, retires: 3 };
const a: Options = raw;
const b: Options = { timeout: 5, retires: 3 };`,
          bugLine: 3,
          answer: 'Write the literal in place (`const a: Options = { timeout: 5, retries: 3 }`) or annotate `raw` as `Options`, so the excess-property check catches `retires`.',
          explanation: 'Line 4 is rejected because fresh literals get excess property checks; line 3 assigns an existing variable, which structural typing accepts, so the typo silently drops the retries setting.',
        },
      ],
    },
    hints: {
      nudge: 'What is the declared type of the value before the dot, and does that type (not the runtime object) have this member?',
      concept: 'Property access is checked against the static type: only members the declared type has are visible. Narrow unions and base types first, fix type declarations that are missing real fields, and use key types or Maps for dynamic keys.',
      analogousExample: 'For `res: Response | ErrorResponse`, `res.data` fails until `if ("data" in res)` or `if (res.ok)` narrows to the variant that declares `data`.',
      pseudoCode: 'look up the static type of the object expression\nif the member is missing from the type:\n    typo: use the real member name\n    wide type or union: narrow first\n    type is wrong: fix the declaration\nfor dynamic keys: type the key as keyof, or use a Map',
    },
  },
  {
    conceptId: 'type-conversion',
    fundamentals: {
      title: 'Type conversion: explicit, checked and at the boundary',
      conceptId: 'type-conversion',
      level: 'fundamentals',
      explanation: `Conversion turns a value of one type into another: text into a number, a number into text, a wide type into a narrow one. Conversions that can fail (parsing) must be checked; conversions that cannot (formatting) should still be explicit.

Parsing text into numbers differs per language:

- TypeScript: \`Number('42px')\` is \`NaN\`, \`parseInt('42px', 10)\` is 42 (it stops at the first non-digit), \`Number('')\` is 0. Check with \`Number.isFinite\`.
- Python: \`int("42px")\` raises \`ValueError\`; \`int("4.2")\` raises too, use \`float\` first.
- Java: \`Integer.parseInt\` throws \`NumberFormatException\`; C#: prefer \`int.TryParse\`; Go: \`strconv.Atoi\` returns an \`error\`; Rust: \`"42".parse::<i32>()\` returns a \`Result\`.

\`\`\`ts
function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(\`invalid port "\${text}"\`);
  return port;
}
\`\`\`

JavaScript also converts implicitly: \`'5' + 1\` is \`'51'\`, \`'5' - 1\` is \`4\`. TypeScript rejects most of these mixes, but values typed \`any\` (from \`JSON.parse\`, form fields, environment variables) bypass it. Convert once, where data enters, and let the rest of the code work with the real type.

A type assertion (\`as number\`) is **not** a conversion: it changes what the compiler believes, not the value.`,
      workedExample: {
        language: 'typescript',
        before: `const pageSize = process.env.PAGE_SIZE as unknown as number;
const pages = Math.ceil(total / pageSize);
const next = pageSize + 10; // "2010" when PAGE_SIZE is "20"`,
        after: `const rawPageSize = process.env.PAGE_SIZE ?? '20';
const pageSize = Number.parseInt(rawPageSize, 10);
if (!Number.isInteger(pageSize) || pageSize <= 0) {
  throw new Error(\`PAGE_SIZE must be a positive integer, got "\${rawPageSize}"\`);
}
const next = pageSize + 10; // 30`,
        note: 'The assertion left a string in a number-typed variable, so `+` concatenated; parsing and checking once at startup gives a real number everywhere else.',
      },
      pitfalls: [
        'A type assertion or cast between unrelated types changes the compiler\'s belief, not the runtime value.',
        '`parseInt` silently ignores trailing garbage and `Number("")` is 0; validate the result.',
        'Environment variables, query strings and form fields are always strings until converted.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log(Number('42px'), parseInt('42px', 10), Number(''), Number(' 7 '), '5' + 1, '5' - 1);`,
          answer: 'NaN 42 0 7 51 4',
          explanation: '`Number` rejects the whole string unless it is numeric (after trimming whitespace; empty is 0); `parseInt` stops at the first non-digit; `+` with a string concatenates; `-` converts to numbers.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does Python\'s `int("3.5")` do?',
          code: '',
          choices: ['Returns 3', 'Returns 4', 'Raises ValueError', 'Returns 3.5'],
          answerIndex: 2,
          explanation: '`int` parses integer literals only; `int(float("3.5"))` truncates to 3, and `round` would give 4.',
        },
      ],
    },
    advanced: {
      title: 'Type conversion: numeric ranges, precision and lossy casts',
      conceptId: 'type-conversion',
      level: 'advanced',
      explanation: `Conversions between numeric types can lose information silently. Know where.

**Narrowing integer casts** wrap or truncate: Java \`(int) 3_000_000_000L\` is \`-1294967296\`; C# does the same unless in a \`checked\` context; Go \`int32(x)\` wraps; Rust \`as\` truncates too, while \`i32::try_from(x)\` returns an error. Prefer checked conversions at boundaries.

**Float to integer** truncates toward zero in Java, C#, Go and Python (\`int(-2.7)\` is -2); Rust's \`as\` saturates and maps NaN to 0. \`Math.round(-2.5)\` is -2 in JavaScript, while Python's \`round(2.5)\` is 2 (banker's rounding).

**Precision.** JavaScript numbers are doubles: integers above \`Number.MAX_SAFE_INTEGER\` (2^53 − 1) lose precision, so 64-bit ids from databases and JSON must stay strings or become \`bigint\`. \`JSON.parse('{"id": 9007199254740993}')\` silently yields \`9007199254740992\`. Money belongs in integer minor units or a decimal type (\`decimal\` in C#, \`BigDecimal\` in Java, Python's \`decimal\`), never in binary floats.

**Dates and strings.** \`new Date('2024-03-10')\` is UTC midnight while \`new Date('2024-03-10T00:00')\` is local midnight; Python's \`datetime.fromisoformat\` returns naive datetimes unless an offset is present. Convert with explicit formats and time zones.

\`\`\`rust
let small: u8 = u8::try_from(300_i32).unwrap_or(u8::MAX); // explicit about overflow
\`\`\``,
      workedExample: {
        language: 'typescript',
        before: `type Order = { id: number; totalCents: number };

const order = JSON.parse('{"id": 9007199254740993, "totalCents": 1999}') as Order;
console.log(order.id); // 9007199254740992: a different order`,
        after: `import { z } from 'zod';

const orderSchema = z.object({
  id: z.string().regex(/^\\d+$/), // the API sends 64-bit ids as strings
  totalCents: z.number().int().nonnegative(),
});

const order = orderSchema.parse(JSON.parse('{"id": "9007199254740993", "totalCents": 1999}'));
console.log(order.id); // "9007199254740993"`,
        note: 'Ids beyond 2^53 cannot survive conversion to a JavaScript number, so they travel as strings and are validated as digit strings at the boundary.',
      },
      pitfalls: [
        'Narrowing integer casts wrap silently in Java, C# (unchecked), Go and Rust `as`.',
        'JavaScript numbers lose integer precision above 2^53 − 1, including ids parsed from JSON.',
        'Rounding modes differ: Python rounds halves to even, JavaScript `Math.round` rounds halves up.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `console.log(Number.MAX_SAFE_INTEGER + 2, Math.round(-2.5), Math.trunc(-2.7), (0.1 * 3).toFixed(2));`,
          answer: '9007199254740992 -2 -2 0.30',
          explanation: '2^53 + 1 is not representable, so the sum rounds to 2^53. `Math.round` rounds halves towards +∞ (-2.5 becomes -2). `trunc` drops the fraction toward zero. `toFixed` formats the rounded decimal string.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'In Rust, which conversion reports that 300 does not fit in a `u8`?',
          code: '',
          choices: ['300 as u8', 'u8::try_from(300_i32)', 'u8::from(300)', '300_u8'],
          answerIndex: 1,
          explanation: '`try_from` returns `Err` for out-of-range values. `as` truncates to 44 without complaint; `From` is only implemented for lossless conversions; `300_u8` does not compile.',
        },
      ],
    },
    hints: {
      nudge: 'What type does this value really have at run time here (often a string from input), and where is it converted?',
      concept: 'Type conversion turns a value into another type: parsing can fail and must be checked, numeric conversions can lose range or precision, and a type assertion converts nothing at run time.',
      analogousExample: 'A query parameter `?limit=50` arrives as the string "50"; `Number.parseInt(limit, 10)` plus a range check yields a number, while `limit as number` leaves a string that concatenates.',
      pseudoCode: 'at the point where data enters:\n    parse into the target type with an explicit conversion\n    check the result (NaN, range, error value)\n    report a clear error with the original text if it fails\nuse the converted value everywhere after that',
    },
  },
];
