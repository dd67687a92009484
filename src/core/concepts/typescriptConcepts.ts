import type { Concept } from './concept';

const TS = ['typescript'] as const;

/** TypeScript-specific concepts (`ts.` ids); part of the catalog assembled in conceptCatalog.ts. */
export const typescriptConcepts: readonly Concept[] = [
  {
    id: 'ts.general',
    title: 'TypeScript type checking in general',
    description:
      'TypeScript checks JavaScript against static types that vanish at run time. A checker error is a claim about every value that can reach that line; reading the full message, including the elaboration chain, usually names the exact member or branch that breaks the claim.',
    languages: TS,
    prerequisites: ['type-annotations'],
    level: 'foundation',
    misconception: 'TypeScript types are checked at run time.',
  },
  {
    id: 'ts.strict-null-checks',
    title: 'strictNullChecks',
    description:
      'With `strictNullChecks`, `null` and `undefined` are not part of every type; a value that may be absent has a union type and must be narrowed before use. Errors such as "Object is possibly undefined" (TS2532, TS18048) point at a real missing case: handle it, or fix the type if absence is impossible.',
    languages: TS,
    prerequisites: ['null-safety', 'ts.union-types'],
    level: 'foundation',
    misconception: 'A non-null assertion (`!`) checks the value at run time.',
  },
  {
    id: 'ts.no-implicit-any',
    title: 'noImplicitAny',
    description:
      'With `noImplicitAny`, TypeScript refuses to silently give a parameter or variable the `any` type when it cannot infer one. Annotate the parameter, type the callback through its context, or install the package\'s type declarations; each implicit `any` switches checking off for everything that flows from it.',
    languages: TS,
    prerequisites: ['type-annotations', 'type-inference'],
    level: 'foundation',
    misconception: 'An untyped parameter is still checked against how it is used.',
  },
  {
    id: 'ts.tsconfig-strictness',
    title: 'tsconfig strictness flags',
    description:
      '`strict` turns on a family of checks (`strictNullChecks`, `noImplicitAny`, `strictFunctionTypes`, `strictPropertyInitialization`, `useUnknownInCatchVariables`, …); flags like `noUncheckedIndexedAccess` and `exactOptionalPropertyTypes` go further. Knowing which flag produces an error explains why the same code passes in another project.',
    languages: TS,
    prerequisites: ['ts.strict-null-checks', 'ts.no-implicit-any'],
    level: 'intermediate',
  },
  {
    id: 'ts.union-types',
    title: 'Union types',
    description:
      'A union `A | B` holds values of either type; only members common to all variants are accessible until the value is narrowed. Errors that mention "does not exist on type A | B" ask you to narrow first, with a discriminant, `typeof`, `in` or a type guard.',
    languages: TS,
    prerequisites: ['type-compatibility'],
    level: 'foundation',
    misconception: 'A union type lets you use the members of any of its variants.',
  },
  {
    id: 'ts.intersection-types',
    title: 'Intersection types',
    description:
      'An intersection `A & B` has every member of both types. Intersecting incompatible types collapses to `never`, which shows up as puzzling "not assignable to never" errors; intersections are for combining capabilities, unions for alternatives.',
    languages: TS,
    prerequisites: ['ts.union-types'],
    level: 'intermediate',
  },
  {
    id: 'ts.literal-types',
    title: 'Literal types and widening',
    description:
      'Literal types (`"GET"`, `42`, `true`) are exact values. A `let` or a mutable object property widens a literal to its base type, which then no longer fits a literal union; `as const`, `const` declarations or an annotation keep it narrow.',
    languages: TS,
    prerequisites: ['ts.union-types', 'type-inference'],
    level: 'intermediate',
    misconception: 'A string variable holding "GET" has the type "GET".',
  },
  {
    id: 'ts.discriminated-unions',
    title: 'Discriminated unions',
    description:
      'A discriminated union gives every variant a literal tag property (`kind`, `type`); switching on the tag narrows to the variant and, with a `never` default, is checked for exhaustiveness. It is TypeScript\'s idiomatic way to model states and messages.',
    languages: TS,
    prerequisites: ['ts.union-types', 'ts.literal-types', 'narrowing'],
    level: 'intermediate',
  },
  {
    id: 'ts.never-type',
    title: 'The never type',
    description:
      '`never` is the type with no values: the result of a function that always throws, a fully narrowed union, or an impossible intersection. Assigning to `never` is how exhaustiveness checks work; an unexpected `never` means narrowing removed every possibility.',
    languages: TS,
    prerequisites: ['ts.union-types', 'exhaustiveness'],
    level: 'advanced',
  },
  {
    id: 'ts.type-assertions',
    title: 'Type assertions',
    description:
      '`value as T` and `<T>value` tell the checker to trust you; nothing is checked at run time. Assertions hide real mismatches and go stale when types change; prefer narrowing, a type guard or `satisfies`, and keep unavoidable assertions at validated boundaries.',
    languages: TS,
    prerequisites: ['type-compatibility', 'narrowing'],
    level: 'intermediate',
    misconception: 'A type assertion converts or validates the value.',
  },
  {
    id: 'ts.non-null-assertion',
    title: 'Non-null assertions',
    description:
      'The postfix `!` removes `null` and `undefined` from a type without a check. It is a promise to the compiler; if it is wrong, the crash happens later and far away. Prefer a narrowing check, an early return or optional chaining.',
    languages: TS,
    prerequisites: ['ts.strict-null-checks', 'ts.type-assertions'],
    level: 'intermediate',
    misconception: '`!` throws a clear error when the value is missing.',
  },
  {
    id: 'ts.satisfies',
    title: 'The satisfies operator',
    description:
      '`expr satisfies T` checks that a value conforms to a type while keeping its more precise inferred type, unlike an annotation (which widens) or an assertion (which does not check). Use it for configuration objects and lookup tables.',
    languages: TS,
    prerequisites: ['ts.type-assertions', 'ts.literal-types'],
    level: 'advanced',
  },
  {
    id: 'ts.optional-chaining',
    title: 'Optional chaining and nullish coalescing',
    description:
      '`a?.b` short-circuits to `undefined` when `a` is null or undefined; `a ?? b` supplies a default only for null or undefined, unlike `||` which also replaces `0`, `""` and `false`. Using `||` for defaults and chaining `?.` where absence is a bug are the common mistakes.',
    languages: TS,
    prerequisites: ['ts.strict-null-checks'],
    level: 'foundation',
    misconception: '`a || b` and `a ?? b` are interchangeable.',
  },
  {
    id: 'ts.unknown-vs-any',
    title: 'unknown versus any',
    description:
      '`any` disables checking for a value and everything derived from it; `unknown` accepts any value but must be narrowed before use. Use `unknown` for untrusted input and caught errors, and treat every `any` as a hole in the type system to close.',
    languages: TS,
    prerequisites: ['ts.no-implicit-any', 'type-guards'],
    level: 'intermediate',
    misconception: '`any` and `unknown` are two names for the same thing.',
  },
  {
    id: 'ts.enums',
    title: 'Enums',
    description:
      'TypeScript enums generate run-time objects; numeric enums accept any number and have reverse mappings, string enums are nominal and do not accept matching string literals. `const enum` is erased and breaks with isolated modules; a union of string literals is often the simpler choice.',
    languages: TS,
    prerequisites: ['enums-closed-sets'],
    level: 'intermediate',
    misconception: 'A string literal with the same value is assignable to a string enum.',
  },
  {
    id: 'ts.readonly',
    title: 'readonly and immutable types',
    description:
      '`readonly` properties, `ReadonlyArray`/`readonly T[]` and `Readonly<T>` forbid mutation through that reference at compile time. They are shallow and not enforced at run time, and a readonly array cannot be passed where a mutable one is expected.',
    languages: TS,
    prerequisites: ['immutability', 'type-annotations'],
    level: 'intermediate',
    misconception: '`readonly` freezes the object at run time.',
  },
  {
    id: 'ts.index-signatures',
    title: 'Index signatures, Record and dynamic keys',
    description:
      'Index signatures and `Record<K, V>` type objects used as dictionaries. Indexing with a plain `string` into a type without a signature is an error under `noImplicitAny`; with `noUncheckedIndexedAccess`, every lookup may be `undefined`. A `Map` is often the better dictionary.',
    languages: TS,
    prerequisites: ['object-property-access', 'collections'],
    level: 'intermediate',
    misconception: 'Looking up a key in a Record always finds a value.',
  },
  {
    id: 'ts.keyof-typeof',
    title: 'keyof, typeof and indexed access types',
    description:
      '`keyof T` is the union of a type\'s keys, `typeof value` lifts a value\'s type into the type world and `T[K]` looks up a member\'s type. Together they derive types from one source of truth instead of repeating them.',
    languages: TS,
    prerequisites: ['ts.index-signatures', 'ts.union-types'],
    level: 'advanced',
  },
  {
    id: 'ts.generic-constraints',
    title: 'Generic constraints',
    description:
      '`<T extends Shape>` limits a type parameter so the body may use Shape\'s members. "Property does not exist on type T" inside generic code means the constraint is missing; "T could be instantiated with a different subtype" means the body returns a concrete value where only T is allowed.',
    languages: TS,
    prerequisites: ['generics'],
    level: 'intermediate',
  },
  {
    id: 'ts.mapped-conditional-types',
    title: 'Mapped and conditional types',
    description:
      'Mapped types (`{ [K in keyof T]: … }`) transform every property of a type; conditional types (`T extends U ? X : Y`) choose types by structure and distribute over unions. They power the utility types; keep them small and named, because errors through them are hard to read.',
    languages: TS,
    prerequisites: ['ts.keyof-typeof', 'ts.generic-constraints'],
    level: 'advanced',
  },
  {
    id: 'ts.utility-types',
    title: 'Utility types',
    description:
      '`Partial`, `Required`, `Pick`, `Omit`, `Record`, `ReturnType`, `Parameters`, `Awaited` and friends derive new types from existing ones. Using them keeps related types in sync when the source type changes.',
    languages: TS,
    prerequisites: ['generics', 'ts.keyof-typeof'],
    level: 'intermediate',
  },
  {
    id: 'ts.excess-property-checks',
    title: 'Excess property checks',
    description:
      'An object literal assigned directly to a typed target may only have known properties; the same object through a variable is checked structurally and extras pass. The error usually reveals a misspelled option name.',
    languages: TS,
    prerequisites: ['interfaces-structural-typing'],
    level: 'intermediate',
    misconception: 'Structural typing means extra properties are always accepted.',
  },
  {
    id: 'ts.definite-assignment',
    title: 'Definite assignment and property initialization',
    description:
      'TypeScript checks that variables are assigned before use and, with `strictPropertyInitialization`, that class fields are set in the constructor. The `!` definite-assignment assertion silences the check; initializing the field or making it optional is usually the honest fix.',
    languages: TS,
    prerequisites: ['constructors-initialization', 'ts.strict-null-checks'],
    level: 'intermediate',
  },
  {
    id: 'ts.declaration-files',
    title: 'Declaration files and @types',
    description:
      'Type information for JavaScript packages comes from bundled `.d.ts` files or `@types/*` packages; without them an import is an error or implicitly `any`. Ambient declarations (`declare module`, global augmentation) describe code that exists at run time but not in TypeScript.',
    languages: TS,
    prerequisites: ['dependency-management'],
    level: 'intermediate',
  },
  {
    id: 'ts.module-resolution',
    title: 'Module resolution and ESM/CommonJS interop',
    description:
      'The `module` and `moduleResolution` settings decide how import paths resolve and which syntax is legal: file extensions under `nodenext`, `esModuleInterop` for default imports of CommonJS, `import type` under `verbatimModuleSyntax`. Many "cannot find module" errors are configuration, not missing files.',
    languages: TS,
    prerequisites: ['modules-imports', 'ts.tsconfig-strictness'],
    level: 'advanced',
  },
  {
    id: 'ts.decorators',
    title: 'Decorators',
    description:
      'Decorators wrap classes, methods, accessors and fields with reusable behaviour. TypeScript supports both the TC39 standard decorators and the older `experimentalDecorators`; they have different signatures, and mixing libraries written for one with the other setting gives type errors.',
    languages: TS,
    prerequisites: ['classes-inheritance', 'higher-order-functions'],
    level: 'advanced',
  },
];
