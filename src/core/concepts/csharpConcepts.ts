import type { Concept } from './concept';

const CS = ['csharp'] as const;

/** C#-specific concepts (`csharp.` ids); part of the catalog assembled in conceptCatalog.ts. */
export const csharpConcepts: readonly Concept[] = [
  {
    id: 'csharp.general',
    title: 'C# compilation in general',
    description:
      'The C# compiler reports errors (CS0xxx) and warnings with stable codes; Roslyn analyzers add more (CA, IDE). Treating nullable and analyzer warnings as errors in new code keeps them meaningful.',
    languages: CS,
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'csharp.nullable-reference-types',
    title: 'Nullable reference types',
    description:
      'With `<Nullable>enable</Nullable>`, `string` means non-null and `string?` may be null; the compiler warns on possible null dereferences (CS8602) and assignments (CS8600, CS8625). The `!` operator silences a warning without checking; prefer null checks, pattern matching or `??`.',
    languages: CS,
    prerequisites: ['null-safety', 'narrowing'],
    level: 'foundation',
    misconception: 'Nullable annotations throw at run time when null is passed.',
  },
  {
    id: 'csharp.async-await',
    title: 'async/await and Task in .NET',
    description:
      'Async methods return `Task`/`ValueTask`; avoid `async void` except for event handlers, never block with `.Result` or `.Wait()` (deadlocks in UI and legacy ASP.NET contexts), pass `CancellationToken`s through and consider `ConfigureAwait(false)` in libraries.',
    languages: CS,
    prerequisites: ['async-await', 'cancellation-timeouts'],
    level: 'intermediate',
    misconception: 'Calling `.Result` on a task is a harmless way to get its value synchronously.',
  },
  {
    id: 'csharp.linq',
    title: 'LINQ',
    description:
      'LINQ queries are lazy: they run each time they are enumerated, and over `IQueryable` they are translated to SQL, where only translatable expressions work. Materialize with `ToList()` once when the result is reused, and beware of `First` versus `FirstOrDefault` on empty sequences.',
    languages: CS,
    prerequisites: ['higher-order-functions', 'generators-iterators'],
    level: 'intermediate',
    misconception: 'A LINQ query runs once, when it is defined.',
  },
  {
    id: 'csharp.idisposable',
    title: 'IDisposable and using',
    description:
      '`using` declarations and statements call `Dispose` on every path; `await using` handles `IAsyncDisposable`. Implement the dispose pattern only when owning unmanaged resources or other disposables, and do not dispose objects you do not own (like an injected HttpClient).',
    languages: CS,
    prerequisites: ['resource-management'],
    level: 'intermediate',
  },
  {
    id: 'csharp.value-types',
    title: 'Structs and value types',
    description:
      'Structs are copied on assignment and when passed, so mutating a copy does not change the original; boxing allocates. Keep structs small and immutable (`readonly struct`), and use `in`/`ref` parameters deliberately.',
    languages: CS,
    prerequisites: ['value-reference-semantics'],
    level: 'intermediate',
  },
  {
    id: 'csharp.properties-records',
    title: 'Properties, init and records',
    description:
      'Properties wrap fields with accessors; `init` accessors allow setting only during construction, and `required` members must be set by the creator. Records generate value equality and `with` expressions for non-destructive mutation.',
    languages: CS,
    prerequisites: ['classes-inheritance', 'immutability'],
    level: 'intermediate',
  },
  {
    id: 'csharp.delegates-events',
    title: 'Delegates, lambdas and events',
    description:
      'Delegates (`Func`, `Action`, custom types) are typed function references; events restrict delegates to subscribe and unsubscribe from outside the owner. Unsubscribe from long-lived publishers, or the subscriber is never collected.',
    languages: CS,
    prerequisites: ['higher-order-functions', 'closures'],
    level: 'intermediate',
  },
  {
    id: 'csharp.extension-methods',
    title: 'Extension methods',
    description:
      'Static methods with a `this` parameter appear as instance methods on the extended type once their namespace is imported, which is how LINQ works. A missing `using` directive makes them "not contain a definition" (CS1061).',
    languages: CS,
    prerequisites: ['static-members', 'modules-imports'],
    level: 'intermediate',
  },
  {
    id: 'csharp.generics-constraints',
    title: 'C# generics and constraints',
    description:
      '`where T : class`, `struct`, `new()`, a base type or interface let generic code use those capabilities. Generic types are reified at run time, and `in`/`out` on interfaces and delegates declare variance.',
    languages: CS,
    prerequisites: ['generics', 'variance'],
    level: 'advanced',
  },
];
