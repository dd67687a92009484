import type { Concept } from './concept';

const GO = ['go'] as const;

/** Go-specific concepts (`go.` ids); part of the catalog assembled in conceptCatalog.ts. */
export const goConcepts: readonly Concept[] = [
  {
    id: 'go.general',
    title: 'Go compilation in general',
    description:
      'The Go compiler is strict about small things on purpose: unused variables and imports are errors, types never convert implicitly, and every declared name must be used. go vet and gopls analyzers add checks for suspicious but legal code.',
    languages: GO,
    prerequisites: ['syntax-basics'],
    level: 'foundation',
  },
  {
    id: 'go.error-values',
    title: 'Errors as values',
    description:
      'Go functions return an `error` as their last result; callers check `if err != nil` immediately and return it with context (`fmt.Errorf("reading config: %w", err)`). Ignoring an error result, shadowing `err` in an inner scope and comparing wrapped errors with `==` instead of `errors.Is`/`errors.As` are the usual mistakes.',
    languages: GO,
    prerequisites: ['error-handling'],
    level: 'foundation',
    misconception: 'Returning the error unchanged is enough context for the caller.',
  },
  {
    id: 'go.panic-recover',
    title: 'panic and recover',
    description:
      '`panic` is for programmer errors and impossible states, not expected failures; `recover` in a deferred function stops unwinding at a boundary such as an HTTP handler. Libraries should return errors rather than panic.',
    languages: GO,
    prerequisites: ['go.error-values', 'go.defer'],
    level: 'advanced',
  },
  {
    id: 'go.goroutines',
    title: 'Goroutines',
    description:
      'A goroutine is a cheap concurrent function call; the program does not wait for it unless you make it (WaitGroup, channels, errgroup). Every goroutine needs a way to finish, and closures over loop variables captured the shared variable before Go 1.22.',
    languages: GO,
    prerequisites: ['concurrency', 'closures'],
    level: 'intermediate',
    misconception: '`main` waits for the goroutines it started.',
  },
  {
    id: 'go.channels',
    title: 'Channels and select',
    description:
      'Channels pass values between goroutines and synchronize them. Sends on an unbuffered channel block until received, a closed channel yields zero values forever, sending on a closed channel panics and only the sender should close. `select` waits on several channel operations, with `default` making it non-blocking.',
    languages: GO,
    prerequisites: ['go.goroutines'],
    level: 'intermediate',
    misconception: 'The receiver should close the channel when it is done.',
  },
  {
    id: 'go.sync-primitives',
    title: 'sync.Mutex, WaitGroup and friends',
    description:
      'Mutexes guard shared state, WaitGroups wait for goroutines, `sync.Once` initializes lazily. Never copy a value containing a mutex (go vet\'s copylocks check), call `wg.Add` before starting the goroutine, and run tests with `-race`.',
    languages: GO,
    prerequisites: ['go.goroutines', 'race-conditions'],
    level: 'advanced',
  },
  {
    id: 'go.context',
    title: 'context.Context',
    description:
      'A `context.Context` carries deadlines, cancellation and request-scoped values down a call chain. Pass it as the first parameter, call the `cancel` function returned by `WithCancel`/`WithTimeout` (go vet\'s lostcancel check) and stop work when `ctx.Done()` closes.',
    languages: GO,
    prerequisites: ['cancellation-timeouts', 'go.goroutines'],
    level: 'intermediate',
  },
  {
    id: 'go.interfaces',
    title: 'Go interfaces',
    description:
      'Go interfaces are satisfied implicitly by any type with the methods; define them where they are used and keep them small. Whether a pointer or value receiver implements the interface matters, and an interface holding a typed nil pointer is not itself nil.',
    languages: GO,
    prerequisites: ['interfaces-structural-typing', 'go.pointers-receivers'],
    level: 'intermediate',
    misconception: 'An interface that holds a nil pointer compares equal to nil.',
  },
  {
    id: 'go.pointers-receivers',
    title: 'Pointers and method receivers',
    description:
      'Value receivers get a copy, pointer receivers can mutate and avoid copying large structs; a type\'s method set differs between `T` and `*T`. Mixing them on one type and taking the address of a loop variable are common sources of confusion.',
    languages: GO,
    prerequisites: ['value-reference-semantics'],
    level: 'intermediate',
  },
  {
    id: 'go.defer',
    title: 'defer',
    description:
      '`defer` runs a call when the surrounding function returns, in last-in-first-out order; arguments are evaluated when the defer statement runs. Deferring inside a loop keeps every resource open until the function ends, and a deferred `Close` error is lost unless you capture it.',
    languages: GO,
    prerequisites: ['resource-management'],
    level: 'foundation',
    misconception: 'A deferred call runs at the end of the loop iteration.',
  },
  {
    id: 'go.slices-maps',
    title: 'Slices and maps',
    description:
      'A slice is a view of an underlying array: `append` may or may not reallocate, so two slices can share or stop sharing storage. Writing to a nil map panics, map iteration order is random, and maps are not safe for concurrent writes.',
    languages: GO,
    prerequisites: ['collections', 'value-reference-semantics'],
    level: 'intermediate',
    misconception: 'Appending to a slice never affects another slice.',
  },
  {
    id: 'go.zero-values',
    title: 'Zero values and initialization',
    description:
      'Every Go type has a zero value (0, "", false, nil) and declared variables start with it. Designing types whose zero value is useful avoids constructors; nil slices are usable, nil maps and nil pointers are not.',
    languages: GO,
    prerequisites: ['naming-declarations'],
    level: 'foundation',
  },
  {
    id: 'go.generics',
    title: 'Go generics and constraints',
    description:
      'Type parameters with constraint interfaces (`[T constraints.Ordered]`, `[T any]`, `~int` approximations) let functions work over several types. Until Go 1.27 methods could not have their own type parameters (and generic methods still cannot satisfy an interface), and type inference does not look at return types.',
    languages: GO,
    prerequisites: ['generics', 'go.interfaces'],
    level: 'advanced',
  },
  {
    id: 'go.packages-modules',
    title: 'Packages, modules and exported names',
    description:
      'Capitalized names are exported from a package, lowercase ones are not; import paths come from the module path in go.mod. Unused imports are compile errors and import cycles between packages are forbidden.',
    languages: GO,
    prerequisites: ['modules-imports'],
    level: 'foundation',
    misconception: 'Lowercase functions can be called from another package.',
  },
  {
    id: 'go.printf-verbs',
    title: 'fmt verbs',
    description:
      'Printf-style functions take verbs (`%v`, `%d`, `%s`, `%q`, `%w`) that must match their arguments in count and kind; go vet\'s printf check reports mismatches. `%w` wraps errors only in `fmt.Errorf`.',
    languages: GO,
    prerequisites: ['string-formatting'],
    level: 'foundation',
  },
];
