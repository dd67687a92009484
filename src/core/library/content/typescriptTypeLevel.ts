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
  {
    conceptId: 'ts.generic-constraints',
    fundamentals: {
      title: 'Generic constraints: what the body may assume about T',
      conceptId: 'ts.generic-constraints',
      level: 'fundamentals',
      explanation: `Inside a generic function, an unconstrained \`T\` could be anything: a number, \`undefined\`, an object without the field you need. So the body may only do what is valid for *every* type, and reading a property fails:

~~~text
TS2339: Property 'id' does not exist on type 'T'.
~~~

A constraint, \`<T extends { id: string }>\`, is an upper bound. Callers may pass any type that has at least an \`id\` string, and in return the body may use \`id\`. The caller's type is not lost: given \`Order[]\`, the function below returns \`Map<string, Order>\`, with every \`Order\` field still typed. That is the difference from a plain parameter type \`{ id: string }[]\`, which would hand back \`Map<string, { id: string }>\`.

~~~ts
function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
~~~

Constraints can refer to other type parameters. \`<T, K extends keyof T>\` limits \`K\` to real keys of \`T\`, which is how \`pluck(items, 'total')\` returns \`number[]\` and rejects a misspelled key with TS2345.

When a caller passes something that does not meet the constraint, the error is reported against the constraint type. For an object literal it can look odd: \`indexById([{ total: 5 }])\` says "Object literal may only specify known properties, and 'total' does not exist in type '{ id: string; }'". Read it as "this element does not satisfy \`{ id: string }\`".

Add a type parameter only if it connects things: an input to an output, or two inputs to each other. \`function size<T extends { length: number }>(x: T): number\` uses \`T\` once and is clearer as \`(x: { length: number }) => number\`; typescript-eslint's \`no-unnecessary-type-parameters\` reports such cases.`,
      workedExample: {
        language: 'typescript',
        before: `export function indexById<T>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
  // TS2339: Property 'id' does not exist on type 'T'.
}`,
        after: `export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

// indexById(orders) is Map<string, Order>; indexById([{ total: 5 }]) is rejected`,
        note: 'The body needs id, so the constraint states exactly that and nothing more. Callers keep their own element type in the result, which would be lost if the parameter were typed as { id: string }[] without a type parameter.',
      },
      pitfalls: [
        'Fixing "Property does not exist on type T" with `(item as any).id` instead of adding the constraint the body actually relies on.',
        'Over-constraining (`T extends Order`) when the body only needs one field: callers with other entity types are rejected for no reason.',
        'Declaring a type parameter that appears only once: it adds no checking over a plain parameter type.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which of these functions gains nothing from being generic?',
          code: `function first<T>(xs: readonly T[]): T | undefined { return xs[0]; }
function byId<T extends { id: string }>(xs: readonly T[]): Map<string, T> { return new Map(xs.map((x) => [x.id, x])); }
function size<T extends { length: number }>(x: T): number { return x.length; }
function pick<T, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }`,
          choices: ['first', 'byId', 'size', 'pick'],
          answerIndex: 2,
          explanation:
            'In size, T appears only in the parameter, so it relates nothing to anything: `(x: { length: number }): number` is equivalent and simpler. The others use their type parameters to connect the input to the result.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Line 2 reports "Property \'at\' does not exist on type \'T\'" (TS2339). Which line should change?',
          code: `function latest<T>(events: readonly T[]): T | undefined {
  return [...events].sort((a, b) => b.at - a.at)[0];
}`,
          bugLine: 1,
          answer: 'Constrain the type parameter to what the body uses: `function latest<T extends { at: number }>(events: readonly T[]): T | undefined`.',
          explanation:
            'The body reads at on each element, but an unconstrained T promises nothing about its members. The constraint makes the requirement part of the signature, and callers passing events without at get the error instead.',
        },
      ],
    },
    advanced: {
      title: 'Constraints in depth: "a different subtype of constraint", inference sites and NoInfer',
      conceptId: 'ts.generic-constraints',
      level: 'advanced',
      explanation: `**"T could be instantiated with a different subtype of constraint".** The full TS2322 elaboration reads: "'{ timeoutMs: number; }' is assignable to the constraint of type 'T', but 'T' could be instantiated with a different subtype of constraint 'RequestOptions'." The caller, not the function, chooses \`T\`. It might be \`RequestOptions & { signal: AbortSignal }\`, and a fresh \`{ timeoutMs: 5000 }\` is not one of those. A return type of \`T\` is only satisfiable with values that came from the caller as \`T\`. Return what you build (\`RequestOptions\`, or \`RequestOptions & T\` when you spread the input), or take the default as a \`T\` parameter.

**Constraints bound the type, checks narrow the value.** Inside \`<T extends string | number>\`, \`typeof x === 'string'\` narrows \`x\` to \`T & string\` but leaves \`T\` itself alone, which is why conditional return types written in terms of \`T\` still fail in each branch.

**Which bound?** Unconstrained \`T\` includes \`null\` and \`undefined\`. \`T extends {}\` excludes only those two. \`T extends object\` excludes primitives. \`T extends unknown[]\` accepts arrays and tuples; add \`const\` (\`<const T extends readonly unknown[]>\`) to infer tuples of literals.

**Inference sites and NoInfer.** TypeScript infers \`T\` from every argument typed with it. In \`withFallback<T extends string>(value: T | undefined, fallback: T)\`, a misspelled fallback does not fail: it is simply added to \`T\`. \`NoInfer<T>\` (TypeScript 5.4) removes a position from inference, so \`fallback\` is checked against the \`T\` inferred from \`value\`.

**Defaults.** \`<T extends Row = Row>\` supplies \`T\` when it cannot be inferred; the default must itself satisfy the constraint. Prefer \`unknown\` over \`any\` as a default, so callers who skip it must narrow.`,
      workedExample: {
        language: 'typescript',
        before: `interface RequestOptions { timeoutMs: number; retries?: number }

function withDefaults<T extends RequestOptions>(opts?: T): T {
  return opts ?? { timeoutMs: 5000 };
  // TS2322: Type 'T | { timeoutMs: number; }' is not assignable to type 'T'.
  //   ... 'T' could be instantiated with a different subtype of constraint 'RequestOptions'.
}`,
        after: `interface RequestOptions { timeoutMs: number; retries?: number }

function withDefaults<T extends Partial<RequestOptions>>(opts: T): RequestOptions & T {
  return { timeoutMs: 5000, ...opts };
}

// withDefaults({ retries: 2, signal }) is RequestOptions & { retries: number; signal: AbortSignal }`,
        note: 'The original promised to return exactly the caller\'s type, yet returned a literal it built itself, which is missing whatever extra members that type has. The fix promises what the function really produces, the defaults merged with the caller\'s fields, and it keeps those extra fields typed.',
      },
      pitfalls: [
        'Returning a freshly built object from a function typed `(): T`: only values received as `T` can be returned as `T`.',
        'Expecting a type guard on a value of type `T` to narrow `T` itself in the return type.',
        'Letting a "fallback" or "default" parameter widen the inferred type parameter instead of checking against it: wrap it in `NoInfer<T>`.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Why is the return statement an error?',
          code: `interface Entity { id: string; updatedAt: Date }

function blank<T extends Entity>(): T {
  return { id: '', updatedAt: new Date() };
}`,
          choices: [
            'updatedAt must be a string',
            'The caller picks T, which may require more members than the literal has',
            'Generic functions cannot return object literals',
            'T must be used in a parameter before it can be returned',
          ],
          answerIndex: 1,
          explanation:
            'blank<Entity & { ownerId: string }>() would be a valid call, and the literal has no ownerId. TS2322 says the literal "is assignable to the constraint of type \'T\', but \'T\' could be instantiated with a different subtype of constraint \'Entity\'". Return Entity instead, or take a factory for T.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The misspelled fallback compiles and `theme` can be `"drak"`. Which line should change?',
          code: `function withFallback<T extends string>(value: T | undefined, fallback: T): T {
  return value ?? fallback;
}

type Theme = 'light' | 'dark';
declare const saved: Theme | undefined;
const theme = withFallback(saved, 'drak');`,
          bugLine: 1,
          answer: 'Exclude the fallback from inference: `fallback: NoInfer<T>`. T is then inferred from value alone ("light" | "dark") and "drak" is TS2345.',
          explanation:
            'Both parameters are inference sites, so T was inferred as "light" | "dark" | "drak" and the typo became part of the type. NoInfer (TypeScript 5.4) keeps fallback checked against T without letting it widen T.',
        },
      ],
    },
    hints: {
      nudge: 'What does the generic body use from `T`, and does the signature say that `T` has it?',
      concept:
        'A constraint (`T extends Shape`) is the contract between a generic function and its callers: callers must pass a type with Shape\'s members, and the body may use them. The caller still chooses `T`, so the body can only return values it received as `T`, not values it built.',
      analogousExample:
        'Similar: `function sumBy<T>(rows: T[], key: keyof T) { return rows.reduce((s, r) => s + r[key], 0); }` fails because `r[key]` may not be a number. `function sumBy<T extends Record<K, number>, K extends PropertyKey>(rows: T[], key: K)` says the key must name a numeric field.',
      pseudoCode:
        'list what the body does with values of type T (fields read, methods called)\nwrite that as the constraint: <T extends { ...those members... }>\nif the body builds a new value: return the constraint type (or Constraint & T), not T\nif one parameter should be checked against T, not infer it: NoInfer<T>',
    },
  },
  {
    conceptId: 'ts.mapped-conditional-types',
    fundamentals: {
      title: 'Mapped and conditional types: transforming every property, choosing by structure',
      conceptId: 'ts.mapped-conditional-types',
      level: 'fundamentals',
      explanation: `A **mapped type** builds an object type by visiting each key of another one:

~~~ts
type FieldErrors<T> = { [K in keyof T]?: string };   // one optional message per field
type Touched<T> = { [K in keyof T]: boolean };
~~~

Inside the brackets, \`K\` is each key in turn and \`T[K]\` its type. Modifiers change optionality and mutability: \`?\` and \`readonly\` add them, \`-?\` and \`-readonly\` remove them. \`Partial\`, \`Required\` and \`Readonly\` are exactly such one-liners. A key-remapping clause (TypeScript 4.1) renames keys with template literal types: \`\` [K in keyof T as \`get\${Capitalize<string & K>}\`]: () => T[K] \`\` turns \`{ id: string }\` into \`{ getId: () => string }\`.

A **conditional type** picks a type by structure: \`T extends U ? X : Y\` means "if \`T\` is assignable to \`U\`, then \`X\`, else \`Y\`". With \`infer\`, it can pull a part out of a type: \`T extends Promise<infer V> ? V : T\` unwraps a promise.

When the checked type is a bare type parameter, conditional types **distribute** over unions, evaluating each member separately: with \`type ToArray<T> = T extends unknown ? T[] : never\`, \`ToArray<string | number>\` is \`string[] | number[]\`, not \`(string | number)[]\`.

These are the tools behind every utility type, and they keep related types in sync: derive the form's error and touched-state types from the form model, and adding a field updates all of them.

Keep them small and named. Errors reported through a nested mapped-conditional type print the whole expansion and are hard to read; a few named steps (\`FieldErrors<CheckoutForm>\`) hover and fail clearly. Check a new type by hovering a concrete instantiation before using it widely.`,
      workedExample: {
        language: 'typescript',
        before: `interface CheckoutForm { email: string; cardNumber: string; saveCard: boolean }

// copied by hand; saveCard was added to the form later and forgotten here
interface CheckoutErrors { email?: string; cardNumber?: string }
interface CheckoutTouched { email: boolean; cardNumber: boolean }`,
        after: `interface CheckoutForm { email: string; cardNumber: string; saveCard: boolean }

type FieldErrors<T> = { [K in keyof T]?: string };
type Touched<T> = { [K in keyof T]: boolean };

type CheckoutErrors = FieldErrors<CheckoutForm>;
type CheckoutTouched = Touched<CheckoutForm>;`,
        note: 'The two helper types state the rule once ("one optional message per field", "one flag per field"). Every form gets correct error and touched types for free, and adding or renaming a field in CheckoutForm updates both.',
      },
      pitfalls: [
        'Hand-copying the keys of a model into parallel types (errors, patches, flags) that drift when the model changes.',
        'Confusing `?` with `-?`: one adds optionality, the other removes it.',
        'Forgetting that a conditional on a bare type parameter distributes over unions (and over `boolean`, which is `true | false`).',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `R`?',
          code: `type ToArray<T> = T extends unknown ? T[] : never;
type R = ToArray<string | number>;`,
          choices: ['(string | number)[]', 'string[] | number[]', 'never', 'unknown[]'],
          answerIndex: 1,
          explanation:
            'T is a bare type parameter in the checked position, so the conditional is applied to string and to number separately and the results are united. Writing [T] extends [unknown] would give (string | number)[].',
        },
        {
          kind: 'spot-the-bug',
          prompt: '`Draft` is meant to make every field optional. Line 3 reports TS2741 ("Property \'bio\' is missing"). Which line is wrong?',
          code: `interface Profile { name: string; bio?: string }
type Draft<T> = { [K in keyof T]-?: T[K] };
const draft: Draft<Profile> = { name: 'Ada' };`,
          bugLine: 2,
          answer: 'Use the adding modifier: `type Draft<T> = { [K in keyof T]?: T[K] };` (which is `Partial<T>`).',
          explanation:
            '-? removes optionality, so Draft<Profile> requires bio too. The literal on line 3 is correct for a draft; the mapped type says the opposite of what was meant.',
        },
      ],
    },
    advanced: {
      title: 'Mapped and conditional types in depth: homomorphism, deferral, infer and limits',
      conceptId: 'ts.mapped-conditional-types',
      level: 'advanced',
      explanation: `**Homomorphic mapped types.** A mapped type over \`keyof T\` preserves \`T\`'s \`readonly\` and \`?\` modifiers, and maps arrays and tuples to arrays and tuples: \`{ [K in keyof T]: T[K] | null }\` applied to \`[string, number]\` is \`[string | null, number | null]\`, not an object with a \`length\` key. Remapping a key to \`never\` with \`as\` filters it out.

**infer with constraints (4.7).** \`\` \`\${infer N extends number}\` \`\` matched against \`'42'\` infers the number literal \`42\`, so string-typed inputs can be parsed at the type level. \`infer\` in a function position extracts parameters and results, which is how \`Parameters\` and \`ReturnType\` are written.

**Distribution, deliberately.** Distribution happens only for a bare type parameter and applies to \`boolean\` too: \`{ value: T }\` wrapped in \`T extends unknown ? ... : never\` turns \`boolean\` into \`{ value: false } | { value: true }\`. A union-typed value is then not assignable to the distributed result. Wrap both sides in brackets (\`[T] extends [unknown]\`) when you mean the union as a whole.

**Deferred conditionals.** In a generic body, a conditional type on an unresolved \`T\` stays unevaluated, and no concrete value is assignable to it: returning \`Number(raw)\` from a function declared \`T extends 'number' ? number : boolean\` is TS2322. Overloads express the same contract and type-check; otherwise confine a single cast to the return.

**Recursion limits.** Recursive conditional types are allowed, but instantiation depth is capped; long tuple builders or deep path types fail with TS2589, "Type instantiation is excessively deep and possibly infinite."

**Readability and cost.** \`type Prettify<T> = { [K in keyof T]: T[K] } & {}\` flattens intersections for hovers. Pin behaviour with type-level tests (\`expectTypeOf\` in Vitest, \`tsd\`, or \`// @ts-expect-error\` lines). \`tsc --extendedDiagnostics\` reports instantiation counts when a type slows the editor.`,
      workedExample: {
        language: 'typescript',
        before: `function parseField<T extends 'number' | 'boolean'>(
  kind: T,
  raw: string,
): T extends 'number' ? number : boolean {
  return kind === 'number' ? Number(raw) : raw === 'true';
  // TS2322: Type 'number' is not assignable to type 'T extends "number" ? number : boolean'.
}`,
        after: `function parseField(kind: 'number', raw: string): number;
function parseField(kind: 'boolean', raw: string): boolean;
function parseField(kind: 'number' | 'boolean', raw: string): number | boolean {
  return kind === 'number' ? Number(raw) : raw === 'true';
}

const retries = parseField('number', '3'); // number`,
        note: 'Checking kind narrows the value but not T, so the conditional return type stays deferred and rejects both branches. Overloads give callers the same precise result types, and the implementation is checked against the plain union.',
      },
      pitfalls: [
        'Returning concrete values from a function whose return type is a conditional on its own type parameter, then casting each branch to `any`.',
        'Distributing by accident: `Wrap<boolean>` or `Wrap<A | B>` becomes a union of wrapped members when the whole union was meant.',
        'Building deep recursive types (paths, tuple arithmetic) for large inputs, which hit TS2589 or slow every keystroke in the editor.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `Row`?',
          code: `type Nullable<T> = { [K in keyof T]: T[K] | null };
type Row = Nullable<[id: string, score: number]>;`,
          choices: [
            '[id: string | null, score: number | null]',
            '{ 0: string | null; 1: number | null; length: number | null }',
            '(string | number | null)[]',
            'never',
          ],
          answerIndex: 0,
          explanation:
            'A homomorphic mapped type (over keyof T with T a type parameter) maps tuples element by element and keeps them tuples, including their labels. Only the element types change.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Line 5 reports TS2322. Which line causes it?',
          code: `type ApiResponse<T> = T extends unknown ? { data: T; fetchedAt: number } : never;

function wrap(data: string | number): ApiResponse<string | number> {
  // { data: string; fetchedAt: number } | { data: number; fetchedAt: number }
  return { data, fetchedAt: Date.now() };
}`,
          bugLine: 1,
          answer: 'Do not distribute: `type ApiResponse<T> = { data: T; fetchedAt: number };` (or `[T] extends [unknown] ? ... : never`), so ApiResponse<string | number> has `data: string | number`.',
          explanation:
            'The bare T in the conditional distributes over the union, producing one response type per member. A value whose data is string | number fits neither member, so the literal is rejected.',
        },
      ],
    },
    hints: {
      nudge: 'Hover the type the error names: what does it expand to for this concrete argument, and is that what the mapped or conditional type was meant to produce?',
      concept:
        'Mapped types (`{ [K in keyof T]: ... }`) transform every property of a type, with `?`/`readonly` modifiers and `as` for renaming; conditional types (`T extends U ? X : Y`) choose a type by structure and distribute over unions when `T` is a bare type parameter. Keep each one small and named so its result is easy to inspect.',
      analogousExample:
        'Similar: ``type Setters<T> = { [K in keyof T as `set${Capitalize<string & K>}`]: (v: T[K]) => void }`` applied to `{ name: string }` should hover as `{ setName: (v: string) => void }`. Without the `string & K`, `Capitalize<K>` is TS2344 (keys may be numbers or symbols); hovering the instantiation shows such mistakes before the type spreads.',
      pseudoCode:
        'instantiate the type with a small concrete example and hover it\ncompare with the intended result, property by property\nif a union was split apart: wrap the checked type in [T]\nif modifiers are wrong: check ? vs -? and readonly vs -readonly\nif a generic body cannot return a value: use overloads instead of a conditional return type',
    },
  },
  {
    conceptId: 'ts.utility-types',
    fundamentals: {
      title: 'Utility types: derive related types instead of copying them',
      conceptId: 'ts.utility-types',
      level: 'fundamentals',
      explanation: `Most types in an application are variations of a few core shapes: the order as stored, the order a client may create, the fields a PATCH may change, what the loader returns. The built-in utility types derive those variations from one source:

~~~ts
interface Order { id: string; customerId: string; status: 'open' | 'paid'; notes: string; createdAt: Date }

type NewOrder = Omit<Order, 'id' | 'createdAt'>;              // what a client sends
type OrderPatch = Partial<Pick<Order, 'status' | 'notes'>>;  // what a PATCH may change
type OrderSummary = Pick<Order, 'id' | 'status'>;
type Loaded = Awaited<ReturnType<typeof loadOrder>>;         // what an async loader resolves to
~~~

The everyday set:

- \`Partial<T>\` / \`Required<T>\` / \`Readonly<T>\`: every property optional, required or readonly.
- \`Pick<T, K>\` / \`Omit<T, K>\`: keep or drop some properties.
- \`Record<K, V>\`: an object with keys \`K\` and values \`V\`.
- \`ReturnType<F>\`, \`Parameters<F>\`, \`Awaited<P>\`: types of a function's result, its parameter tuple, and what a promise resolves to.
- \`NonNullable<T>\`, \`Exclude<U, X>\`, \`Extract<U, X>\`: remove \`null | undefined\`, or filter union members.

Rename \`notes\` in \`Order\` and every derived type follows; with copied interfaces, the copies go stale silently, and a misspelled copy (\`marketingOptin\` for \`marketingOptIn\`) means that field can never be updated.

Two details bite regularly:

- \`Partial\` and \`Readonly\` are **shallow**: nested objects stay fully required or mutable.
- \`Pick\` checks its keys (\`Pick<Order, 'createAt'>\` is TS2344 "Type '"createAt"' does not satisfy the constraint 'keyof Order'."), but \`Omit\` accepts any string, so \`Omit<Order, 'createAt'>\` compiles and omits nothing.`,
      workedExample: {
        language: 'typescript',
        before: `interface Customer { id: string; email: string; name: string; marketingOptIn: boolean; createdAt: Date }

// body of PATCH /customers/:id, written by hand
interface CustomerPatch { email?: string; name?: string; marketingOptin?: boolean }

const patch: CustomerPatch = { marketingOptin: false }; // compiles; the opt-out is never applied`,
        after: `interface Customer { id: string; email: string; name: string; marketingOptIn: boolean; createdAt: Date }

type CustomerPatch = Partial<Pick<Customer, 'email' | 'name' | 'marketingOptIn'>>;

const patch: CustomerPatch = { marketingOptIn: false };
// the old spelling is now TS2561: ... Did you mean to write 'marketingOptIn'?`,
        note: 'The hand-written copy misspelled one field, so every opt-out request was accepted and silently ignored, a compliance bug. Deriving the patch type from Customer makes the allowed fields a list of real keys, checked by Pick.',
      },
      pitfalls: [
        'Copying a model into request, response and patch interfaces by hand instead of deriving them.',
        'Relying on `Omit` to catch typos in key names: it accepts any string; `Pick` and a `keyof` check do not.',
        'Expecting `Partial<T>` to make nested objects optional too: it is one level deep.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Both lines contain the same typo. Which one is reported?',
          code: `interface Order { id: string; customerId: string; createdAt: Date }
type A = Pick<Order, 'createAt'>;
type B = Omit<Order, 'createAt'>;`,
          choices: ['Only A', 'Only B', 'Both', 'Neither'],
          answerIndex: 0,
          explanation:
            'Pick constrains its keys to keyof Order (TS2344). Omit is declared with K extends keyof any, so any string is accepted and B is simply Order with nothing removed.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The settings screen sends only the field that changed, but line 3 fails with TS2741 ("Property \'email\' is missing"). Which line must change?',
          code: `interface Settings { theme: 'light' | 'dark'; notifications: { email: boolean; push: boolean } }
type SettingsPatch = Partial<Settings>;
const patch: SettingsPatch = { notifications: { push: false } };`,
          bugLine: 2,
          answer: 'Make the nested level partial too, for example `type SettingsPatch = { theme?: Settings[\'theme\']; notifications?: Partial<Settings[\'notifications\']> };` or a recursive DeepPartial.',
          explanation:
            'Partial only makes the top-level properties optional; notifications, when present, must still be a complete object. The patch on line 3 is what the client should send, so the type must allow it.',
        },
      ],
    },
    advanced: {
      title: 'Utility types in depth: Awaited, overloads, unions and exact optionals',
      conceptId: 'ts.utility-types',
      level: 'advanced',
      explanation: `**Async functions need Awaited.** \`ReturnType<typeof loadDashboard>\` of an \`async\` function is \`Promise<...>\`. \`Awaited<ReturnType<typeof loadDashboard>>\` is the resolved value; \`Awaited\` unwraps nested promises and thenables recursively, like \`await\` does.

**Overloads: the last signature wins.** \`ReturnType\` and \`Parameters\` of an overloaded function see only the last overload (usually the most general one). If callers need a specific overload's types, export a named type for it.

**Omit and Pick do not distribute over unions.** \`Omit<Outbound, 'sentAt'>\` on \`{ channel: 'email'; address: string } | { channel: 'sms'; phone: string }\` (both with \`sentAt\`) is \`{ channel: 'email' | 'sms' }\`: \`keyof\` of a union is only the shared keys, so the variant fields vanish and narrowing on \`channel\` finds nothing. A distributive version keeps the union:

~~~ts
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
~~~

**Required and optional \`undefined\`.** \`Required<{ a?: string | undefined }>\` is \`{ a: string }\`: removing \`?\` also strips the \`undefined\` that came with it. \`Partial\` adds \`| undefined\` to each property; under \`exactOptionalPropertyTypes\`, a missing property and one explicitly set to \`undefined\` become different things, and \`{ name: undefined }\` no longer fits \`Partial<User>\`.

**Less common, worth knowing.** \`NonNullable<T>\` is \`T & {}\`. \`InstanceType<typeof Client>\` and \`ConstructorParameters<typeof Client>\` describe classes. \`Record<Union, V>\` is exhaustive over the union, \`Record<string, V>\` is an open dictionary. \`NoInfer<T>\` (5.4) stops a parameter from driving inference. \`ThisParameterType\` and \`OmitThisParameter\` help when passing methods as callbacks.

Most utility types are plain mapped and conditional types in \`lib.es5.d.ts\`; when one surprises you, read its definition there.`,
      workedExample: {
        language: 'typescript',
        before: `async function loadDashboard(userId: string) {
  const [user, orders] = await Promise.all([fetchUser(userId), fetchOrders(userId)]);
  return { user, orders, generatedAt: new Date() };
}

type Dashboard = ReturnType<typeof loadDashboard>;

function orderCount(d: Dashboard): number {
  return d.orders.length;
  // TS2339: Property 'orders' does not exist on type 'Promise<{ user: User; orders: Order[]; generatedAt: Date; }>'.
}`,
        after: `async function loadDashboard(userId: string) {
  const [user, orders] = await Promise.all([fetchUser(userId), fetchOrders(userId)]);
  return { user, orders, generatedAt: new Date() };
}

type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

function orderCount(d: Dashboard): number {
  return d.orders.length;
}`,
        note: 'An async function always returns a promise, so its ReturnType is the promise. Awaited gives the resolved shape, and the Dashboard type now follows whatever loadDashboard returns, with no interface to keep in sync.',
      },
      pitfalls: [
        'Using `ReturnType` on an async function and then reading fields off a `Promise`.',
        'Applying `Omit` or `Pick` to a discriminated union and losing every variant-specific field.',
        'Deriving types from an overloaded function with `Parameters`/`ReturnType` and getting only the last overload.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What is `R`?',
          code: `function toCents(amount: number): number;
function toCents(amount: string): string;
function toCents(amount: number | string): number | string {
  return typeof amount === 'number' ? Math.round(amount * 100) : String(Math.round(Number(amount) * 100));
}
type R = ReturnType<typeof toCents>;`,
          choices: ['number', 'string', 'number | string', 'never'],
          answerIndex: 1,
          explanation:
            'Type inference from an overloaded function uses its last overload signature; the implementation signature is not visible at all. Parameters<typeof toCents> is likewise [amount: string].',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Line 6 reports "Property \'address\' does not exist on type \'NewOutbound\'". Which line is the cause?',
          code: `type Outbound =
  | { channel: 'email'; address: string; sentAt: Date }
  | { channel: 'sms'; phone: string; sentAt: Date };
type NewOutbound = Omit<Outbound, 'sentAt'>;
function queue(n: NewOutbound) {
  if (n.channel === 'email') send(n.address);
}`,
          bugLine: 4,
          answer: 'Omit from each member separately: `type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;` and `type NewOutbound = DistributiveOmit<Outbound, \'sentAt\'>;`.',
          explanation:
            'Omit maps over keyof Outbound, which for a union is only the shared keys (channel and sentAt). The result is { channel: "email" | "sms" }, so narrowing has no variants left to find.',
        },
      ],
    },
    hints: {
      nudge: 'Is this type a copy of another type with a few changes? Which utility type expresses that change?',
      concept:
        'Utility types (`Partial`, `Required`, `Pick`, `Omit`, `Record`, `ReturnType`, `Parameters`, `Awaited`, `NonNullable`, `Extract`, `Exclude`) derive new types from existing ones, so derived shapes follow the source. Remember that `Partial`/`Readonly` are shallow, `Omit` does not check key names and does not distribute over unions.',
      analogousExample:
        'Similar: an `InvoiceRow` interface copied from `Invoice` for a CSV export falls behind when `Invoice` gains `currency`. `type InvoiceRow = Pick<Invoice, "number" | "total" | "currency">` keeps the export in sync, and removing `currency` from `Invoice` breaks the build there.',
      pseudoCode:
        'identify the source type this one is a variation of\nexpress the variation:\n    some fields only        -> Pick<Source, keys>\n    all but some fields     -> Omit<Source, keys> (check key spelling yourself)\n    all optional            -> Partial<...> (nested levels need their own Partial)\n    result of a function    -> ReturnType<typeof fn>, wrapped in Awaited<> if async\ndelete the hand-written copy',
    },
  },
  {
    conceptId: 'ts.excess-property-checks',
    fundamentals: {
      title: 'Excess property checks: when extra properties are an error',
      conceptId: 'ts.excess-property-checks',
      level: 'fundamentals',
      explanation: `TypeScript is structurally typed: a value fits a type if it has at least the required members, and extra members are normally fine. A \`{ port, host, debug }\` object can be passed where \`{ port, host }\` is expected.

There is one deliberate exception. An object literal written **directly** where a type is expected, as the initialiser of an annotated variable, a function argument, a return value or a \`satisfies\` target, is a *fresh* literal, and it may only contain known properties:

~~~text
TS2353: Object literal may only specify known properties, and 'debug' does not exist in type 'ServerConfig'.
TS2561: Object literal may only specify known properties, but 'timeout' does not exist in type 'ClientOptions'. Did you mean to write 'timeoutMs'?
~~~

The reasoning: in a literal written in place, an unknown property has nowhere to go. Nothing else can read it, so it is almost always a misspelled or misunderstood option name, and options are usually optional, so without the check the typo would compile and the intended setting would silently not apply.

The check stops as soon as the object is no longer fresh. Build the same object in an unannotated variable first and pass the variable, and the comparison is purely structural: \`timeout\` is an extra property, allowed and ignored. With spreads, the properties you write explicitly in the literal are checked, the spread-in ones are not.

So when TS2353 or TS2561 appears, fix the name (or the type, if the option really exists); do not restructure the code to dodge the check or cast with \`as\`. Conversely, when an options object is built ahead of time, annotate it (\`const options: ClientOptions = {...}\`) so the check runs where it is written.`,
      workedExample: {
        language: 'typescript',
        before: `interface ClientOptions { baseUrl: string; timeoutMs?: number; retries?: number }
declare function createClient(options: ClientOptions): ApiClient;

const options = { baseUrl: 'https://api.example.com', timeout: 2000, retries: 3 };
export const client = createClient(options); // compiles; the client uses its default timeout`,
        after: `interface ClientOptions { baseUrl: string; timeoutMs?: number; retries?: number }
declare function createClient(options: ClientOptions): ApiClient;

const options: ClientOptions = { baseUrl: 'https://api.example.com', timeoutMs: 2000, retries: 3 };
export const client = createClient(options);`,
        note: 'Passed through an unannotated variable, the object was only checked structurally, and timeout is just an extra property. With the annotation the literal is fresh at its declaration, TS2561 suggests timeoutMs, and the 2-second timeout actually applies.',
      },
      pitfalls: [
        'Assuming extra properties are always accepted: fresh object literals are checked, and the error usually reveals a typo.',
        'Moving a literal into a variable (or adding `as Options`) to get rid of TS2353, which keeps the misspelled option and loses the check.',
        'Building option objects in unannotated variables, where misspelled optional settings compile and do nothing.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which calls report an excess-property error?',
          code: `interface ServerConfig { port: number; host: string; tls?: boolean }
declare function start(c: ServerConfig): void;

start({ port: 80, host: 'x', debug: true });    // A
const cfg = { port: 80, host: 'x', debug: true };
start(cfg);                                      // B
start({ ...cfg, verbose: true });                // C`,
          choices: ['A only', 'A and C', 'A, B and C', 'B only'],
          answerIndex: 1,
          explanation:
            'A and C pass fresh literals, and their explicitly written extra properties (debug, verbose) are reported with TS2353. B passes a variable, which is checked structurally; the debug that C spreads in from cfg is not reported either.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'The session cookie is meant to expire after an hour, but browsers keep it until they close. Which line lets the mistake through?',
          code: `interface CookieOptions { httpOnly?: boolean; secure?: boolean; sameSite?: 'lax' | 'strict' | 'none'; maxAge?: number }
declare function setCookie(name: string, value: string, options: CookieOptions): void;

const sessionCookie = { httpOnly: true, secure: true, sameSite: 'strict' as const, maxAgeSeconds: 3600 };
setCookie('sid', token, sessionCookie);`,
          bugLine: 4,
          answer: 'Annotate the object so its literal is checked: `const sessionCookie: CookieOptions = { httpOnly: true, secure: true, sameSite: \'strict\', maxAge: 3600 };`. The old name is then TS2353.',
          explanation:
            'The unannotated variable is compared structurally on line 5, where maxAgeSeconds is a harmless extra. No maxAge means a session cookie. Annotating moves the excess-property check to the literal itself.',
        },
      ],
    },
    advanced: {
      title: 'Excess property checks in depth: unions, weak types, callbacks and the runtime',
      conceptId: 'ts.excess-property-checks',
      level: 'advanced',
      explanation: `**Unions.** For a non-discriminated union, a property counts as known if **any** member declares it: \`{ radius: 1, width: 2 }\` is accepted for \`{ radius: number } | { width: number; height: number }\`. With a discriminant, the literal is checked against the member its tag selects, and the error names that member.

**Weak types.** A type whose properties are all optional is "weak". Any object with none of its properties, fresh or not, is rejected: TS2559 "Type '{ retry: number; }' has no properties in common with type 'Opts'." One correctly spelled property is enough to pass, so the weak-type check catches only the worst typos.

**Where fresh literals escape the check.**

- Callback results: in \`const items: LineItem[] = rows.map((r) => ({ ... }))\`, the arrow's return type is inferred first and the resulting array is compared structurally, so a misspelled optional field passes. Annotate the callback: \`rows.map((r): LineItem => ({ ... }))\`.
- Generic parameters: \`<T extends Options>(o: T)\` infers \`T\` from the literal itself, extras included.
- Type assertions (\`{ ... } as Options\`) and targets with index signatures accept anything.

**There are no exact types.** Nothing in the type system says "exactly these properties" for values that are not fresh literals. A function typed to return \`PublicUser\` happily returns the whole database row it was given, and \`JSON.stringify\` serialises every property the object has. Strip fields explicitly (destructure the ones you publish, or map to a new object), and validate incoming JSON with a schema that rejects or strips unknown keys (zod's \`z.strictObject\`, or \`z.object\`, which strips them by default).

**The check is a typo detector, not a security boundary.** Use it by letting literals meet their types where they are written, annotating option objects and callback returns, and preferring \`satisfies\` for tables built ahead of time.`,
      workedExample: {
        language: 'typescript',
        before: `interface LineItem { sku: string; quantity: number; giftWrap?: boolean }
interface CsvRow { sku: string; qty: string; gift: string }

export function toLineItems(rows: CsvRow[]): LineItem[] {
  return rows.map((r) => ({ sku: r.sku, quantity: Number(r.qty), giftwrap: r.gift === 'yes' }));
}`,
        after: `interface LineItem { sku: string; quantity: number; giftWrap?: boolean }
interface CsvRow { sku: string; qty: string; gift: string }

export function toLineItems(rows: CsvRow[]): LineItem[] {
  return rows.map((r): LineItem => ({ sku: r.sku, quantity: Number(r.qty), giftWrap: r.gift === 'yes' }));
}`,
        note: 'map inferred the callback\'s object type before comparing the array with LineItem[], so the literal was never fresh against LineItem and giftwrap passed as an extra: no order was ever gift-wrapped. Annotating the callback\'s return type checks each literal, and TS2561 asks "Did you mean to write \'giftWrap\'?".',
      },
      pitfalls: [
        'Relying on the check inside `map`, `reduce` or other callbacks whose return type is inferred: annotate the callback\'s return type.',
        'Treating a return type as a filter: `(): PublicUser => row` returns every property of `row`, including secrets, at runtime.',
        'Assuming a union literal is checked against one member: without a discriminant, a property declared by any member is accepted.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'Which declarations are compile errors?',
          code: `type Shape = { radius: number } | { width: number; height: number };
const a: Shape = { radius: 1, width: 2 };
const b: Shape = { radius: 1, depth: 2 };`,
          choices: ['a and b', 'only a', 'only b', 'neither'],
          answerIndex: 2,
          explanation:
            'For a union without a discriminant, a property is excess only if no member declares it. width exists in the second member, so a passes (as a circle with an extra width); depth exists nowhere, so b is TS2353.',
        },
        {
          kind: 'predict-output',
          prompt: 'This compiles. What does it print?',
          code: `interface PublicUser { id: string; name: string }
function toPublic(u: PublicUser): PublicUser { return u; }
const row = { id: 'u1', name: 'Ada', passwordHash: 'h4sh' };
console.log(JSON.stringify(toPublic(row)));`,
          answer: '{"id":"u1","name":"Ada","passwordHash":"h4sh"}',
          explanation:
            'row is not a fresh literal at the call, so the extra passwordHash is structurally fine, and types are erased: the function returns the same object. Build the public object explicitly, e.g. `({ id: u.id, name: u.name })`.',
        },
      ],
    },
    hints: {
      nudge: 'Compare the property name in the error with the names the target type declares: is it a misspelling, or an option the type does not have?',
      concept:
        'Fresh object literals assigned, passed or returned where a type is expected may only contain known properties; the same object through an unannotated variable is checked structurally, and extras pass. The error almost always points at a misspelled or misremembered option name.',
      analogousExample:
        'Similar: `fetchWithRetry(url, { retries: 3, backOffMs: 500 })` reports TS2561 "Did you mean to write \'backoffMs\'?". Had the options been built in an unannotated `const opts = {...}` first, the misspelled `backOffMs` would compile and the default backoff would apply.',
      pseudoCode:
        'read the unknown property name in TS2353 / TS2561\nif it is a typo: use the name the type declares (TS2561 suggests it)\nif the option really exists: add it to the type\nfor objects built ahead of time: annotate them (or use satisfies) so the literal is checked\nfor callbacks that build objects: annotate the callback return type',
    },
  },
];
