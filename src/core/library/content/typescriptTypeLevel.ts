import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for TypeScript type-level features (intersections, literals, discriminated unions, never, satisfies, keyof, mapped and conditional types, …); the library registry serves them when no LLM is available. */
export const typescriptTypeLevelEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'ts.intersection-types',
    fundamentals: {
      title: 'Intersection types: & combines capabilities, | lists alternatives',
      conceptId: 'ts.intersection-types',
      level: 'fundamentals',
      explanation: `An intersection \`A & B\` describes a value that is an \`A\` **and** a \`B\` at the same time: it has every member of both. That makes it the tool for adding capabilities to a type you do not own, or for composing small pieces:

~~~ts
type Timestamps = { createdAt: Date; updatedAt: Date };
type StoredOrder = Order & Timestamps;          // every Order field plus both dates
type AuthedRequest = Request & { user: User };  // what an auth middleware guarantees
~~~

The everyday mistake is writing \`&\` when you mean "one of these". A union \`A | B\` is for alternatives. An intersection of alternatives asks for a value that is both at once, and when the two disagree, no such value exists:

~~~ts
type Courier = { method: 'courier'; address: string };
type Pickup = { method: 'pickup'; storeId: string };
type Delivery = Courier & Pickup; // never: method cannot be both literals
const d: Delivery = { method: 'pickup', storeId: 's1' };
// TS2322: Type 'string' is not assignable to type 'never'.
~~~

When the conflicting property is not a literal tag, TypeScript keeps the object type and only that property collapses: in \`{ id: string } & { id: number }\`, \`id\` is \`string & number\`, which is \`never\`, so no value can ever be assigned to it.

So read "not assignable to type 'never'" on an object literal as a symptom: two parts of an intersection disagree. Hover the target type, find the property both sides declare, and decide whether you meant a union, or whether one side should stop declaring that property. When you access members of a collapsed type, the compiler even says why: "The intersection 'Courier & Pickup' was reduced to 'never' because property 'method' has conflicting types in some constituents."`,
      workedExample: {
        language: 'typescript',
        before: `type CardPayment = { method: 'card'; last4: string };
type BankPayment = { method: 'bank'; iban: string };

// meant: "accepts card payments and bank payments"
function describePayment(payment: CardPayment & BankPayment): string {
  return payment.method === 'card' ? \`card ending \${payment.last4}\` : \`bank \${payment.iban}\`;
  // TS2339: Property 'method' does not exist on type 'never'.
}

describePayment({ method: 'card', last4: '4242' });
// TS2322: Type 'string' is not assignable to type 'never'.`,
        after: `type CardPayment = { method: 'card'; last4: string };
type BankPayment = { method: 'bank'; iban: string };

function describePayment(payment: CardPayment | BankPayment): string {
  return payment.method === 'card' ? \`card ending \${payment.last4}\` : \`bank \${payment.iban}\`;
}

describePayment({ method: 'card', last4: '4242' });`,
        note: 'A payment is a card payment or a bank payment, never both, so the parameter is a union. The intersection demanded method to be "card" and "bank" at once; TypeScript reduced it to never, which made every access and every call an error.',
      },
      pitfalls: [
        'Using `&` for "either of these types": alternatives are a union; an intersection of conflicting alternatives is `never`.',
        'Trying to override a property with `Base & { field: OtherType }`: the two declarations are intersected, not replaced, so the field becomes `never` (or an odd `Date & string`).',
        'Reading "not assignable to type \'never\'" as a problem with the value: the value is fine; the target type has no values at all.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is the type of `Merged["id"]`?',
          code: `type WithStringId = { id: string; name: string };
type WithNumericId = { id: number; active: boolean };
type Merged = WithStringId & WithNumericId;`,
          choices: ['string | number', 'string', 'number', 'never'],
          answerIndex: 3,
          explanation:
            'An intersection keeps both declarations of id and intersects them: string & number has no values, so it is never. Merged still exists as an object type (id is not a literal tag), but no object can satisfy it, because nothing is assignable to its id.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'An auth middleware has already attached `user` to the request, but this does not compile. Which line is wrong?',
          code: `type HttpRequest = { url: string; headers: Record<string, string> };
type WithUser = { user: { id: string; roles: string[] } };

function requireAdmin(req: HttpRequest | WithUser): boolean {
  return req.user.roles.includes('admin');
}`,
          bugLine: 4,
          answer: 'The request has both shapes at once, so the parameter is `req: HttpRequest & WithUser`; then `req.user` and `req.url` are both available.',
          explanation:
            'With the union, TS2339 reports "Property \'user\' does not exist on type \'HttpRequest | WithUser\'": the value might be a plain HttpRequest. The middleware guarantees both, which is exactly what & expresses.',
        },
      ],
    },
    advanced: {
      title: 'Intersections in depth: interface extends, property overrides, brands and overloads',
      conceptId: 'ts.intersection-types',
      level: 'advanced',
      explanation: `**extends reports conflicts, & hides them.** \`interface PaidOrder extends Order { status: number }\` fails where it is declared (TS2430 "Interface 'PaidOrder' incorrectly extends interface 'Order'"). The alias \`type PaidOrder = Order & { status: number }\` compiles and silently becomes \`never\`, because \`status\` is a literal union in \`Order\`; the errors surface later, at every use. Interfaces are also cheaper for the checker: relationships between interfaces are cached, while an intersection is compared as a whole each time, which is why TypeScript's performance guide recommends \`interface ... extends\` for composing object types.

**Overriding a property** needs \`Omit\` first: \`Omit<Order, 'total'> & { total: string }\`. Intersecting a *compatible* refinement is fine and useful: \`Order & { status: 'paid' }\` narrows \`status\` to \`'paid'\`.

**Not every conflict collapses.** \`string & number\` is \`never\`, but \`Date & string\` is kept, because an object type intersected with a primitive is exactly how brands are written:

~~~ts
type UserId = string & { readonly __brand: 'UserId' };
function toUserId(raw: string): UserId {
  if (!/^u_[a-z0-9]+$/.test(raw)) throw new Error(\`bad user id \${raw}\`);
  return raw as UserId;   // the one sanctioned cast, behind a check
}
~~~

A plain \`string\` is then rejected where a \`UserId\` is expected (TS2345), so ids cannot be mixed up, at zero runtime cost.

**Distribution and functions.** \`(A | B) & C\` is \`(A & C) | (B & C)\`. An intersection of function types behaves like an overload list, resolved in order: \`((x: string) => string) & ((x: number) => number)\` called with \`1\` returns \`number\`.

**Runtime merges do not check.** \`Object.assign(a, b)\` is typed \`A & B\`, but at runtime the later object simply wins; where the declarations conflict, the type says \`never\` while the value is \`b\`'s.`,
      workedExample: {
        language: 'typescript',
        before: `interface Order { id: string; total: number; createdAt: Date }

// the JSON shape: money as a decimal string, dates as ISO strings
type OrderDto = Order & { total: string; createdAt: string };

function toDto(order: Order): OrderDto {
  return { ...order, total: order.total.toFixed(2), createdAt: order.createdAt.toISOString() };
  // TS2322: Type 'string' is not assignable to type 'never'.            (total)
  // TS2322: Type 'string' is not assignable to type 'Date & string'.    (createdAt)
}`,
        after: `interface Order { id: string; total: number; createdAt: Date }

type OrderDto = Omit<Order, 'total' | 'createdAt'> & { total: string; createdAt: string };

function toDto(order: Order): OrderDto {
  return { ...order, total: order.total.toFixed(2), createdAt: order.createdAt.toISOString() };
}`,
        note: 'An intersection cannot replace a property: number & string collapsed to never, and Date & string became a brand-like type no string satisfies. Omit removes the fields first, so the DTO declares them once, with the wire types.',
      },
      pitfalls: [
        'Composing large object types with `&` instead of `interface ... extends`: conflicts go unreported at the declaration and the checker does more work on every comparison.',
        'Assuming every conflicting intersection is `never`: object-and-primitive intersections such as `Date & string` survive as brand-like types that no ordinary value satisfies.',
        'Minting branded values with scattered `as UserId` casts: keep a single constructor function that validates, or the brand proves nothing.',
        'Trusting the type of `Object.assign` or a spread merge where both sides declare a key: the runtime result is simply the last writer.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which declaration is reported as an error where it is written?',
          code: `interface Order { id: string; status: 'open' | 'paid' }

interface PaidOrderA extends Order { status: number }
type PaidOrderB = Order & { status: number };`,
          choices: ['Only PaidOrderA', 'Only PaidOrderB', 'Both', 'Neither'],
          answerIndex: 0,
          explanation:
            'extends checks the new member against the base and reports TS2430 on PaidOrderA. The intersection PaidOrderB compiles and is reduced to never (its status is a conflicting literal property), so the mistake only shows up later, wherever a value is assigned to it.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `const merged = Object.assign({ retries: 3 }, { retries: '5' });
// merged: { retries: number } & { retries: string }, so merged.retries is never
console.log(typeof merged.retries, merged.retries);`,
          answer: 'string 5',
          explanation:
            'Object.assign copies the second object\'s retries over the first, so at runtime it is the string "5". The static type intersects number and string into never, which describes no real value: the conflict is only visible if you hover.',
        },
      ],
    },
    hints: {
      nudge: 'Look for an `&` in the type named by the error: do both sides declare the property that ended up as `never`?',
      concept:
        'An intersection `A & B` requires every member of both types at once. Use it to add capabilities; for "one of several shapes" use a union. When both sides declare the same property with incompatible types, that property (or the whole type, for literal tags) becomes `never`.',
      analogousExample:
        'Similar: `type Cached = Product & { price: string }`, written to store prices as text, makes `price` `number & string`, so saving `{ ...product, price: "9.99" }` fails with "not assignable to type \'never\'". `Omit<Product, "price"> & { price: string }` declares the field once.',
      pseudoCode:
        'find the type alias with & that the failing value is checked against\nlist the properties declared on more than one side\nif the sides are alternatives: change & to |\nelse if one side should replace a property: Omit it from the other side first\nelse: make the declarations agree',
    },
  },
  {
    conceptId: 'ts.literal-types',
    fundamentals: {
      title: 'Literal types and widening: when "GET" stops being "GET"',
      conceptId: 'ts.literal-types',
      level: 'fundamentals',
      explanation: `A literal type is a type with exactly one value: \`'GET'\`, \`404\`, \`true\`. Unions of them (\`'GET' | 'POST'\`) are how TypeScript models closed sets of options, and they only accept those exact values.

The surprise is that a variable holding \`'GET'\` does not necessarily have the type \`'GET'\`. TypeScript infers the literal type only where the value cannot change; wherever it could be reassigned, it **widens** the literal to its base type:

~~~ts
const verb = 'GET';              // 'GET'
let method = 'GET';              // string: a let can be reassigned
const spec = { method: 'GET' };  // { method: string }: properties are mutable
const list = ['GET', 'POST'];    // string[]
~~~

Once widened, the value no longer fits a literal union, and the error appears at the call, not at the declaration:

~~~text
TS2345: Argument of type 'string' is not assignable to parameter of type 'Environment'.
~~~

Three ways to keep the literal, from most to least common:

- **Annotate** the variable or object with the target type: \`let target: Environment = 'staging'\`. It stays assignable from other members of the union, and it is checked where written.
- **\`as const\`** on an object or array literal: every property becomes its literal type and \`readonly\`, arrays become readonly tuples.
- **\`satisfies T\`** on a literal: it is checked against \`T\`, and where \`T\` expects a literal union the property keeps its literal type.

Prefer fixing the declaration over casting at the call site (\`target as Environment\`): the cast accepts any string, including typos.`,
      workedExample: {
        language: 'typescript',
        before: `type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface Endpoint { path: string; method: HttpMethod }
declare function call(endpoint: Endpoint): Promise<Response>;

const createOrder = { path: '/orders', method: 'POST' };
call(createOrder);
// TS2345: Argument of type '{ path: string; method: string; }' is not assignable to parameter of type 'Endpoint'.
//   Types of property 'method' are incompatible.
//     Type 'string' is not assignable to type 'HttpMethod'.`,
        after: `type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface Endpoint { path: string; method: HttpMethod }
declare function call(endpoint: Endpoint): Promise<Response>;

const createOrder: Endpoint = { path: '/orders', method: 'POST' };
call(createOrder);`,
        note: 'The object was declared without a type, so its mutable method property widened to string, and string is not one of the four methods. Annotating the object gives the literal a contextual type: method stays "POST", and a typo such as "PSOT" is reported on the line that contains it.',
      },
      pitfalls: [
        'Assuming the inferred type of `let x = "GET"` is `"GET"`: `let` and object properties widen literals to `string`, `number` or `boolean`.',
        'Silencing the widening error with `value as Method` at the call site, which also accepts misspelled strings.',
        'Expecting `as const` to freeze anything at runtime: it is a compile-time `readonly`; use `Object.freeze` if other code may mutate the value.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these declarations has the type `"GET"` (not `string`)?',
          code: `const verb = 'GET';
let copy = verb;
const settings = { verb: 'GET' };
const tuple = ['GET'];`,
          choices: ['verb only', 'verb and copy', 'verb and settings.verb', 'all four'],
          answerIndex: 0,
          explanation:
            'A const holding a literal keeps the literal type. Copying it into a let widens it to string, the object property is mutable so it widens, and the array literal is string[]. Only `as const` or an annotation keeps the literal in those places.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The compiler reports TS2345 on the last line. Which line should change?',
          code: `type Environment = 'dev' | 'staging' | 'prod';
declare function deploy(env: Environment): Promise<void>;

let target = 'staging';
if (process.argv.includes('--prod')) target = 'prod';
await deploy(target);`,
          bugLine: 4,
          answer: 'Declare the variable with the union: `let target: Environment = \'staging\';`. The reassignment to \'prod\' is still allowed and every value is checked.',
          explanation:
            'A let initialised with a string literal is inferred as string, so deploy(target) fails with "Argument of type \'string\' is not assignable to parameter of type \'Environment\'". The error shows where the value is used, but the type was decided on line 4.',
        },
      ],
    },
    advanced: {
      title: 'Literal types in depth: widening rules, const type parameters and template literals',
      conceptId: 'ts.literal-types',
      level: 'advanced',
      explanation: `**Widening and non-widening literals.** \`const verb = 'GET'\` gets a *widening* literal type: it is \`'GET'\`, but a mutable copy (\`let m = verb\`, \`{ verb }\`) widens to \`string\`. An explicitly annotated \`const pinned: 'GET' = 'GET'\` is non-widening, so \`let m = pinned\` stays \`'GET'\`. A literal inferred for a type parameter is non-widening too: with \`function lit<T extends string>(x: T): T\`, \`let m = lit('GET')\` stays \`'GET'\`.

**Return types.** Without an annotation, a function whose only return is a literal is widened: \`function defaultMethod() { return 'GET'; }\` returns \`string\`. A function with several literal returns keeps the union: \`write ? 'POST' : 'GET'\` gives \`'POST' | 'GET'\`. Annotate the return type when callers depend on the literal.

**as const and derived unions.** \`const METHODS = ['GET', 'POST'] as const\` is \`readonly ['GET', 'POST']\`, and \`(typeof METHODS)[number]\` is the union, defined once for both runtime and types. The catch: \`METHODS.includes(value)\` with \`value: string\` is TS2345, because a readonly tuple's \`includes\` accepts only its element type. Widen the array for the check (\`(METHODS as readonly string[]).includes(value)\`), never the value.

**const type parameters (5.0).** A generic like \`function defineStates<T extends readonly string[]>(s: T)\` still infers \`string[]\` for an array literal argument. Writing \`<const T extends readonly string[]>\` asks for \`as const\`-style inference at every call, so callers need not remember to write it.

**Template literal types** describe string patterns: \`\` \`\${number}px\` \`\` accepts \`'12px'\` and rejects \`'12em'\`; \`\` \`/api/\${string}\` \`\` types route prefixes. They are checked only against literals; a plain \`string\` needs a runtime check or a type guard to become one.`,
      workedExample: {
        language: 'typescript',
        before: `const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
type HttpMethod = (typeof METHODS)[number];

function isHttpMethod(value: string): value is HttpMethod {
  return METHODS.includes(value);
  // TS2345: Argument of type 'string' is not assignable to parameter of
  //   type '"GET" | "POST" | "PUT" | "DELETE"'.
}`,
        after: `const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
type HttpMethod = (typeof METHODS)[number];

function isHttpMethod(value: string): value is HttpMethod {
  return (METHODS as readonly string[]).includes(value);
}`,
        note: 'The tuple keeps the literal union for the type, but its includes() then only accepts those four literals, which defeats a guard whose job is to test arbitrary strings. Widening the array (safe: every element is a string) lets the guard accept any input and narrow it.',
      },
      pitfalls: [
        'Relying on an unannotated function to return a literal type: a single literal return is widened to its base type.',
        'Passing an array literal to a generic without `const` type parameters and expecting a tuple of literals back: without `<const T>` (or `as const` at the call) it is `string[]`.',
        'Casting the value (`value as HttpMethod`) to satisfy `includes` on a readonly tuple: that skips the very check the guard exists to make.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What are the inferred return types of these two functions?',
          code: `function defaultMethod() { return 'GET'; }
function methodFor(write: boolean) { return write ? 'POST' : 'GET'; }`,
          choices: [
            'string and string',
            "'GET' and 'POST' | 'GET'",
            "string and 'POST' | 'GET'",
            "'GET' and string",
          ],
          answerIndex: 2,
          explanation:
            'An unannotated function whose inferred return type is a single literal is widened to the base type, so defaultMethod returns string. A union of literals is not widened, so methodFor keeps both values. Annotate when the exact literal matters.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The last line is meant to be rejected, but everything compiles. Which line is the cause?',
          code: `function defineStates<T extends readonly string[]>(states: T): T {
  return states;
}

const orderStates = defineStates(['open', 'paid', 'shipped']);
type OrderState = (typeof orderStates)[number];
const lost: OrderState = 'lost';`,
          bugLine: 1,
          answer: 'Declare a const type parameter: `function defineStates<const T extends readonly string[]>(states: T): T`. Then orderStates is `readonly ["open", "paid", "shipped"]` and `"lost"` is TS2322.',
          explanation:
            'Without `const`, the array literal argument is inferred as string[], so OrderState is plain string and any string passes. A const type parameter (TypeScript 5.0) infers the literal tuple, as if the caller had written `as const`.',
        },
      ],
    },
    hints: {
      nudge: 'Hover the variable the error points at: is its type the literal you wrote, or has it become `string`?',
      concept:
        'TypeScript keeps a literal type (`"GET"`, `42`) only where the value cannot change. `let` variables, object properties and array elements widen to `string`, `number` or `boolean`, which no longer fit a literal union. Annotate the declaration, use `as const`, or use `satisfies` to keep the literal.',
      analogousExample:
        'Similar: `const theme = { mode: "dark" }` has `mode: string`, so `applyTheme(theme)` fails where `mode: "light" | "dark"` is expected. Writing `const theme: ThemeSettings = { mode: "dark" }` keeps `"dark"` and checks the spelling.',
      pseudoCode:
        'find where the value was declared (not where the error is)\nif it is a let or a property of an unannotated object:\n    annotate it with the expected union / object type\nelse if it is a fixed table of values:\n    add as const (or satisfies the expected type)\navoid casting at the call site',
    },
  },
  {
    conceptId: 'ts.discriminated-unions',
    fundamentals: {
      title: 'Discriminated unions: one literal tag, one exact shape per state',
      conceptId: 'ts.discriminated-unions',
      level: 'fundamentals',
      explanation: `A discriminated (tagged) union is a union of object types that share one property, the *discriminant*, whose type is a different literal in every member. Checking the tag narrows the whole object to one member, so each branch sees exactly the fields that state has:

~~~ts
type FetchState =
  | { status: 'idle' }
  | { status: 'loading'; startedAt: number }
  | { status: 'success'; orders: Order[] }
  | { status: 'error'; error: Error };

function view(s: FetchState): string {
  switch (s.status) {
    case 'idle': return 'Nothing loaded yet';
    case 'loading': return \`Loading since \${s.startedAt}\`;
    case 'success': return \`\${s.orders.length} orders\`;
    case 'error': return s.error.message;
  }
}
~~~

Three rules make the pattern work:

- **The tag is a literal in every member.** A catch-all member with \`kind: string\` also matches \`kind === 'email'\`, so the check cannot exclude it and the variant's fields stay unavailable.
- **Read variant fields after the check.** Before it, TS2339 says "Property 'orders' does not exist on type 'FetchState'", and the elaboration names the member that lacks it.
- **Let the compiler prove completeness.** With a declared return type, a forgotten case is TS2366 ("Function lacks ending return statement and return type does not include 'undefined'."). In a \`default\` branch, \`const unhandled: never = s\` names the missing member. Comparing the tag with a misspelled literal is TS2367: "This comparison appears to be unintentional because the types ... have no overlap."

Booleans work as tags too: \`{ ok: true; value: T } | { ok: false; error: E }\` is the usual result type, and \`if (!r.ok)\` narrows to the failure.

The alternative, one interface with a \`type: string\` and optional fields, permits states that make no sense (loading *with* orders), and every reader has to use \`?.\` or \`!\` to get at fields that the tag already guaranteed.`,
      workedExample: {
        language: 'typescript',
        before: `interface SocketMessage {
  type: string;
  orderId?: string;
  total?: number;
  reason?: string;
}

function onMessage(msg: SocketMessage): void {
  if (msg.type === 'order.created') {
    metrics.add(msg.total); // TS2345: 'number | undefined' is not assignable to 'number'
  } else if (msg.type === 'order.canceled') { // misspelled, never matches
    audit(msg.orderId!, msg.reason!);
  }
}`,
        after: `type SocketMessage =
  | { type: 'order.created'; orderId: string; total: number }
  | { type: 'order.cancelled'; orderId: string; reason: string };

function onMessage(msg: SocketMessage): void {
  switch (msg.type) {
    case 'order.created':
      metrics.add(msg.total);
      break;
    case 'order.cancelled':
      audit(msg.orderId, msg.reason);
      break;
    default: {
      const unhandled: never = msg;
      throw new Error(\`Unhandled message \${JSON.stringify(unhandled)}\`);
    }
  }
}`,
        note: 'Each message type now carries exactly its fields, so no ! or ?. is needed. A misspelled tag such as "order.canceled" becomes TS2367 (no overlap with the union), and adding a third message type makes the never assignment fail until it is handled.',
      },
      pitfalls: [
        'Typing the tag as `string` in any member: that member matches every comparison, and narrowing stops working for the whole union.',
        'Modelling exclusive states as one interface with optional fields, which allows impossible combinations and forces `!` on every read.',
        'Ending a switch with `default: return null` instead of a `never` check: new members are silently handled by the fallback.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why is `n.address` a compile error here?',
          code: `type Notice =
  | { kind: 'email'; address: string }
  | { kind: 'sms'; phone: string }
  | { kind: string; payload: unknown };

function target(n: Notice) {
  if (n.kind === 'email') return n.address;
  return undefined;
}`,
          choices: [
            'Narrowing only works in switch statements, not in if',
            "The member with kind: string also matches 'email', so it cannot be ruled out",
            'The return type must be annotated for narrowing to happen',
            'address must be declared optional in every member',
          ],
          answerIndex: 1,
          explanation:
            'After the check, n is still `{ kind: "email"; address: string } | { kind: string; payload: unknown }`, and the second member has no address (TS2339). Give the catch-all its own literal tag, such as kind: "other".',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `type CartEvent =
  | { type: 'add'; sku: string; qty: number }
  | { type: 'remove'; sku: string }
  | { type: 'clear' };

function apply(cart: Map<string, number>, e: CartEvent): Map<string, number> {
  switch (e.type) {
    case 'add': cart.set(e.sku, (cart.get(e.sku) ?? 0) + e.qty); break;
    case 'remove': cart.delete(e.sku); break;
    case 'clear': cart.clear(); break;
  }
  return cart;
}
const events: CartEvent[] = [
  { type: 'add', sku: 'A', qty: 2 },
  { type: 'add', sku: 'B', qty: 1 },
  { type: 'clear' },
  { type: 'add', sku: 'A', qty: 1 },
  { type: 'add', sku: 'A', qty: 4 },
  { type: 'remove', sku: 'B' },
];
console.log([...events.reduce(apply, new Map<string, number>())].join(';'));`,
          answer: 'A,5',
          explanation:
            'clear empties the cart, then A is added twice (1 + 4 = 5) and removing B, which is no longer there, does nothing. Spreading a Map yields [key, value] pairs, and joining a pair gives "A,5".',
        },
      ],
    },
    advanced: {
      title: 'Discriminated unions at scale: handler maps, destructured tags and the wire',
      conceptId: 'ts.discriminated-unions',
      level: 'advanced',
      explanation: `**What keeps narrowing alive.** Checking \`msg.type\` narrows \`msg\`. So does a destructured tag, \`const { type } = msg\` (TypeScript 4.6+), and an aliased condition, \`const ok = r.ok; if (ok) ...\` (4.4+), as long as both the alias and the object are \`const\` (or unmodified parameters). A \`let\` copy of the tag, or a tag read into a mutable variable, loses the connection and nothing narrows.

**Picking one member.** \`Extract<Message, { type: 'order.created' }>\` gives that variant without redeclaring it, and a mapped type builds a handler table checked for completeness:

~~~ts
type Handlers = { [T in Message['type']]: (msg: Extract<Message, { type: T }>) => void };
~~~

**The correlated-union problem.** Dispatching through that table, \`handlers[msg.type](msg)\`, fails with TS2345 "Argument of type 'Message' is not assignable to parameter of type 'never'", and the elaboration says the intersection of the handlers' parameters "was reduced to 'never'". The checker sees a union of handlers and a union of messages and cannot tell that they vary together, so a call is only safe with a value that fits every handler at once. The fix (since 4.6) is to express both through one generic key: a payload map, a \`Message<K>\` defined by indexing a mapped type, and \`dispatch<K extends keyof Payloads>(msg: Message<K>)\`.

**Generic parameters do not narrow.** Inside \`function f<T extends Message>(m: T)\`, checking \`m.type\` narrows the value \`m\` but never the type parameter \`T\`, so a return type written in terms of \`T\` (\`T extends { type: 'order.created' } ? number : string\`) still rejects \`return m.total\` with TS2322.

**The tag is only as true as the data.** JSON from a queue or an older client can carry tags your union does not list. Validate at the boundary (zod's \`z.discriminatedUnion('type', [...])\` reports an invalid discriminator value) and keep a runtime throw in the \`never\` branch; for protocols with independently deployed peers, decide whether unknown tags are logged and skipped rather than fatal.`,
      workedExample: {
        language: 'typescript',
        before: `type Message =
  | { type: 'order.created'; orderId: string; total: number }
  | { type: 'user.deleted'; userId: string };
type Handlers = { [T in Message['type']]: (msg: Extract<Message, { type: T }>) => void };

declare const handlers: Handlers;

function dispatch(msg: Message): void {
  handlers[msg.type](msg);
  // TS2345: Argument of type 'Message' is not assignable to parameter of type 'never'.
}`,
        after: `interface Payloads {
  'order.created': { orderId: string; total: number };
  'user.deleted': { userId: string };
}
type Message<K extends keyof Payloads = keyof Payloads> = {
  [P in K]: { type: P } & Payloads[P];
}[K];
type Handlers = { [K in keyof Payloads]: (msg: Message<K>) => void };

declare const handlers: Handlers;

function dispatch<K extends keyof Payloads>(msg: Message<K>): void {
  handlers[msg.type](msg);
}`,
        note: 'Message (with the default K) is still the plain union, and narrowing on type works as before. Because handlers[msg.type] and msg are now both expressed through the same K, the checker can see they belong together, and the call compiles without a cast.',
      },
      pitfalls: [
        'Copying the tag into a `let` (or destructuring with `let`) before checking it: the check no longer narrows the object.',
        'Casting a handler table lookup to `any` to get past the correlated-union error, which also stops checking that each handler gets its own message type.',
        'Trusting the discriminant of parsed JSON: validate it, and keep a runtime branch for tags the union does not list.',
      ],
      quiz: [
        {
          kind: 'spot-the-bug',
          prompt: 'Lines 5 and 6 report TS2339. Which line breaks the narrowing?',
          code: `type Job = { status: 'queued' } | { status: 'running'; workerId: string } | { status: 'failed'; error: string };

function describeJob(job: Job): string {
  let { status } = job;
  if (status === 'running') return \`on \${job.workerId}\`;
  if (status === 'failed') return job.error;
  return status;
}`,
          bugLine: 4,
          answer: 'Destructure with const: `const { status } = job;` (or test `job.status` directly). Then each check narrows job.',
          explanation:
            'Narrowing through a destructured discriminant (TypeScript 4.6+) requires a const binding: a let could be reassigned between the check and the use, so the compiler no longer connects status with job.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which function fails to compile?',
          code: `type Reply = { ok: true; body: string } | { ok: false; code: number };
declare const r: Reply;

function a() { if (r.ok) return r.body; return ''; }
function b() { const success = r.ok; if (success) return r.body; return ''; }
function c() { let flag = r.ok; if (flag) return r.body; return ''; }
function d() { const { ok } = r; if (ok) return r.body; return ''; }`,
          choices: ['a', 'b', 'c', 'd'],
          answerIndex: 2,
          explanation:
            'Direct checks, const aliases of a condition (4.4+) and const destructuring (4.6+) all narrow r. The let in c could change before it is tested, so r stays the whole union and r.body is TS2339.',
        },
      ],
    },
    hints: {
      nudge: 'Which property tells the variants of this union apart, and has the code checked it before reading the field the error names?',
      concept:
        'A discriminated union gives every member a literal tag (`type`, `kind`, `status`). Comparing the tag narrows the object to the matching member, so its fields become available; a `never` check in the default branch proves every member is handled.',
      analogousExample:
        'Similar: `type Shipment = { state: "pending" } | { state: "shipped"; trackingId: string }`. Reading `s.trackingId` directly is TS2339; inside `if (s.state === "shipped")` it is a string, and a new `"returned"` state is flagged by the `never` default of every switch over `s.state`.',
      pseudoCode:
        'give every variant a tag property with a distinct literal value\nswitch on value.tag\n    in each case read only that variant\'s fields\ndefault:\n    assign value to a never-typed variable, then throw (data from outside can still be wrong)',
    },
  },
  {
    conceptId: 'ts.never-type',
    fundamentals: {
      title: 'never: the empty type, and what an unexpected never means',
      conceptId: 'ts.never-type',
      level: 'fundamentals',
      explanation: `\`never\` is the type with no values. That makes it the bottom of the type system: it is assignable to every type, and nothing except \`never\` is assignable to it. You meet it in four places:

1. **Functions that never return normally.** \`function fail(message: string): never { throw new Error(message); }\`; \`process.exit\` is typed \`never\` too. Code after a call to one is known to be unreachable on that path.
2. **Exhaustive narrowing.** Each check removes members from a union; once all are removed, the remaining type is \`never\`. That is why \`const unhandled: never = value\` compiles only when every case is handled.
3. **Impossible types.** \`string & number\`, or two object types with conflicting literal tags, reduce to \`never\`.
4. **Empty array literals with nothing to infer from**, such as a property initialised with \`[]\`:

~~~ts
const cart = { items: [], total: 0 };  // items: never[]
cart.items.push(sku);
// TS2345: Argument of type 'string' is not assignable to parameter of type 'never'.
~~~

The last one is the most common puzzle. An unexpected \`never\` means something removed every possibility: a property initialised with \`[]\`, a conflicting intersection, or narrowing that already excluded every member. Work backwards from the error to the point where the type became empty and fix it there, usually with an annotation (\`items: [] as string[]\` or a declared interface for the object).

\`never\` also vanishes from unions: \`string | never\` is \`string\`. That is why a function that returns a \`number\` or throws still has the type \`number\`, and why a branch that calls \`fail(...)\` does not widen a conditional expression.`,
      workedExample: {
        language: 'typescript',
        before: `function createCart() {
  const cart = { items: [], total: 0 };
  return {
    add(sku: string, price: number) {
      cart.items.push(sku);
      // TS2345: Argument of type 'string' is not assignable to parameter of type 'never'.
      cart.total += price;
    },
  };
}`,
        after: `interface Cart { items: string[]; total: number }

function createCart() {
  const cart: Cart = { items: [], total: 0 };
  return {
    add(sku: string, price: number) {
      cart.items.push(sku);
      cart.total += price;
    },
  };
}`,
        note: 'An empty array literal inside an object gives the checker nothing to infer the element type from, so under strictNullChecks it becomes never[], an array that can hold nothing. The annotation says what the array is for; the error was never about sku.',
      },
      pitfalls: [
        'Initialising object properties with `[]` and no type: the property is `never[]` and every push fails.',
        'Reading "not assignable to parameter of type \'never\'" as a problem with the argument, when the parameter\'s type is what went wrong.',
        'Writing a throwing helper without a `: never` return type: a function declaration that only throws is inferred as returning `void`, so callers do not narrow after it.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these types is NOT `never`?',
          code: '',
          choices: [
            'string & number',
            "Exclude<'a' | 'b', 'a' | 'b'>",
            "{ kind: 'a' } & { kind: 'b' }",
            'string | never',
          ],
          answerIndex: 3,
          explanation:
            'never is the empty union, so adding it to a union changes nothing: string | never is string. The others are empty: no value is both a string and a number, Exclude removed every member, and the two literal tags conflict.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'TS2345 is reported on line 7 ("\'string | undefined\' is not assignable to \'string\'"). Which line should change?',
          code: `function fail(message: string) {
  throw new Error(message);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) fail('PORT is not set');
  return Number.parseInt(raw, 10);
}`,
          bugLine: 1,
          answer: 'Annotate the helper: `function fail(message: string): never {`. Then the call on line 6 ends that path and raw is narrowed to string on line 7.',
          explanation:
            'A function declaration whose body only throws is inferred as returning void, not never, so the compiler assumes execution continues after fail() with raw still possibly undefined. Only an explicit never return type lets the call act like a throw in control-flow analysis.',
        },
      ],
    },
    advanced: {
      title: 'never in depth: control-flow effects, distribution and key filtering',
      conceptId: 'ts.never-type',
      level: 'advanced',
      explanation: `**Which calls end a path.** A call affects narrowing like a \`throw\` only if the function returns \`never\` **and** the call goes through references with explicit types. Inference is not enough: an arrow \`const fail = (m: string) => { throw new Error(m); }\` is inferred as \`(m: string) => never\`, yet \`if (!raw) fail('missing')\` does not narrow \`raw\`. The same holds for methods: \`log.fatal(...)\` narrows only when \`log\` itself has a declared type (\`const log: Logger = createLogger()\`). Function declarations that only throw are inferred as \`void\`, so they need \`: never\` written out anyway.

**never in conditional types.** \`never\` is the empty union, and a distributive conditional type maps over union members, so it maps \`never\` to \`never\`:

~~~ts
type IsString<T> = T extends string ? true : false;
type A = IsString<never>;            // never, not false
type IsNever<T> = [T] extends [never] ? true : false;
type B = IsNever<never>;             // true
~~~

Wrapping both sides in a tuple turns distribution off, which is the standard way to test for \`never\`.

**Filtering with never.** Mapping a key to \`never\` in a key-remapping clause removes it, and \`Exclude\` works by mapping unwanted members to \`never\`:

~~~ts
type DataOnly<T> = { [K in keyof T as T[K] extends Function ? never : K]: T[K] };
~~~

**Odd corners.** \`keyof never\` is \`string | number | symbol\` (a value that cannot exist has every key). \`never[]\` is assignable to \`string[]\`, which is why an empty \`never[]\` can be returned where any array type is expected.

**Exhaustiveness is a compile-time proof.** Data cast or parsed into a union can still hold other values at runtime; an \`assertNever\` helper should throw with the offending value, not return quietly.`,
      workedExample: {
        language: 'typescript',
        before: `interface Logger { info(msg: string): void; fatal(msg: string): never }
declare function createLogger(scope: string): Logger;

const log = createLogger('billing');

function chargeAmount(raw: string | undefined): number {
  if (raw === undefined) log.fatal('amount missing from request');
  return Number.parseFloat(raw);
  // TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.
}`,
        after: `interface Logger { info(msg: string): void; fatal(msg: string): never }
declare function createLogger(scope: string): Logger;

const log: Logger = createLogger('billing');

function chargeAmount(raw: string | undefined): number {
  if (raw === undefined) log.fatal('amount missing from request');
  return Number.parseFloat(raw);
}`,
        note: 'fatal() was already declared to return never, but control-flow analysis only trusts never-returning calls made through explicitly typed references, to avoid circular inference. Annotating the log constant is enough for the call to end that path, so raw is a string on the next line.',
      },
      pitfalls: [
        'Expecting an inferred `never` (an arrow function that throws, a method on an unannotated object) to narrow after the call: the reference needs an explicit type.',
        'Testing for `never` with `T extends never ? ... : ...`: it distributes over the empty union and yields `never`; write `[T] extends [never]`.',
        'Making `assertNever` log and return instead of throw: values from outside the type system then continue down a path the code considers impossible.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `Result`?',
          code: `type IsString<T> = T extends string ? true : false;
type Result = IsString<never>;`,
          choices: ['true', 'false', 'never', 'boolean'],
          answerIndex: 2,
          explanation:
            'IsString is distributive because T is a naked type parameter, and distributing over the empty union produces the empty union, never. Write [T] extends [string] to evaluate it without distribution.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `type Plan = 'free' | 'pro';
function assertNever(value: never): never {
  throw new Error(\`Unexpected plan: \${String(value)}\`);
}
function seats(plan: Plan): number {
  switch (plan) {
    case 'free': return 1;
    case 'pro': return 10;
    default: return assertNever(plan);
  }
}
const fromDb = JSON.parse('["pro", "team"]') as Plan[];
console.log(fromDb.map((p) => { try { return seats(p); } catch (e) { return (e as Error).message; } }).join(' | '));`,
          answer: '10 | Unexpected plan: team',
          explanation:
            'The switch is exhaustive for the declared union, but the cast let "team" in from the database. The never branch is unreachable for the compiler and reachable at runtime, which is why assertNever must throw.',
        },
      ],
    },
    hints: {
      nudge: 'The type in the error is `never`: where, a few lines earlier, did that value or property lose every possible type?',
      concept:
        '`never` is the type with no values. It appears when narrowing has excluded every member, when an intersection is impossible, when `[]` is inferred with nothing to go on, and as the return type of functions that always throw. An unexpected `never` points at an earlier declaration or check, not at the line that reports it.',
      analogousExample:
        'Similar: `const report = { rows: [] }` followed by `report.rows.push(row)` fails with "not assignable to parameter of type \'never\'". Declaring `const report: { rows: ReportRow[] } = { rows: [] }` gives the empty array an element type.',
      pseudoCode:
        'hover the value named in the error, then step backwards\nif it came from [] with no type: annotate the declaration\nif it came from an intersection: find the property both sides declare differently\nif narrowing removed everything: check the order and logic of the earlier conditions\nif a throwing helper does not narrow: give it an explicit never return type',
    },
  },
  {
    conceptId: 'ts.non-null-assertion',
    fundamentals: {
      title: 'The non-null assertion !: a promise to the compiler, not a check',
      conceptId: 'ts.non-null-assertion',
      level: 'fundamentals',
      explanation: `Postfix \`!\` removes \`null\` and \`undefined\` from the type of an expression: \`sessions.get(token)!\` is \`Session\` instead of \`Session | undefined\`. It is a claim for the type checker only, and it is erased when the code is compiled: \`sessions.get(token)!\` becomes exactly \`sessions.get(token)\`. No check is emitted, so **nothing throws at the \`!\`**, clear message or otherwise.

What happens when the claim is wrong depends on what the code does next:

- Use a member immediately, and you get the generic \`TypeError: Cannot read properties of undefined (reading 'userId')\`, which names neither the key that was missing nor why.
- Store the value, pass it on or compute with it, and nothing fails yet: \`undefined\` travels into a cache, a log record or arithmetic (\`price * 12\` is \`NaN\`), and the crash, if any, happens later and somewhere else.

~~~ts
const session = sessions.get(token)!;  // compiles to sessions.get(token)
audit.record(session.userId);          // TypeError here, far from the real cause
~~~

The honest alternatives all make the missing case explicit:

- **Narrow and decide**: \`if (!session) throw new UnauthorizedError(token);\` or return early. The error names the real problem.
- **Default** with \`??\` when there is a sensible fallback.
- **Optional chaining** (\`session?.userId\`) when absence is normal and \`undefined\` is an acceptable result.

\`!\` is defensible only where an invariant is local and obvious to a reader, for example \`map.get(key)!\` on the line right after \`if (!map.has(key)) map.set(key, [])\`. Even then, a narrowing check costs one line and stays true when the code around it changes.`,
      workedExample: {
        language: 'typescript',
        before: `interface Session { userId: string; expiresAt: number }
const sessions = new Map<string, Session>();

export function currentUser(token: string): string {
  const session = sessions.get(token)!;
  return session.userId; // TypeError: Cannot read properties of undefined (reading 'userId')
}`,
        after: `interface Session { userId: string; expiresAt: number }
const sessions = new Map<string, Session>();

export class UnauthorizedError extends Error {}

export function currentUser(token: string): string {
  const session = sessions.get(token);
  if (session === undefined || session.expiresAt < Date.now()) {
    throw new UnauthorizedError('unknown or expired session');
  }
  return session.userId;
}`,
        note: 'An unknown token is a normal event (expired cookie, logged out elsewhere), not an impossibility. The ! turned it into an anonymous TypeError that a handler would report as a 500; the check turns it into a typed error the HTTP layer can map to 401, and it made room for the expiry test the code had been missing.',
      },
      pitfalls: [
        'Believing `value!` throws when the value is missing: it compiles to `value`, and the failure (if any) happens later.',
        'Using `!` on lookups whose key comes from outside (`map.get(req.params.id)!`): a missing key is an expected input, not a broken invariant.',
        'Asserting the same variable again and again: `x!` does not narrow `x`, so the next line still sees `T | undefined`; narrow once with a check instead.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles under strict mode. What does it print?',
          code: `const prices = new Map([['basic', 10], ['pro', 25]]);
const plan = 'team';
const monthly = prices.get(plan)!;
console.log(\`annual: \${monthly * 12}\`);`,
          answer: 'annual: NaN',
          explanation:
            'The assertion is erased, so monthly is undefined at runtime, and undefined * 12 is NaN. Nothing threw: the wrong number flows on into whatever uses it, which is worse than a crash.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'At runtime, `find` returns `undefined` on line 2. What happens?',
          code: `function ownerEmail(team: { members: { id: string; email: string }[] }, id: string) {
  const member = team.members.find((m) => m.id === id)!;
  return member.email;
}`,
          choices: [
            'Line 2 throws "Non-null assertion failed"',
            'Line 2 throws a TypeError naming member',
            'Line 2 does nothing; line 3 throws "Cannot read properties of undefined (reading \'email\')"',
            'The function returns undefined without an error',
          ],
          answerIndex: 2,
          explanation:
            'The ! emits no code. member is undefined, and the first property access, on line 3, throws the generic TypeError. Had the function returned member itself, nothing would have thrown at all.',
        },
      ],
    },
    advanced: {
      title: 'Non-null assertions in real codebases: optional chains, lint rules and checked helpers',
      conceptId: 'ts.non-null-assertion',
      level: 'advanced',
      explanation: `**It does not end an optional chain.** Since TypeScript 3.9, \`a?.b!.c\` means \`a?.b.c\` with the \`!\` erased: the chain still short-circuits when \`a\` is missing, but throws when \`b\` is. So \`cfg.db?.host!.length\` is \`undefined\` without a \`db\` and a \`TypeError\` with a \`db\` that has no \`host\`. Putting \`!\` after \`?.\` nearly always contradicts itself.

**It does not narrow.** After \`const id = s!.userId\`, \`s\` is still \`T | undefined\`; the next \`s.expires\` is TS18048 again. Repeated \`!\` on the same variable is a sign that one check was needed.

**The same promise, in other places.** \`let token!: string\` and a class field \`client!: Client\` are definite-assignment assertions: they switch off "used before being assigned" and \`strictPropertyInitialization\` for that name, with the same failure mode.

**Lint it.** typescript-eslint has \`no-non-null-assertion\` (in the \`strict\` configs), \`no-non-null-asserted-optional-chain\` and \`no-extra-non-null-assertion\` (in \`recommended\`), and the type-aware \`no-unnecessary-type-assertion\`, which reports a \`!\` that no longer changes the type, for example after a refactor made the value non-nullable.

**noUncheckedIndexedAccess tempts it.** With the flag on, \`arr[i]\` is \`T | undefined\` and loops fill up with \`arr[i]!\`. Prefer \`for...of\`, \`entries()\`, or a check that handles the short array, because the flag is telling the truth about parallel arrays.

**Make the check cheap to write.** A small helper that throws a message naming what was missing replaces most assertions:

~~~ts
export function required<T>(value: T, what: string): NonNullable<T> {
  if (value === null || value === undefined) throw new Error(\`\${what} is missing\`);
  return value;
}
const session = required(sessions.get(token), \`session for token \${token.slice(0, 6)}…\`);
~~~`,
      workedExample: {
        language: 'typescript',
        before: `export function initCheckout(): void {
  const form = document.querySelector<HTMLFormElement>('#checkout')!;
  const total = form.querySelector<HTMLOutputElement>('output[name=total]')!;
  form.addEventListener('input', () => {
    total.value = computeTotal(new FormData(form));
  });
}`,
        after: `function requireElement<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (element === null) throw new Error(\`initCheckout: no element matches "\${selector}"\`);
  return element;
}

export function initCheckout(): void {
  const form = requireElement<HTMLFormElement>(document, '#checkout');
  const total = requireElement<HTMLOutputElement>(form, 'output[name=total]');
  form.addEventListener('input', () => {
    total.value = computeTotal(new FormData(form));
  });
}`,
        note: 'When a template change renames the output element, the asserted version fails inside the input listener with "Cannot set properties of null", on the first keystroke. The helper fails at initialisation with the selector in the message, and the ! operators, which no lint rule can verify, are gone.',
      },
      pitfalls: [
        'Writing `a?.b!.c` to "make the chain safe": the `!` is erased and the chain throws when `b` is missing.',
        'Leaving `!` in place after a refactor made the value non-nullable; `no-unnecessary-type-assertion` finds these stale promises.',
        'Sprinkling `arr[i]!` under `noUncheckedIndexedAccess` instead of iterating with `for...of` or handling arrays of different lengths.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `interface Cfg { db?: { host?: string } }
function hostLength(cfg: Cfg): string {
  try { return String(cfg.db?.host!.length); } catch { return 'TypeError'; }
}
console.log(hostLength({}), hostLength({ db: {} }), hostLength({ db: { host: 'pg' } }));`,
          answer: 'undefined TypeError 2',
          explanation:
            'The chain compiles to cfg.db?.host.length. Without db it short-circuits to undefined; with a db but no host, reading .length of undefined throws; with a host it returns 2. The ! changed no behaviour, only what the compiler believed.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'With `noUncheckedIndexedAccess` on, this compiles. `lineTotals([2, 3], [5])` returns `[10, NaN]`. Which line hides the problem?',
          code: `export function lineTotals(prices: number[], quantities: number[]): number[] {
  const totals: number[] = [];
  for (let i = 0; i < prices.length; i++) {
    totals.push(prices[i]! * quantities[i]!);
  }
  return totals;
}`,
          bugLine: 4,
          answer: 'Handle the length mismatch instead of asserting it away: check `prices.length === quantities.length` up front and throw, or read `const qty = quantities[i]; if (qty === undefined) throw new Error(...)`.',
          explanation:
            'The flag correctly typed quantities[i] as number | undefined, because the arrays are independent. The ! silenced exactly that warning, and the missing quantity became NaN in an invoice total.',
        },
      ],
    },
    hints: {
      nudge: 'Find the `!` on or near that line: what guarantees, at runtime, that the value is never `null` or `undefined` there?',
      concept:
        'Postfix `!` only removes `null | undefined` from the static type. It emits no check, so a wrong assumption surfaces later as a generic TypeError or a silent `undefined`. Replace it with a narrowing check that decides what absence means, a `??` default, or `?.` when absence is normal.',
      analogousExample:
        'Similar: `const row = await db.findUser(id); sendWelcome(row!.email)` crashes with "Cannot read properties of null" for a deleted user. `if (!row) { log.warn(...); return; }` before the call handles the deleted user on purpose.',
      pseudoCode:
        'value = lookup(...)          // T | undefined\nif value is missing:\n    throw an error that names the key / return early / use a default\nuse(value)                    // narrowed to T, no ! needed',
    },
  },
  {
    conceptId: 'ts.satisfies',
    fundamentals: {
      title: 'satisfies: check a value against a type without losing its own type',
      conceptId: 'ts.satisfies',
      level: 'fundamentals',
      explanation: `There are three ways to relate a value to a type, and they differ in what they check and what type the variable ends up with:

- **Annotation**, \`const limits: Record<string, Limit> = {...}\`: the literal is checked, and the variable *is* \`Record<string, Limit>\` from then on. Its actual keys and per-key value types are forgotten.
- **Assertion**, \`{...} as Record<string, Limit>\`: barely checked (only that the types overlap), and the variable is the asserted type.
- **\`satisfies\`** (TypeScript 4.9), \`{...} satisfies Record<string, Limit>\`: checked like an annotation, but the variable keeps the type inferred from the literal.

So with \`satisfies\`, every value is validated against \`Limit\`, and afterwards \`limits.checkout\` is still known to be the object form and \`limits.search\` a number. A misspelled key is an error in both directions: in the literal (TS2353 "Object literal may only specify known properties", when the target has fixed keys) and at use sites (TS2339 or TS2551 "Did you mean 'checkout'?"), where an annotation with \`Record<string, ...>\` would accept any name.

When the value does not fit, the error is TS1360: "Type '{ open: string; paid: string; }' does not satisfy the expected type 'Record<OrderStatus, string>'", with the elaboration naming the missing or wrong property. That makes \`satisfies Record<Union, V>\` a good way to write lookup tables that must cover every member of a union while staying precisely typed.

Use it for configuration objects, lookup tables and route or handler maps: values written once as literals where you want both a check and precise types. It emits no code; like every type operator, it is erased.`,
      workedExample: {
        language: 'typescript',
        before: `type Limit = number | { perMinute: number; burst: number };

const limits: Record<string, Limit> = {
  search: 30,
  checkout: { perMinute: 10, burst: 3 },
};

const burst = limits.checkout.burst;
// TS2339: Property 'burst' does not exist on type 'Limit'.
const typo = limits.chekout; // compiles: Limit`,
        after: `type Limit = number | { perMinute: number; burst: number };

const limits = {
  search: 30,
  checkout: { perMinute: 10, burst: 3 },
} satisfies Record<string, Limit>;

const burst = limits.checkout.burst; // number
// limits.chekout -> TS2551: Property 'chekout' does not exist ... Did you mean 'checkout'?`,
        note: 'The annotation made every entry a Limit, so the code had to narrow values it had just written, and any key name compiled. satisfies still checks each value against Limit but keeps the literal\'s own type: real keys, and the exact shape of each value.',
      },
      pitfalls: [
        'Annotating lookup tables as `Record<string, V>`: any key then compiles and `keyof typeof table` is `string`.',
        'Using `as T` where `satisfies T` was meant: an assertion skips missing-property and value checks that `satisfies` performs.',
        'Expecting `satisfies` to convert or validate data at runtime: it is erased like every type annotation.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which declaration reports that the `refunded` label is missing?',
          code: `type OrderStatus = 'open' | 'paid' | 'refunded';
const a: Record<string, string> = { open: 'Open', paid: 'Paid' };
const b = { open: 'Open', paid: 'Paid' } satisfies Record<string, string>;
const c = { open: 'Open', paid: 'Paid' } satisfies Record<OrderStatus, string>;
const d = { open: 'Open', paid: 'Paid' } as Record<OrderStatus, string>;`,
          choices: ['a and c', 'only c', 'c and d', 'all four'],
          answerIndex: 1,
          explanation:
            'a and b are checked against Record<string, string>, which any set of keys satisfies. c is checked against all three statuses and fails with TS1360. d is an assertion, which only requires the types to overlap, so the missing key passes and d.refunded is undefined at runtime.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'A misspelled flag name compiles and silently reads `undefined`. Which line should change?',
          code: `const featureFlags: Record<string, boolean> = {
  newCheckout: true,
  darkMode: false,
};
type FlagName = keyof typeof featureFlags;

function isOn(flag: FlagName): boolean {
  return featureFlags[flag];
}
isOn('newChekout');`,
          bugLine: 1,
          answer: 'Check the table without widening it: `const featureFlags = { newCheckout: true, darkMode: false } satisfies Record<string, boolean>;`. FlagName becomes "newCheckout" | "darkMode" and the call is TS2345.',
          explanation:
            'The annotation forgets the literal keys, so keyof typeof featureFlags is string and any name is accepted. With satisfies, the values are still checked to be booleans, but the keys stay exact.',
        },
      ],
    },
    advanced: {
      title: 'satisfies in practice: as const, mutable properties, functions and config files',
      conceptId: 'ts.satisfies',
      level: 'advanced',
      explanation: `**Combining with \`as const\`.** Write \`{...} as const satisfies T\`: the literal is made readonly and exact first, then checked. The reverse order, \`{...} satisfies T as const\`, is TS1355 ("A 'const' assertions can only be applied to references to enum members, or string, number, boolean, array, or object literals.") because \`as const\` then applies to a \`satisfies\` expression, not a literal.

**It can make properties narrower than you want.** The target type is used as a contextual type, so where it expects a literal union, the property keeps its literal: with \`{ backoff: 'exponential' } satisfies RetryPolicy\`, \`backoff\` is \`'exponential'\`, not \`'fixed' | 'exponential'\`. Assigning \`'fixed'\` later is TS2322. For values that will be mutated, or whose declared type is the contract callers should see, an annotation is the right tool.

**No more indexing with arbitrary strings.** Because the keys stay exact, \`prices[plan]\` with \`plan: string\` is TS7053. Type the parameter as \`keyof typeof prices\` and validate outside input once.

**Functions.** \`(async (req) => {...}) satisfies Handler\` gives the parameters contextual types and checks the return type, while the constant keeps the function's own type, which can be narrower than \`Handler\` (for example a more specific return type).

**Config files.** \`export default { ... } satisfies Config\` type-checks a tool's configuration without a \`defineConfig\` helper, and editors complete keys from \`Config\`. Current esbuild, swc, Babel and tsx strip \`satisfies\` like any type syntax.

**It cannot narrow a wider value.** \`satisfies\` checks that the expression's type is assignable to the target, so \`input satisfies 'a' | 'b'\` with \`input: string\` fails; converting a string into a union member still needs a runtime check.`,
      workedExample: {
        language: 'typescript',
        before: `interface RetryPolicy { attempts: number; backoff: 'fixed' | 'exponential' }

const policy = { attempts: 3, backoff: 'exponential' } satisfies RetryPolicy;

export function degrade(): void {
  policy.backoff = 'fixed';
  // TS2322: Type '"fixed"' is not assignable to type '"exponential"'.
}`,
        after: `interface RetryPolicy { attempts: number; backoff: 'fixed' | 'exponential' }

const policy: RetryPolicy = { attempts: 3, backoff: 'exponential' };

export function degrade(): void {
  policy.backoff = 'fixed';
}`,
        note: 'satisfies kept the inferred type, and because RetryPolicy expects a literal union, backoff was inferred as the single literal "exponential". This object is mutable state whose contract is RetryPolicy, so an annotation is the better fit; satisfies shines for values that are written once and read precisely.',
      },
      pitfalls: [
        'Writing `satisfies T as const`: the order is `as const satisfies T`.',
        'Using `satisfies` on objects that are reassigned later: literal-typed properties reject other members of the union.',
        'Indexing a `satisfies`-checked table with a plain `string` and reaching for `as any` when TS7053 appears, instead of typing the key as `keyof typeof table`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which line fails to compile?',
          code: `type Route = { path: \`/\${string}\`; auth: boolean };
const a = { path: '/orders', auth: true } satisfies Route;
const b = { path: '/orders', auth: true } as const satisfies Route;
const c = { path: '/orders', auth: true } satisfies Route as const;
const d: Route = { path: '/orders', auth: true };`,
          choices: ['Line 2 (a)', 'Line 3 (b)', 'Line 4 (c)', 'Line 5 (d)'],
          answerIndex: 2,
          explanation:
            'as const may only be applied to a literal (or enum member) expression. In c it is applied to the result of satisfies, which is TS1355. Line 3 has the valid order: make the literal const first, then check it.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Line 4 reports TS7053 ("expression of type \'string\' can\'t be used to index type ..."). Which line should change?',
          code: `const prices = { basic: 10, pro: 25 } satisfies Record<string, number>;

function priceOf(plan: string): number {
  return prices[plan];
}`,
          bugLine: 3,
          answer: 'Type the key: `function priceOf(plan: keyof typeof prices): number`, and validate untrusted input (for example with `Object.hasOwn(prices, input)` in a type guard) before calling it.',
          explanation:
            'satisfies keeps the exact keys basic and pro, so an arbitrary string may not index the object. That is the point: prices.team does not exist, and the parameter type should say which plans are valid.',
        },
      ],
    },
    hints: {
      nudge: 'Is this value checked with an annotation, an `as`, or `satisfies`, and which of those keeps the type you need afterwards?',
      concept:
        '`expr satisfies T` checks that a literal conforms to `T` (missing properties, wrong values, unknown keys) but leaves the variable with its own inferred type. An annotation checks and widens to `T`; `as T` barely checks at all.',
      analogousExample:
        'Similar: `const timeouts: Record<string, string> = { connect: "500ms" }` lets `timeouts.conect` compile. ``const timeouts = { connect: "500ms" } satisfies Record<string, `${number}ms`>`` checks that every value is a millisecond string and reports `conect` as a property that does not exist.',
      pseudoCode:
        'if the value is a literal written once (config, table, map):\n    write: const table = { ... } satisfies TargetType      (as const satisfies ... for exact literals)\nelse if the variable will be reassigned or mutated:\n    annotate: const state: TargetType = { ... }\nnever use as TargetType to make a literal fit',
    },
  },
  {
    conceptId: 'ts.index-signatures',
    fundamentals: {
      title: 'Index signatures and Record: typing objects used as dictionaries',
      conceptId: 'ts.index-signatures',
      level: 'fundamentals',
      explanation: `When an object is used as a dictionary, with keys only known at runtime, its type needs an **index signature**: \`{ [sku: string]: number }\`, or the equivalent \`Record<string, number>\`. Without one, indexing with a \`string\` is an error under \`noImplicitAny\`:

~~~text
TS7053: Element implicitly has an 'any' type because expression of type 'string'
  can't be used to index type '{ 'eu-west-1': string; 'us-east-1': string; }'.
~~~

The tempting fix, annotating the object as \`Record<string, string>\`, removes the error by making a claim that is false: **an index signature says every key has a value**. \`stock['sku-2']\` is typed \`number\` and is \`undefined\` at runtime. The compiler will happily let you call methods on it or add it to a total.

Ways to be honest about missing keys:

- \`noUncheckedIndexedAccess\` in tsconfig makes every index-signature lookup \`T | undefined\`, so each read must handle the miss.
- \`Partial<Record<K, V>>\` for a sparse table over known keys: \`Record<'free' | 'pro' | 'team', number>\` requires all three keys (TS2741 otherwise), its \`Partial\` version types lookups as \`number | undefined\`.
- A **\`Map\`**, whose \`get\` always returns \`V | undefined\` and which has no inherited keys, a \`size\`, insertion-ordered iteration and keys of any type.

Plain objects have one more trap: inherited properties. \`'toString' in {}\` is \`true\` and \`cache['constructor']\` is a function, so presence checks with \`in\` or truthiness give wrong answers for keys that come from users. \`Object.hasOwn(obj, key)\` checks own properties only. For data keyed by user input (tags, file names, headers), a \`Map\` or \`Set\` avoids the whole class of problems.`,
      workedExample: {
        language: 'typescript',
        before: `const regionEndpoints = {
  'eu-west-1': 'https://eu.api.example.com',
  'us-east-1': 'https://us.api.example.com',
};

export function endpointFor(region: string): string {
  return regionEndpoints[region]; // TS7053
}`,
        after: `const regionEndpoints = new Map([
  ['eu-west-1', 'https://eu.api.example.com'],
  ['us-east-1', 'https://us.api.example.com'],
]);

export function endpointFor(region: string): string {
  const endpoint = regionEndpoints.get(region); // string | undefined
  if (endpoint === undefined) throw new Error(\`Unknown region "\${region}"\`);
  return endpoint;
}`,
        note: 'Annotating the object as Record<string, string> would also have silenced TS7053, but then endpointFor("ap-south-1") returns undefined typed as string and the failure surfaces as a request to "undefined/orders". The Map lookup is typed honestly, and the unknown region is reported where it enters.',
      },
      pitfalls: [
        'Assuming a lookup in a `Record<string, V>` always finds a value: the type says so, the runtime does not.',
        'Silencing TS7053 by widening the object to `Record<string, V>` instead of handling unknown keys.',
        'Testing presence with `key in obj` or `if (obj[key])` on plain objects: inherited keys such as `toString` and `constructor` are "present".',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'With `strict` on and `noUncheckedIndexedAccess` off, what are the static type and the runtime value of `left`?',
          code: `const stock: Record<string, number> = { 'sku-1': 4 };
const left = stock['sku-2'];`,
          choices: [
            'number, and undefined at runtime',
            'number | undefined, and undefined at runtime',
            'number, and 0 at runtime',
            'any, and undefined at runtime',
          ],
          answerIndex: 0,
          explanation:
            'An index signature promises a number for every string key, so the lookup is typed number, but the object has no sku-2. noUncheckedIndexedAccess would type it number | undefined; a Map would return number | undefined anyway.',
        },
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const cache: Record<string, string> = {};
cache['user:1'] = 'Ada';
console.log('user:1' in cache, 'toString' in cache, Object.hasOwn(cache, 'toString'));`,
          answer: 'true true false',
          explanation:
            'The in operator also finds properties inherited from Object.prototype, so an empty object "contains" toString. Object.hasOwn looks only at the object\'s own keys. Dictionaries keyed by outside data should use hasOwn, Object.create(null) or a Map.',
        },
      ],
    },
    advanced: {
      title: 'Index signatures in depth: key patterns, implicit signatures and lookup flags',
      conceptId: 'ts.index-signatures',
      level: 'advanced',
      explanation: `**Key types.** Signatures may use \`string\`, \`number\`, \`symbol\` and, since 4.4, template literal patterns: \`\` { [attr: \`data-\${string}\`]: string } \`\` accepts \`'data-id'\` and rejects \`'aria-label'\` in a literal. A \`number\` signature is really a string key at runtime (\`obj[1]\` is \`obj['1']\`), which is why \`keyof { [k: string]: V }\` is \`string | number\`.

**Declared members must fit the signature.** \`interface Headers { [name: string]: string; contentLength: number }\` is TS2411 ("Property 'contentLength' of type 'number' is not assignable to 'string' index type 'string'"). Widen the signature (\`string | number\`), or move the dynamic part into its own property (\`{ contentLength: number; extra: Record<string, string> }\`), which is usually the better model.

**Implicit index signatures.** An object type written as a type alias is assignable to \`Record<string, string>\` if all its properties are strings; an **interface** is not, because interfaces can be extended later by declaration merging. Passing one gives TS2345 "Index signature for type 'string' is missing in type 'BuildEnv'". Rather than converting the interface, make the consumer generic: \`<T extends Record<keyof T, string>>(vars: T)\` checks the same thing for any object type.

**Flags that make lookups honest.** \`noUncheckedIndexedAccess\` adds \`| undefined\` to signature lookups and array indexing. \`noPropertyAccessFromIndexSignature\` forces bracket syntax for signature keys (TS4111 "Property 'darkMode' comes from an index signature, so it must be accessed with ['darkMode']."), so dotted access always means a declared property and a typo cannot hide as a dictionary read.

**Choosing the container.** Use interfaces with declared properties for fixed shapes, \`Record<Union, V>\` for complete tables over a closed set, and \`Map\` or \`Set\` for open-ended keys from users or the network: no prototype keys, no string coercion of keys, \`size\` in O(1), and good behaviour under frequent additions and removals.`,
      workedExample: {
        language: 'typescript',
        before: `interface BuildEnv { NODE_ENV: string; API_URL: string }
declare function writeDotenv(vars: Record<string, string>): void;

const env: BuildEnv = { NODE_ENV: 'production', API_URL: 'https://api.example.com' };
writeDotenv(env);
// TS2345: Argument of type 'BuildEnv' is not assignable to parameter of type 'Record<string, string>'.
//   Index signature for type 'string' is missing in type 'BuildEnv'.`,
        after: `interface BuildEnv { NODE_ENV: string; API_URL: string }
declare function writeDotenv<T extends Record<keyof T, string>>(vars: T): void;

const env: BuildEnv = { NODE_ENV: 'production', API_URL: 'https://api.example.com' };
writeDotenv(env);`,
        note: 'An interface never gets an implicit index signature, since declaration merging could add a non-string member later. The generic constraint asks exactly what writeDotenv needs, that every declared property is a string, and still rejects an interface with PORT: number.',
      },
      pitfalls: [
        'Mixing fixed properties of other types into a `string`-valued signature and widening the signature to `any` to make TS2411 go away.',
        'Converting interfaces to type aliases (or adding `[k: string]: unknown`) just to pass them where a `Record` is expected, when a generic constraint states the real requirement.',
        'Using plain objects as sets of user-supplied keys: prototype keys make `if (seen[key])` true for "constructor" and "toString".',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `const seen: Record<string, boolean> = {};
function firstTime(tag: string): boolean {
  if (seen[tag]) return false;
  seen[tag] = true;
  return true;
}
console.log(['sale', 'sale', 'constructor'].map(firstTime).join(' '));`,
          answer: 'true false false',
          explanation:
            'The second "sale" was recorded by the first call. "constructor" was never recorded, but seen.constructor is inherited from Object.prototype (it is the Object function), which is truthy. A Set<string> gives the intended answer.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which interfaces are compile errors?',
          code: `interface A { [name: string]: string; retries: number }
interface B { [name: string]: string | number; retries: number }
interface C { [name: string]: unknown; retries: number }`,
          choices: ['Only A', 'A and B', 'All three', 'None'],
          answerIndex: 0,
          explanation:
            'Every declared property must be assignable to the string index signature\'s value type. number is not a string (A is TS2411), but it fits string | number and unknown.',
        },
      ],
    },
    hints: {
      nudge: 'Is the object on that line a fixed shape or a dictionary, and what should happen when the key is not in it?',
      concept:
        'Index signatures (`{ [k: string]: V }`, `Record<string, V>`) type objects used as dictionaries, and they claim every key has a value. Handle misses explicitly: `noUncheckedIndexedAccess`, `Partial<Record<K, V>>`, or a `Map` whose `get` returns `V | undefined`.',
      analogousExample:
        'Similar: `const rates = { EUR: 1, USD: 1.08 }; rates[currency]` with `currency: string` is TS7053. `new Map([["EUR", 1], ["USD", 1.08]])` with `rates.get(currency)` returns `number | undefined`, and an unsupported currency gets its own error message.',
      pseudoCode:
        'if the keys are a fixed, known set: type the key as that union (keyof typeof table)\nelse (keys from data or users):\n    use a Map (or an object with noUncheckedIndexedAccess)\n    value = lookup(key)\n    if value is missing: handle it (error / default)\ncheck presence with Map.has or Object.hasOwn, not in or truthiness',
    },
  },
  {
    conceptId: 'ts.keyof-typeof',
    fundamentals: {
      title: 'keyof, typeof and T[K]: derive types from one source of truth',
      conceptId: 'ts.keyof-typeof',
      level: 'fundamentals',
      explanation: `Three type operators let you compute types from things you already wrote instead of repeating them:

- **\`typeof value\`** in a type position gives the type TypeScript inferred for a value. (In an expression it is still JavaScript's runtime \`typeof\`, which returns \`'object'\`, \`'string'\` and so on.)
- **\`keyof T\`** is the union of \`T\`'s property names.
- **\`T[K]\`** (an *indexed access type*) is the type of property \`K\` of \`T\`; with a union of keys, the union of their types.

Together they turn one runtime object into the types that describe it:

~~~ts
const PERMISSIONS = { read: 1, write: 2, admin: 4 } as const;
type Permission = keyof typeof PERMISSIONS;            // 'read' | 'write' | 'admin'
type PermissionBit = (typeof PERMISSIONS)[Permission]; // 1 | 2 | 4

const REGIONS = ['eu-west-1', 'us-east-1'] as const;
type Region = (typeof REGIONS)[number];                // 'eu-west-1' | 'us-east-1'
~~~

Add a key to the object and every type derived from it follows. A hand-written union of the same names drifts the first time someone forgets to update it.

Two common errors:

- \`keyof PERMISSIONS\` is TS2749: "'PERMISSIONS' refers to a value, but is being used as a type here. Did you mean 'typeof PERMISSIONS'?". \`keyof\` takes a type, so lift the value with \`typeof\` first.
- Without \`as const\`, the values widen: \`typeof defaults[keyof typeof defaults]\` is \`string | number\`, not the literals.

The same operators make generic accessors precise: \`function get<T, K extends keyof T>(obj: T, key: K): T[K]\` returns the exact property type, and a misspelled key is TS2345 listing the valid names.`,
      workedExample: {
        language: 'typescript',
        before: `const featureDefaults = { newCheckout: false, darkMode: true, betaSearch: false };

// maintained by hand; betaSearch was added to the object last sprint
type FeatureName = 'newCheckout' | 'darkMode';

function isEnabled(name: FeatureName, overrides: Partial<Record<FeatureName, boolean>>): boolean {
  return overrides[name] ?? featureDefaults[name];
}`,
        after: `const featureDefaults = { newCheckout: false, darkMode: true, betaSearch: false };

type FeatureName = keyof typeof featureDefaults;

function isEnabled(name: FeatureName, overrides: Partial<Record<FeatureName, boolean>>): boolean {
  return overrides[name] ?? featureDefaults[name];
}`,
        note: 'The object is the source of truth at runtime, so the type is derived from it: isEnabled("betaSearch") now compiles, and removing a flag from the object turns every remaining use of its name into a compile error.',
      },
      pitfalls: [
        'Writing `keyof someValue`: `keyof` needs a type, so write `keyof typeof someValue`.',
        'Forgetting `as const` when deriving value unions: without it the value types widen to `string` or `number`.',
        'Maintaining a union of names by hand next to the object or array it mirrors.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `Value`?',
          code: `const defaults = { retries: 3, timeoutMs: 5000, region: 'eu-west-1' };
type Value = (typeof defaults)[keyof typeof defaults];`,
          choices: [
            'string | number',
            "3 | 5000 | 'eu-west-1'",
            "'retries' | 'timeoutMs' | 'region'",
            'unknown',
          ],
          answerIndex: 0,
          explanation:
            'keyof gives the three keys, and indexing with that union gives the union of the property types. Without as const the properties were widened to number and string, so the literals are gone.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The compiler reports errors on lines 2 and 5. Which line is the cause?',
          code: `const columns = { id: 'ID', email: 'E-mail', createdAt: 'Created' };
type Column = keyof columns;

function header(column: Column): string {
  return columns[column];
}`,
          bugLine: 2,
          answer: 'Lift the value into the type world first: `type Column = keyof typeof columns;`.',
          explanation:
            'columns is a value; keyof expects a type, so TS2749 asks "Did you mean \'typeof columns\'?". Column then falls back to string | number | symbol, which is why line 5 reports TS7053 too. Once Column is "id" | "email" | "createdAt", the lookup type-checks without an index signature.',
        },
      ],
    },
    advanced: {
      title: 'keyof in depth: Object.keys, unions of keys and writing through T[K]',
      conceptId: 'ts.keyof-typeof',
      level: 'advanced',
      explanation: `**Why \`Object.keys\` returns \`string[]\`.** Object types are structural: a \`Point\` may be an object with more keys than \`x\` and \`y\`. \`Object.keys(p)\` returns whatever is there, so typing it \`(keyof Point)[]\` would be a lie, and \`for (const k of Object.keys(defaults)) defaults[k]\` is TS7053. Iterate a key list you own (\`const KEYS = ['retries', 'region'] as const\`), use \`Object.entries\` when you only need values, or assert \`as (keyof T)[]\` only for objects you created yourself.

**keyof of unions and intersections.** \`keyof (A | B)\` is only the keys both have (a value of the union is guaranteed to have those); \`keyof (A & B)\` is all of them. \`keyof\` on a generic \`T\` is \`string | number | symbol\` in the worst case, so \`\` \`\${key}\` \`\` with \`key: K\` and \`K extends keyof T\` is TS2731 ("Implicit conversion of a 'symbol' to a 'string' will fail at runtime"); constrain with \`keyof T & string\`.

**Reading vs writing with union keys.** Reading \`obj[key]\` with \`key: keyof Settings\` gives the union of property types. *Writing* is stricter: since TypeScript 3.5, the value must fit every property the key might name, that is, their intersection, so \`s[key] = value\` with \`value: string | number\` is TS2322 "Type 'string | number' is not assignable to type 'never'". Correlate key and value with one type parameter: \`<K extends keyof Settings>(key: K, value: Settings[K])\`. That still has a hole: a caller can pass a key typed as the full union and any matching value, so validate at boundaries.

**typeof has limits.** It accepts identifiers and property paths, not calls: \`typeof loadUser()\` is a syntax error; write \`ReturnType<typeof loadUser>\`. For modules, \`typeof import('./config')\` gives the module's shape without importing it at runtime.`,
      workedExample: {
        language: 'typescript',
        before: `interface Settings { retries: number; region: string }

function setSetting(s: Settings, key: keyof Settings, value: Settings[keyof Settings]) {
  s[key] = value;
  // TS2322: Type 'string | number' is not assignable to type 'never'.
}`,
        after: `interface Settings { retries: number; region: string }

function setSetting<K extends keyof Settings>(s: Settings, key: K, value: Settings[K]) {
  s[key] = value;
}

// setSetting(settings, 'retries', 'eu')
//   TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.`,
        note: 'With independent unions, the compiler cannot rule out setSetting(s, "retries", "eu"), so the write target is number & string, which is never. One type parameter ties the value type to the key type, and mismatched calls are rejected at the call site.',
      },
      pitfalls: [
        'Casting `Object.keys(obj) as (keyof T)[]` for objects that come from outside: extra runtime keys then flow into code typed as if they could not exist.',
        'Typing a setter with `key: keyof T` and `value: T[keyof T]`: the write fails (or gets cast), because the key and value are not connected.',
        'Using `${key}` with `K extends keyof T` and being surprised by TS2731: keys may be symbols; constrain to `keyof T & string`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `Shared`?',
          code: `type Card = { kind: 'card'; last4: string; amount: number };
type Invoice = { kind: 'invoice'; dueDate: string; amount: number };
type Shared = keyof (Card | Invoice);`,
          choices: [
            "'kind' | 'amount'",
            "'kind' | 'last4' | 'amount' | 'dueDate'",
            'never',
            'string',
          ],
          answerIndex: 0,
          explanation:
            'A value of type Card | Invoice is only guaranteed to have the keys both members declare. keyof (Card & Invoice) would list all four.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `interface Point { x: number; y: number }
const reading = { x: 1, y: 2, sensorId: 'a7' };
const p: Point = reading;
console.log(Object.keys(p).join(','));`,
          answer: 'x,y,sensorId',
          explanation:
            'Assigning a variable (not a fresh literal) to Point is a structural check, so the extra property is allowed and stays on the object. This is exactly why Object.keys is typed string[] and not (keyof Point)[].',
        },
      ],
    },
    hints: {
      nudge: 'Is there already an object, array or function in the code that this type could be derived from instead of repeated?',
      concept:
        '`typeof value` lifts a value\'s inferred type into the type world, `keyof T` lists its keys, and `T[K]` looks up a property type. Derive unions and shapes from one source of truth (with `as const` where literals matter) so they cannot drift apart.',
      analogousExample:
        'Similar: `const STATUS_COLORS = { open: "blue", closed: "grey" } as const;` gives `type Status = keyof typeof STATUS_COLORS`, and `(typeof STATUS_COLORS)[Status]` is `"blue" | "grey"`; adding `archived` to the object updates both types.',
      pseudoCode:
        'source = the runtime object / array / function\nkeys   = keyof typeof source          (add as const to keep literals)\nvalues = (typeof source)[keyof typeof source]\nitems  = (typeof array)[number]\nresult = ReturnType<typeof fn>\nfor generic access: <K extends keyof T>(key: K) => T[K]',
    },
  },
];
