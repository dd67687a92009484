import type { Concept } from './concept';

const JS = ['javascript'] as const;

/** JavaScript concepts (`js.` ids), which also apply to TypeScript; part of the catalog assembled in conceptCatalog.ts. */
export const javascriptConcepts: readonly Concept[] = [
  {
    id: 'js.general',
    title: 'JavaScript semantics in general',
    description:
      'JavaScript is dynamically typed, coerces freely and reports many mistakes only at run time. Linters catch a large share of those mistakes statically; a lint finding is often the only warning before a production error.',
    languages: JS,
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'js.var-let-const',
    title: 'var, let and const',
    description:
      '`var` is function-scoped and hoisted; `let` and `const` are block-scoped and sit in a temporal dead zone until declared. Use `const` by default, `let` when the binding is reassigned, and never `var`: loop closures over `var` all see the last value.',
    languages: JS,
    prerequisites: ['scope'],
    level: 'foundation',
    misconception: '`const` makes the object immutable.',
  },
  {
    id: 'js.hoisting-tdz',
    title: 'Hoisting and the temporal dead zone',
    description:
      'Declarations are processed before the code in their scope runs: function declarations are usable early, `var` reads as `undefined`, and `let`/`const`/`class` throw a ReferenceError until their line runs. Use-before-define lint rules catch the confusing cases.',
    languages: JS,
    prerequisites: ['js.var-let-const'],
    level: 'intermediate',
  },
  {
    id: 'js.this-binding',
    title: 'this binding',
    description:
      '`this` in a regular function is decided by how it is called, not where it is defined: passing `obj.method` as a callback loses `obj`. Arrow functions capture `this` lexically; class fields with arrow functions or `.bind` fix detached methods.',
    languages: JS,
    prerequisites: ['closures', 'classes-inheritance'],
    level: 'intermediate',
    misconception: 'A method always has its object as `this`, even when passed as a callback.',
  },
  {
    id: 'js.truthiness-coercion',
    title: 'Truthiness and implicit coercion',
    description:
      '`0`, `""`, `NaN`, `null`, `undefined` and `false` are falsy; `==` coerces operands with surprising rules. Use `===`, explicit comparisons for numbers and strings, and `??` rather than `||` when `0` or `""` are valid values.',
    languages: JS,
    prerequisites: ['equality-comparison'],
    level: 'foundation',
    misconception: '`if (count)` checks that count is defined.',
  },
  {
    id: 'js.prototypes',
    title: 'Prototypes and the object model',
    description:
      'JavaScript objects inherit through a prototype chain; classes are syntax over it. Iterating with `for…in` walks inherited enumerable keys, and calling `obj.hasOwnProperty` fails on objects without the standard prototype; `Object.hasOwn` and `Object.keys` avoid both.',
    languages: JS,
    prerequisites: ['classes-inheritance'],
    level: 'advanced',
  },
  {
    id: 'js.array-methods',
    title: 'Array methods',
    description:
      '`map`, `filter`, `reduce`, `find`, `some` and `flatMap` express collection transformations declaratively. Their callbacks must return a value, `sort` mutates and compares as strings by default, and `forEach` ignores promises returned by an async callback.',
    languages: JS,
    prerequisites: ['higher-order-functions', 'collections'],
    level: 'foundation',
    misconception: '`array.sort()` sorts numbers numerically.',
  },
  {
    id: 'js.spread-rest',
    title: 'Spread and rest syntax',
    description:
      'Spread copies elements or own properties into a new array or object; rest collects the remainder in destructuring and parameters. Spread copies are shallow: nested objects are still shared.',
    languages: JS,
    prerequisites: ['destructuring', 'value-reference-semantics'],
    level: 'foundation',
  },
  {
    id: 'js.floating-promises',
    title: 'Floating and misused promises',
    description:
      'A promise that is neither awaited, returned nor given a rejection handler "floats": its errors become unhandled rejections and its work may outlive the caller. Passing an async function where a void callback is expected (event handlers, `forEach`) has the same effect.',
    languages: JS,
    prerequisites: ['promises', 'async-await'],
    level: 'intermediate',
    misconception: 'Calling an async function without `await` is fine if you do not need the result.',
  },
];
