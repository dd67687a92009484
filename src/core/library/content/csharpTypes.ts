import type { LibraryEntry } from '../libraryEntry';

/** Offline library entries for C# types and members (value types, properties and records, delegates and events, extension methods, generic constraints); the library registry serves them when no LLM is available. */
export const csharpTypesEntries: readonly LibraryEntry[] = [
  {
    conceptId: 'csharp.value-types',
    fundamentals: {
      title: 'Structs are values: every assignment, argument and return is a copy',
      conceptId: 'csharp.value-types',
      level: 'fundamentals',
      explanation: `A \`struct\`, like every built-in value type (\`int\`, \`decimal\`, \`DateTime\`, tuples, \`KeyValuePair\`), holds its data directly. Assigning it, passing it as an argument, returning it from a method, property or indexer, and iterating it with \`foreach\` all produce a **copy**. Changing the copy never changes the original:

~~~csharp
var a = new Point(1, 2);
var b = a;   // copy
b.X = 10;    // a.X is still 1
~~~

The compiler rejects the most obvious attempts to modify a temporary copy:

~~~text
error CS1612: Cannot modify the return value of 'List<Point>.this[int]' because it is not a variable
error CS1654: Cannot modify members of 'p' because it is a 'foreach iteration variable'
~~~

Arrays are the exception: \`points[0].X = 5\` works, because an array element is a variable, while a list indexer is a method that returns a copy.

The compiler does **not** catch method calls: \`list[0].Move(5)\` compiles, moves a temporary copy and throws it away. The same happens with a mutating method called on a property that returns a struct.

**Boxing** is the other copy. Converting a struct to \`object\` or to an interface it implements allocates a heap object and copies the value into it. Changes made through the interface affect the box, not the original, and code that boxes in a loop (non-generic collections, \`object\` parameters) allocates on every iteration.

The remedy is design, not vigilance: keep structs **small and immutable**. \`readonly struct\` makes the compiler enforce immutability, and "changing" a value means creating a new one (\`with\` on a \`record struct\`, or a method that returns a new instance). Microsoft's design guidelines reserve structs for small values (under about 16 bytes) that represent a single value, are immutable and are rarely boxed; everything else should be a class.`,
      workedExample: {
        language: 'csharp',
        before: `var levels = new List<StockLevel> { new StockLevel { Sku = "A-1", Quantity = 10 } };
levels[0].Reserve(3);                   // compiles: reserves on a temporary copy
Console.WriteLine(levels[0].Quantity);  // 10

public struct StockLevel
{
    public string Sku;
    public int Quantity;
    public void Reserve(int n) => Quantity -= n;
}`,
        after: `var levels = new List<StockLevel> { new StockLevel("A-1", 10) };
levels[0] = levels[0].Reserve(3);
Console.WriteLine(levels[0].Quantity);  // 7

public readonly record struct StockLevel(string Sku, int Quantity)
{
    public StockLevel Reserve(int n) => this with { Quantity = Quantity - n };
}`,
        note: 'The list indexer returned a copy, Reserve mutated it, and the copy was discarded, so the reservation silently vanished. An immutable struct cannot be changed in place at all: Reserve returns the new value and the code has to store it back, which makes the copy visible.',
      },
      pitfalls: [
        'Calling a mutating method on a struct returned by a property, indexer or method: it changes a temporary copy, and the compiler does not warn.',
        'Mutable structs in general: every copy is a chance to update the wrong one.',
        'Passing structs as `object` or through an interface in hot paths: each conversion allocates a box.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `var a = new Point(1, 2);
var b = a;
b.X = 10;
var list = new List<Point> { a };
list[0].Move(5);
Console.WriteLine($"{a.X} {b.X} {list[0].X}");

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx) => X += dx;
}`,
          answer: '1 10 1',
          explanation:
            'b is a copy of a, so only b changes to 10. The list stores its own copy, and list[0] returns yet another copy, which Move changes and then drops; the element in the list still has X = 1.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'With `Point` a mutable struct, which line fails to compile?',
          code: `Point[] points = { new Point(1, 1) };
var list = new List<Point> { new Point(1, 1) };
points[0].X = 5;    // A
list[0].X = 5;      // B
var p = list[0];
p.X = 5;            // C
list[0].Move(5);    // D`,
          choices: ['A', 'B', 'C', 'D'],
          answerIndex: 1,
          explanation:
            'B is CS1612: the indexer returns a copy, and assigning to a field of a value nobody stores is rejected. A modifies the array element in place, C modifies a local copy, and D compiles although it only moves a temporary copy.',
        },
      ],
    },
    advanced: {
      title: 'Value types in depth: defensive copies, in and ref, boxing and equality',
      conceptId: 'csharp.value-types',
      level: 'advanced',
      explanation: `**Defensive copies.** When the compiler must guarantee that a struct is not modified, because it sits in a \`readonly\` field or arrives as an \`in\` parameter, and the struct is not declared \`readonly\`, every method or property call runs on a hidden copy. A mutating call is silently lost, and a large struct is copied on every call. Declare the struct \`readonly struct\`, or mark non-mutating members \`readonly\` (C# 8), so no copy is needed.

**in, ref and ref readonly.** \`in\` passes a read-only reference, which saves copying a large struct only when no defensive copies are needed, so pair it with \`readonly struct\`. \`ref\` is for callees that must change the caller's value. A \`ref struct\` such as \`Span<T>\` must live on the stack: it cannot be boxed, stored in a field of a class, or captured by a lambda.

**Boxing through interfaces.** \`ICounter boxed = counter;\` copies the struct into a box, so calls through \`boxed\` change the box while \`counter\` stays as it was. Generics avoid the box: with \`void Bump<T>(ref T c) where T : struct, ICounter\`, the interface call is made directly on the caller's value.

**Equality.** A struct gets \`ValueType.Equals(object)\`, which compares field by field, may fall back to reflection, and boxes its argument. It gets no \`==\` at all (CS0019). For structs used as dictionary keys or compared in loops, implement \`IEquatable<T>\`, \`GetHashCode\` and the operators, or declare a \`record struct\`, which generates all of them.

**default is always possible.** \`default(T)\`, new arrays and uninitialised fields give the all-zero value without running any constructor. Design structs so that the zero value is valid, or at least detectable (\`Money\` with a \`null\` currency code).`,
      workedExample: {
        language: 'csharp',
        before: `public struct RequestCounter
{
    private int _count;
    public void Increment() => _count++;
    public int Count => _count;
}

public sealed class RateLimiter
{
    private readonly RequestCounter _counter;   // readonly field of a mutable struct

    public bool TryAcquire(int limit)
    {
        _counter.Increment();                   // increments a defensive copy
        return _counter.Count <= limit;         // always 0 <= limit: never limits
    }
}`,
        after: `public sealed class RateLimiter
{
    private int _count;

    public bool TryAcquire(int limit) => Interlocked.Increment(ref _count) <= limit;
}`,
        note: 'Because _counter is readonly, each Increment() ran on a temporary copy and the stored value stayed 0, so every request was allowed. The rewrite keeps the state in a plain field and increments it atomically, which a rate limiter shared between request threads needs anyway.',
      },
      pitfalls: [
        'Calling mutating methods on a `readonly` field or an `in` parameter of a non-readonly struct: the call runs on a hidden copy.',
        'Using `in` for small or non-readonly structs "for speed": defensive copies can make it slower than passing by value.',
        'Using structs with the default `Equals` as dictionary keys in hot paths, paying for boxing and field-by-field comparison on every lookup.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `var c = new Counter();
ICounter boxed = c;
boxed.Increment();
c.Increment();
c.Increment();
Console.WriteLine($"{c.Value} {boxed.Value}");

interface ICounter { void Increment(); int Value { get; } }

struct Counter : ICounter
{
    private int _value;
    public void Increment() => _value++;
    public int Value => _value;
}`,
          answer: '2 1',
          explanation:
            'The conversion to ICounter copied c into a box. The call through boxed increments the box once; the two direct calls increment the local struct twice. They are two independent values from that point on.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'After `AddFees(in acc, fees)`, `acc.Total` is still 0. Which line is wrong?',
          code: `public struct Accumulator
{
    public decimal Total;
    public void Add(decimal amount) => Total += amount;
}

public static class Fees
{
    public static void AddFees(in Accumulator acc, IEnumerable<decimal> fees)
    {
        foreach (var fee in fees) acc.Add(fee);
    }
}`,
          bugLine: 9,
          answer: 'Pass the struct by writable reference: `public static void AddFees(ref Accumulator acc, IEnumerable<decimal> fees)`, called as `Fees.AddFees(ref acc, fees)`; or return the new total instead of mutating.',
          explanation:
            'An in parameter is a read-only reference. Since Accumulator is not a readonly struct, the compiler protects it by calling Add on a defensive copy each time, so every addition is discarded, without a warning.',
        },
      ],
    },
    hints: {
      nudge: 'Is the value on that line a struct? If so, which copy of it is being changed: the one you stored, or a temporary one?',
      concept:
        'Structs are copied on assignment, when passed, returned from properties and indexers, iterated with `foreach` and boxed. Changes to a copy do not reach the original. Keep structs small and immutable (`readonly struct`, `record struct`) and replace values instead of mutating them.',
      analogousExample:
        'Similar: `dictionary["eu"].Retries++` on a `Dictionary<string, RetryPolicy>` with a struct value is CS1612. Reading the value into a local, changing it and writing it back (`var p = dictionary["eu"]; p.Retries++; dictionary["eu"] = p;`) updates the stored entry.',
      pseudoCode:
        'find where the struct value comes from (property, indexer, readonly field, in parameter, interface)\nif it is a copy: change a local and store it back, or\nmake the struct immutable and assign the new value returned by the "change" method\nfor frequent interface use: consider a class, or generics constrained to the interface',
    },
  },
  {
    conceptId: 'csharp.properties-records',
    fundamentals: {
      title: 'Properties, init, required and records',
      conceptId: 'csharp.properties-records',
      level: 'fundamentals',
      explanation: `A **property** is a pair of accessor methods that reads like a field: \`public decimal Total { get; private set; }\`. Callers cannot see whether a property returns stored state or computes a value on each read, and the difference matters:

~~~csharp
public List<string> Tags => new();            // a new, empty list on every read
public List<string> Tags { get; } = new();    // one list, created with the object
~~~

With the first form, \`order.Tags.Add("gift")\` adds to a list that is immediately discarded.

Three modifiers describe how an object may be created and changed:

- **\`init\`** (C# 9): the property can be set in an object initializer, a constructor or a \`with\` expression, and never afterwards. A later assignment is CS8852: "Init-only property or indexer 'Invoice.Amount' can only be assigned in an object initializer, or on 'this' or 'base' in an instance constructor or an 'init' accessor."
- **\`required\`** (C# 11): whoever creates the object must set the member. Forgetting it is CS9035: "Required member 'Invoice.Currency' must be set in the object initializer or attribute constructor."
- \`required\` plus \`init\` gives a DTO that can be neither half-built nor changed after creation, and with nullable reference types enabled it also answers CS8618, whose text even suggests adding the \`required\` modifier.

**Records** generate the boilerplate of data types. \`public record Refund(string OrderId, string Reason);\` declares init-only properties, a constructor and \`Deconstruct\`, value-based \`Equals\`, \`GetHashCode\`, \`==\` and \`!=\`, and a \`ToString\` that prints \`Refund { OrderId = A-17, Reason = damaged }\`. A \`with\` expression makes a modified copy: \`var corrected = refund with { Reason = "late" };\` leaves \`refund\` unchanged.

A \`record struct\` (C# 10) is the value-type version; note that its positional properties are read-write unless it is declared \`readonly record struct\`.`,
      workedExample: {
        language: 'csharp',
        before: `public class CreateInvoice
{
    public string CustomerId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; }
}

var cmd = new CreateInvoice { CustomerId = "c-42", Amount = 120m }; // Currency is null
cmd.Amount = -5m;                                                   // and anyone can change it`,
        after: `public sealed record CreateInvoice
{
    public required string CustomerId { get; init; }
    public required decimal Amount { get; init; }
    public required string Currency { get; init; }
}

var cmd = new CreateInvoice { CustomerId = "c-42", Amount = 120m, Currency = "EUR" };
// leaving out Currency: CS9035; cmd.Amount = -5m: CS8852
var corrected = cmd with { Amount = 100m };`,
        note: 'The mutable class allowed a command without a currency (a NullReferenceException far from the cause) and changes after validation. required + init make both mistakes compile errors, and the record adds value equality and with-copies, useful for commands that are logged, compared in tests or retried.',
      },
      pitfalls: [
        'Expression-bodied properties that create objects (`=> new List<T>()`): every read returns a fresh instance, and changes to it are lost.',
        'Public setters on data that must not change after validation: use `init` (and `required` for members without a sensible default).',
        'Assuming a `record struct` is immutable: positional properties of a plain `record struct` are read-write; declare it `readonly record struct`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `var cart = new Cart();
cart.Items.Add("sku-1");
cart.Items.Add("sku-2");
Console.WriteLine(cart.Items.Count);

public class Cart
{
    public List<string> Items => new List<string>();
}`,
          answer: '0',
          explanation:
            'Items is a computed property: each access runs `new List<string>()`. Both Add calls went to lists that were discarded, and the third access creates another empty one. `{ get; } = new List<string>();` would create one list per cart.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which lines fail to compile?',
          code: `var a = new Shipment { Id = "s-1" };       // line 1
a.Carrier = "DHL";                         // line 2
a.Id = "s-2";                              // line 3
var b = new Shipment { Carrier = "UPS" };  // line 4

public class Shipment
{
    public required string Id { get; init; }
    public string? Carrier { get; set; }
}`,
          choices: ['Line 3 only', 'Line 4 only', 'Lines 3 and 4', 'None of them'],
          answerIndex: 2,
          explanation:
            'Line 3 assigns an init-only property after construction (CS8852). Line 4 creates a Shipment without setting the required Id (CS9035). Carrier has an ordinary setter, so line 2 is fine.',
        },
      ],
    },
    advanced: {
      title: 'Records in depth: what value equality compares, shallow with, inheritance and serialization',
      conceptId: 'csharp.properties-records',
      level: 'advanced',
      explanation: `**Value equality is member-wise, with each member's own equality.** A record compares its fields using \`EqualityComparer<T>.Default\`. For strings, numbers and other records that is value equality; for \`List<T>\`, arrays and most classes it is *reference* equality. Two \`PriceRule\` records with equal-looking lists are therefore not equal, have different hash codes, and are not deduplicated by \`HashSet\` or \`Distinct()\`. Either keep members value-comparable, or write \`Equals(PriceRule? other)\` and \`GetHashCode\` yourself (the record then uses yours).

**with is a shallow copy.** \`b = a with { Name = "x" }\` copies every field, so reference-type members are shared: adding to \`b.Aliases\` changes \`a.Aliases\` too. Use immutable collections (\`ImmutableArray<T>\`, \`IReadOnlyList<T>\` over a copy) in records you hand around: sharing is then harmless, although their equality still needs custom code.

**Inheritance is part of equality.** Records compare an \`EqualityContract\` (the runtime type), so a \`Customer\` and a \`VipCustomer : Customer\` with identical fields are never equal, even through \`Customer\`-typed variables. That is usually right, and surprising in tests.

**Mutability.** Records may declare \`{ get; set; }\` properties, but then their hash code changes when they change; a mutated record inside a \`HashSet\` or as a dictionary key can no longer be found. Keep records used as keys immutable.

**Serialization and persistence.** System.Text.Json (since .NET 7) honours \`required\` and fails deserialization when a required property is missing from the JSON, and it can bind positional records through their constructor. ORMs that track entities by identity, such as EF Core, are a poor fit for value-equality records: use them for DTOs, messages and value objects rather than entities.

**Validation in auto-properties.** C# 14 adds the \`field\` keyword: \`public decimal Amount { get; set => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value)); }\` validates without a hand-written backing field.`,
      workedExample: {
        language: 'csharp',
        before: `public record PriceRule(string Sku, List<string> Regions);

var rules = new HashSet<PriceRule>
{
    new("A-1", new List<string> { "EU", "US" }),
    new("A-1", new List<string> { "EU", "US" }),
};
Console.WriteLine(rules.Count); // 2: the two lists are different objects`,
        after: `public sealed record PriceRule(string Sku, IReadOnlyList<string> Regions)
{
    public bool Equals(PriceRule? other) =>
        other is not null && Sku == other.Sku && Regions.SequenceEqual(other.Regions);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Sku);
        foreach (var region in Regions) hash.Add(region);
        return hash.ToHashCode();
    }
}`,
        note: 'The generated equality compared the Regions lists by reference, so identical rules were kept twice (and applied twice when prices were computed). Writing Equals and GetHashCode over the list contents makes equality mean what the domain means; the generated == and != use the custom Equals.',
      },
      pitfalls: [
        'Putting `List<T>` or arrays in records and expecting `==`, `HashSet` or `Distinct()` to compare their contents.',
        'Mutating a collection through a `with` copy and changing the original, because the copy shares the reference.',
        'Overriding `Equals` in a record without a matching `GetHashCode`, which breaks dictionaries and sets.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `var a = new Tag("sale", new List<string> { "promo" });
var b = a with { Name = "discount" };
b.Aliases.Add("deal");
var c = new Tag("sale", new List<string> { "promo", "deal" });
var renamedBack = b with { Name = "sale" };
Console.WriteLine($"{a.Aliases.Count} {a == c} {a == renamedBack}");

public record Tag(string Name, List<string> Aliases);`,
          answer: '2 False True',
          explanation:
            'with copied the reference to the same list, so adding "deal" through b changed a.Aliases (count 2). c has equal contents but a different List object, and lists compare by reference, so a == c is False. renamedBack has Name "sale" and the very same list as a, so it is equal.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does this print?',
          code: `Customer x = new Customer("c-1");
Customer y = new VipCustomer("c-1");
Console.WriteLine(x == y);

public record Customer(string Id);
public record VipCustomer(string Id) : Customer(Id);`,
          choices: ['True', 'False', 'It does not compile', 'It throws InvalidCastException'],
          answerIndex: 1,
          explanation:
            'Record equality first compares EqualityContract, the runtime type of each side. Customer and VipCustomer differ, so the records are not equal although every property matches and both variables are typed Customer.',
        },
      ],
    },
    hints: {
      nudge: 'Look at how the property or record on that line is declared: is it computed on each read, settable after creation, or compared by reference somewhere inside?',
      concept:
        'Properties are methods that look like fields. `init` allows setting only during creation, `required` forces the creator to set a member, and records generate value equality (member by member, with each member\'s own `Equals`), `ToString` and non-destructive `with` copies, which are shallow.',
      analogousExample:
        'Similar: `public record Address(string City, string[] Lines)` makes two addresses with identical lines unequal, because arrays compare by reference. Storing the lines as one string, or writing `Equals` with `SequenceEqual`, restores the intended equality.',
      pseudoCode:
        'if state must not change after creation: { get; init; } (+ required if there is no good default)\nif a property builds an object: initialise it once ({ get; } = ...) instead of => new ...\nfor records: check each member\'s equality (collections compare by reference)\nwith copies share reference-type members: copy or use immutable collections',
    },
  },
  {
    conceptId: 'csharp.delegates-events',
    fundamentals: {
      title: 'Delegates and events: typed callbacks, who may raise them, and unsubscribing',
      conceptId: 'csharp.delegates-events',
      level: 'fundamentals',
      explanation: `A **delegate** is a typed reference to a method, together with the object it is called on: \`Func<Order, decimal>\` takes an order and returns a decimal, \`Action<string>\` takes a string and returns nothing, \`EventHandler<T>\` is the conventional \`(object? sender, T e)\` shape. Lambdas and method groups convert to delegates. Delegates are **multicast**: \`+=\` appends a method to the invocation list and invoking the delegate calls each one in order.

An **event** wraps a delegate so that code outside the declaring type can only subscribe and unsubscribe. Raising or overwriting it from outside is a compile error:

~~~text
error CS0070: The event 'PriceFeed.PriceChanged' can only appear on the left hand side of += or -= (except when used from within the type 'PriceFeed')
~~~

That restriction is the point: only the publisher decides when the event happens, and a subscriber cannot wipe out other subscribers with \`=\`. Inside the publisher, raise it with \`PriceChanged?.Invoke(this, price);\`, since the field is \`null\` when nobody is subscribed.

**Subscriptions keep subscribers alive.** The publisher's invocation list holds a reference to every subscriber's target object. When the publisher lives longer than the subscriber (a singleton service, a static event, an application-wide message bus), every subscribed view model, page or per-request object stays reachable and is never collected, and its handler keeps running after it should be gone. Unsubscribe when the subscriber's life ends, typically in \`Dispose\`.

**\`-=\` must get an equal delegate.** Two delegates are equal when they call the same method on the same target, so unsubscribing a method group (\`feed.PriceChanged -= OnPriceChanged;\`) works. Writing the same lambda again creates a different delegate, and \`-=\` silently removes nothing. Store the delegate in a field if you subscribe with a lambda.`,
      workedExample: {
        language: 'csharp',
        before: `public sealed class CartViewModel
{
    public CartViewModel(PriceFeed feed)            // feed is an app-wide singleton
    {
        feed.PriceChanged += (sender, price) => Recalculate(price);
    }

    private void Recalculate(decimal price) { /* updates totals shown on screen */ }
}`,
        after: `public sealed class CartViewModel : IDisposable
{
    private readonly PriceFeed _feed;

    public CartViewModel(PriceFeed feed)
    {
        _feed = feed;
        _feed.PriceChanged += OnPriceChanged;
    }

    private void OnPriceChanged(object? sender, decimal price) => Recalculate(price);

    public void Dispose() => _feed.PriceChanged -= OnPriceChanged;

    private void Recalculate(decimal price) { /* updates totals shown on screen */ }
}`,
        note: 'Every cart screen ever opened stayed subscribed to the singleton feed, so none was collected and all of them recalculated on each price tick. A named handler can be removed with -=, and Dispose ties the subscription to the view model\'s lifetime.',
      },
      pitfalls: [
        'Subscribing short-lived objects to long-lived publishers without unsubscribing: memory leaks and handlers running on dead objects.',
        'Unsubscribing with a new lambda, which compiles and removes nothing.',
        'Exposing a public delegate field instead of an `event`, so any caller can invoke it or replace all subscribers with `=`.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `var feed = new PriceFeed();
int calls = 0;
feed.PriceChanged += (s, e) => calls++;
feed.PriceChanged -= (s, e) => calls++;
feed.Publish(9.99m);
Console.WriteLine(calls);

public sealed class PriceFeed
{
    public event EventHandler<decimal>? PriceChanged;
    public void Publish(decimal price) => PriceChanged?.Invoke(this, price);
}`,
          answer: '1',
          explanation:
            'The two lambdas look the same but are separate delegates, so -= finds nothing to remove and the first handler still runs once. Keep the delegate in a variable or use a named method to unsubscribe.',
        },
        {
          kind: 'multiple-choice',
          prompt: '`PriceFeed` declares `public event EventHandler<decimal>? PriceChanged;` and a `Publish(decimal)` method that raises it. In code outside the class, which line fails to compile?',
          code: `void OnPrice(object? sender, decimal price) => Console.WriteLine(price);

feed.PriceChanged += OnPrice;             // A
feed.PriceChanged -= OnPrice;             // B
feed.PriceChanged?.Invoke(feed, 1m);      // C
feed.Publish(1m);                         // D`,
          choices: ['A', 'B', 'C', 'D'],
          answerIndex: 2,
          explanation:
            'Outside the declaring type, an event may only appear on the left of += and -=, so invoking it is CS0070. Raising the event is the publisher\'s job, which is why PriceFeed exposes Publish.',
        },
      ],
    },
    advanced: {
      title: 'Delegates in depth: captured variables, multicast results, exceptions and async handlers',
      conceptId: 'csharp.delegates-events',
      level: 'advanced',
      explanation: `**Lambdas capture variables, not values.** A lambda that uses a local keeps the variable itself alive and sees later changes. A \`for\` loop declares its counter once for the whole loop, so lambdas created in it all print the final value. \`foreach\` has created a fresh variable per iteration since C# 5. Copy a \`for\` counter into a local inside the body when a lambda needs it. \`static\` lambdas (C# 9) cannot capture anything, which turns accidental captures and their allocations into compile errors.

**Multicast delegates return the last result.** Invoking a \`Func<Order, bool>\` with three methods in its invocation list runs all three and returns only the last method's answer. A chain of validators combined with \`+=\` therefore accepts whatever the last validator accepts. Keep a \`List<Func<...>>\` and aggregate explicitly, or iterate \`GetInvocationList()\`.

**Exceptions stop the chain.** If one handler throws, the handlers after it do not run and the exception propagates to the code that raised the event. A publisher that must reach every subscriber calls each delegate from \`GetInvocationList()\` in its own \`try\`/\`catch\` and logs failures.

**Threading.** Field-like events make \`+=\` and \`-=\` thread-safe, and \`Changed?.Invoke(...)\` reads the field once, so the null check and the call cannot race. A handler can still run just after it was removed on another thread, so handlers must tolerate late calls, especially in \`Dispose\`.

**async handlers are async void.** \`feed.PriceChanged += async (s, p) => await SaveAsync(p);\` compiles to an \`async void\` method: the publisher cannot await it, and an exception thrown inside it cannot be caught by the raiser: it is rethrown on the synchronization context (or the thread pool) and usually crashes the process. Catch everything inside async handlers, or use an async-aware pattern (\`Func<T, Task>\` subscribers awaited by the publisher).

**Variance.** \`Func<out TResult>\` and \`Action<in T>\` are variant: an \`Action<object>\` can be used where an \`Action<string>\` is expected.`,
      workedExample: {
        language: 'csharp',
        before: `public sealed class CheckoutPipeline
{
    public Func<Order, bool>? Validators;

    public bool CanSubmit(Order order) => Validators?.Invoke(order) ?? true;
}

pipeline.Validators += order => order.Lines.Count > 0;
pipeline.Validators += order => order.Total <= order.Customer.CreditLimit;`,
        after: `public sealed class CheckoutPipeline
{
    private readonly List<Func<Order, bool>> _validators = new();

    public void AddValidator(Func<Order, bool> validator) => _validators.Add(validator);

    public bool CanSubmit(Order order) => _validators.All(validate => validate(order));
}

pipeline.AddValidator(order => order.Lines.Count > 0);
pipeline.AddValidator(order => order.Total <= order.Customer.CreditLimit);`,
        note: 'The multicast delegate ran both checks but returned only the credit-limit result, so empty orders within the limit were accepted. A list of validators makes the aggregation explicit, and All also stops at the first failing check.',
      },
      pitfalls: [
        'Creating lambdas inside `for` loops that use the loop counter: they all see its final value.',
        'Combining `Func<...>` delegates with `+=` and expecting every result to count: only the last is returned.',
        'Subscribing `async` lambdas to events and assuming the publisher waits for them or sees their exceptions.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `var actions = new List<Action>();
for (var i = 0; i < 3; i++) actions.Add(() => Console.Write(i));
foreach (var n in new[] { 0, 1, 2 }) actions.Add(() => Console.Write(n));
foreach (var action in actions) action();
Console.WriteLine();`,
          answer: '333012',
          explanation:
            'The for loop has one variable i, incremented to 3 before any lambda runs, so the first three print 3. foreach declares a new n per iteration (since C# 5), so those lambdas print 0, 1 and 2.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does this print?',
          code: `Func<int> quote = () => 100;
quote += () => 95;
quote += () => 120;
Console.WriteLine(quote());`,
          choices: ['100', '120', '315', 'It throws: multicast delegates cannot return values'],
          answerIndex: 1,
          explanation:
            'All three methods run in order, but a multicast delegate returns the value of the last one. To compare quotes, call each delegate from GetInvocationList() or keep them in a list.',
        },
      ],
    },
    hints: {
      nudge: 'Who holds a reference to this delegate or event handler, and for how long? Is the same delegate instance used to subscribe and unsubscribe?',
      concept:
        'Delegates are typed method references (multicast with `+=`); events restrict outsiders to `+=`/`-=` so only the owner raises them. A subscription keeps the subscriber alive as long as the publisher, and `-=` only removes an equal delegate (same method, same target).',
      analogousExample:
        'Similar: a per-request `AuditScope` that does `AppDomain.CurrentDomain.UnhandledException += Log;` and never removes it keeps every request\'s scope in memory. Removing the handler in `Dispose` with the same method group releases it.',
      pseudoCode:
        'subscribe with a named method (or keep the lambda in a field)\ntie the subscription to the subscriber\'s lifetime:\n    on Dispose / close: publisher.Event -= Handler\nraise only inside the publisher: Event?.Invoke(this, args)\nfor several results or isolated failures: iterate the handlers explicitly',
    },
  },
  {
    conceptId: 'csharp.extension-methods',
    fundamentals: {
      title: 'Extension methods: static methods that look like instance methods',
      conceptId: 'csharp.extension-methods',
      level: 'fundamentals',
      explanation: `An extension method is a \`static\` method in a non-nested, non-generic \`static\` class whose first parameter carries the \`this\` modifier:

~~~csharp
namespace Billing.Text;

public static class MoneyFormatting
{
    public static string ToInvoiceAmount(this decimal amount, string currency) =>
        $"{amount:N2} {currency}";
}
~~~

Once its namespace is imported, \`total.ToInvoiceAmount("EUR")\` compiles to \`MoneyFormatting.ToInvoiceAmount(total, "EUR")\`. Nothing is added to the \`decimal\` type; the call is rewritten by the compiler. This is how LINQ works: \`Where\`, \`Select\` and \`OrderBy\` are extension methods in \`System.Linq.Enumerable\`.

That is also why a missing \`using\` directive produces an error that sounds as if the method did not exist:

~~~text
error CS1061: 'List<int>' does not contain a definition for 'Where' and no accessible extension method 'Where' accepting a first argument of type 'List<int>' could be found (are you missing a using directive or an assembly reference?)
~~~

The fix is the namespace (\`using System.Linq;\`) or the package reference that contains it, not a new method. SDK-style projects with \`<ImplicitUsings>enable</ImplicitUsings>\` import \`System.Linq\` and a few others globally, which is why the same code compiles in one project and not in another. Put your own commonly used extension namespaces in a \`global using\` (C# 10) rather than in every file.

Rules worth knowing:

- **Instance methods win.** If the type already has an applicable instance method with that name, it is called and the extension method is ignored, silently.
- **They are static calls.** The receiver can be \`null\` without a \`NullReferenceException\` at the call, and the method is chosen from the variable's static type, never by the object's runtime type.
- **They see only public (or internal) members**; they are not a way into private state.`,
      workedExample: {
        language: 'csharp',
        before: `// Reports/MonthlyReport.cs, in a class library without implicit usings
using System.Collections.Generic;

public static class MonthlyReport
{
    public static decimal Revenue(List<Invoice> invoices) =>
        invoices.Where(i => i.Paid).Sum(i => i.Amount);
    // CS1061: 'List<Invoice>' does not contain a definition for 'Where' and no accessible
    // extension method 'Where' accepting a first argument of type 'List<Invoice>' could be found ...
}`,
        after: `// Reports/MonthlyReport.cs
using System.Collections.Generic;
using System.Linq;

public static class MonthlyReport
{
    public static decimal Revenue(List<Invoice> invoices) =>
        invoices.Where(i => i.Paid).Sum(i => i.Amount);
}`,
        note: 'Where and Sum are static methods of System.Linq.Enumerable; without the namespace in scope the compiler never considers them. The project does not enable ImplicitUsings, so the directive (or a global using in one file) is needed.',
      },
      pitfalls: [
        'Reading CS1061 as "the method does not exist" when an extension method\'s namespace or package is simply not imported.',
        'Writing an extension method with the same name and signature as an instance method: the instance method always wins and the extension is never called.',
        'Expecting virtual-style dispatch: the extension method is picked from the static type of the expression.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `string? couponCode = null;
Console.WriteLine(couponCode.IsBlank());

public static class StringChecks
{
    public static bool IsBlank(this string? value) => string.IsNullOrWhiteSpace(value);
}`,
          answer: 'True',
          explanation:
            'An extension method call is a static call, StringChecks.IsBlank(couponCode), so a null receiver is just a null argument; no NullReferenceException is thrown. That is convenient here, but it also means extension methods must check for null themselves.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'What does this print?',
          code: `object boxed = "INV-1001";
Console.WriteLine($"{boxed.Kind()} {"INV-1001".Kind()}");

public static class Describe
{
    public static string Kind(this object value) => "object";
    public static string Kind(this string value) => "string";
}`,
          choices: ['string string', 'object object', 'object string', 'It does not compile: the call is ambiguous'],
          answerIndex: 2,
          explanation:
            'Overload resolution uses the static type: boxed is declared object, so Kind(this object) is chosen even though it holds a string. The literal is a string, so the more specific overload wins.',
        },
      ],
    },
    advanced: {
      title: 'Extension methods in depth: resolution order, ref receivers, IQueryable and C# 14 extension members',
      conceptId: 'csharp.extension-methods',
      level: 'advanced',
      explanation: `**Resolution order.** The compiler first looks for applicable instance methods. Only if none applies does it search extension methods, namespace by namespace from the innermost enclosing one outwards, together with the \`using\` directives at each level; the first level with an applicable method wins. Two equally good candidates at the same level are CS0121 ("The call is ambiguous between the following methods or properties: ..."). So importing a new package can change which extension is called, or break a build with CS0121, without touching the call site.

**Adding an instance method later.** If a library type gains an instance method with the name of your extension, your extension is no longer called, without a warning, and behaviour changes on upgrade. Give extensions specific names (\`ToInvoiceAmount\`, not \`Format\`).

**Value-type receivers.** \`this Point p\` receives a copy, so the extension cannot change the caller's struct. C# 7.2 added \`this ref Point p\` (the caller's variable is modified, and it must be a variable, not a property) and \`this in Point p\` (read-only, no copy).

**Same name, different meaning: IEnumerable vs IQueryable.** \`Enumerable.Where\` takes a \`Func<T, bool>\` and runs in memory; \`Queryable.Where\` takes an \`Expression<Func<T, bool>>\` and is translated to SQL. Which one you get depends on the static type: a query typed as \`IEnumerable<Order>\` before \`.Where(...)\` loads every row and filters on the client.

**Design.** Extensions suit fluent helpers over types you do not own, such as \`IServiceCollection.AddBilling(...)\` registration methods or LINQ-style operators, and interfaces with a small core plus many convenience methods. They cannot hold state, cannot be mocked separately from what they call, and are easy to over-use for code that belongs on the type.

**C# 14 extension members.** An \`extension(IEnumerable<Order> orders) { ... }\` block inside a static class can declare extension *properties* and static extension members as well as methods; consumers call them exactly like members of the type, and existing \`this\`-parameter methods keep working.`,
      workedExample: {
        language: 'csharp',
        before: `var price = new Money { Amount = 200m, Currency = "EUR" };
price.ApplyDiscount(0.1m);
Console.WriteLine(price.Amount);   // 200

public struct Money { public decimal Amount; public string Currency; }

public static class MoneyExtensions
{
    public static void ApplyDiscount(this Money money, decimal rate) =>
        money.Amount -= money.Amount * rate;   // changes the method's own copy
}`,
        after: `var price = new Money(200m, "EUR");
price = price.WithDiscount(0.1m);
Console.WriteLine(price.Amount);   // 180.0

public readonly record struct Money(decimal Amount, string Currency);

public static class MoneyExtensions
{
    public static Money WithDiscount(this Money money, decimal rate) =>
        money with { Amount = money.Amount - money.Amount * rate };
}`,
        note: 'A this parameter of a struct type is passed by value, so the discount was applied to a copy. `this ref Money` would mutate the caller\'s variable, but an immutable Money whose extension returns the new value is clearer and cannot be misused on a property or a readonly field.',
      },
      pitfalls: [
        'Naming extensions like likely future instance methods (`Format`, `Validate`): a library upgrade can silently bypass them.',
        'Writing extensions on struct receivers that try to mutate `this` without `ref`: they change a copy.',
        'Calling `Where` on a query typed as `IEnumerable<T>` and getting in-memory filtering instead of SQL translation.',
      ],
      quiz: [
        {
          kind: 'multiple-choice',
          prompt: 'What does this print?',
          code: `Console.WriteLine(new Invoice().Format());

public class Invoice
{
    public string Format() => "instance";
}

public static class InvoiceExtensions
{
    public static string Format(this Invoice invoice) => "extension";
}`,
          choices: ['instance', 'extension', 'It does not compile: ambiguous call (CS0121)', 'It depends on the order of the using directives'],
          answerIndex: 0,
          explanation:
            'Extension methods are considered only when no applicable instance method exists. Invoice.Format() applies, so the extension is never called, and the compiler does not warn about the shadowed extension.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'This compiles, but the whole Orders table is loaded into memory before filtering. Which line causes it?',
          code: `public static class OrderQueries
{
    public static IEnumerable<Order> Open(this IEnumerable<Order> orders) =>
        orders.Where(o => o.Status == OrderStatus.Open);
}

public sealed class OpenOrdersReport(ShopDbContext db)
{
    public List<Order> Load() => db.Orders.Open().ToList();
}`,
          bugLine: 3,
          answer: 'Extend IQueryable so the filter stays translatable: `public static IQueryable<Order> Open(this IQueryable<Order> orders) => orders.Where(o => o.Status == OrderStatus.Open);`. The same call site, `db.Orders.Open().ToList()`, then sends the filter to the database.',
          explanation:
            'Because the receiver is typed IEnumerable<Order>, the Where inside binds to Enumerable.Where with a compiled delegate: EF Core runs SELECT without a WHERE clause and the filter executes in memory. Typed as IQueryable<Order>, it binds to Queryable.Where and becomes SQL.',
        },
      ],
    },
    hints: {
      nudge: 'Is the method on that line an extension method? If so, which namespace declares it, and is that namespace imported in this file or globally?',
      concept:
        'Extension methods are static methods with a `this` first parameter, callable like instance methods once their namespace is in scope. The compiler picks them by the static type, only when no applicable instance method exists; CS1061 on an extension method usually means a missing `using` or package reference.',
      analogousExample:
        'Similar: `services.AddHttpClient<PaymentsClient>()` failing with CS1061 on `IServiceCollection` is fixed by referencing the `Microsoft.Extensions.Http` package, which declares that extension method in the `Microsoft.Extensions.DependencyInjection` namespace.',
      pseudoCode:
        'find the declaring static class of the method (docs or Go to Definition)\nimport its namespace (using or global using), or add the package that contains it\ncheck the static type of the receiver: the method must accept it as its this parameter\nif an instance method with the same name exists, the extension is never used',
    },
  },
  {
    conceptId: 'csharp.generics-constraints',
    fundamentals: {
      title: 'C# generic constraints: what the body may do with T',
      conceptId: 'csharp.generics-constraints',
      level: 'fundamentals',
      explanation: `Inside \`class EntityCache<T>\`, an unconstrained \`T\` may be any type, so the compiler only allows what every type supports: the members of \`object\`. Everything else is an error that names \`T\`:

~~~text
error CS1061: 'T' does not contain a definition for 'Id' and no accessible extension method 'Id' accepting a first argument of type 'T' could be found (are you missing a using directive or an assembly reference?)
error CS0304: Cannot create an instance of the variable type 'T' because it does not have the new() constraint
error CS0019: Operator '==' cannot be applied to operands of type 'T' and 'T'
~~~

A \`where\` clause adds capabilities, and callers must supply a type that has them:

- \`where T : IEntity\` or a base class: the body may use that interface's or class's members.
- \`where T : class\` (or \`class?\`) / \`where T : struct\`: reference or non-nullable value types only; \`notnull\` excludes nullable types; \`unmanaged\` allows pointer-free structs.
- \`where T : new()\`: a public parameterless constructor, so \`new T()\` compiles. It must come last in the list.
- \`where T : struct, Enum\` and \`where T : Delegate\` (C# 7.3) for enum and delegate helpers.

\`class\`, \`struct\`, \`notnull\` and \`unmanaged\` come first, interfaces and base classes after them, \`new()\` last.

Unlike Java, C# generics are **reified**: the runtime knows \`T\`. \`typeof(T)\`, \`is T\`, \`default(T)\` and \`new T[n]\` all work, \`List<int>\` stores plain ints without boxing, and every constructed type (\`Cache<Order>\`, \`Cache<Invoice>\`) has its own static fields.

One trap remains with \`where T : class\`: \`a == b\` compiles, but it is **reference** equality for every \`T\`, even \`string\`, because operator overloads are not looked up through a type parameter. Compare generic values with \`EqualityComparer<T>.Default.Equals(a, b)\`.`,
      workedExample: {
        language: 'csharp',
        before: `public sealed class EntityCache<T>
{
    private readonly Dictionary<Guid, T> _items = new();

    public void Put(T entity) => _items[entity.Id] = entity;  // CS1061: 'T' does not contain a definition for 'Id'
    public T CreateDraft() => new T();                        // CS0304
}`,
        after: `public interface IEntity { Guid Id { get; } }

public sealed class EntityCache<T> where T : class, IEntity, new()
{
    private readonly Dictionary<Guid, T> _items = new();

    public void Put(T entity) => _items[entity.Id] = entity;
    public T CreateDraft() => new T();
}`,
        note: 'The constraints state exactly what the cache needs: an Id (IEntity), a parameterless constructor for drafts (new()), and reference semantics for cached objects (class). Callers with a type that lacks any of these get the error at their declaration, not inside the cache.',
      },
      pitfalls: [
        'Comparing values of a `class`-constrained `T` with `==`: it compiles and compares references, even for strings.',
        'Adding `new()` just to create instances, when a `Func<T>` factory parameter would also support types that need constructor arguments.',
        'Constraining to a concrete base class when the body only needs one interface, which excludes types from other hierarchies.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `static bool Same<T>(T a, T b) where T : class => a == b;

string expected = "aaa";
string actual = new string('a', 3);
Console.WriteLine($"{expected == actual} {Same(expected, actual)}");`,
          answer: 'True False',
          explanation:
            'Outside the generic method, == on two strings calls string\'s overloaded operator and compares contents. Inside Same, the compiler only knows T is a reference type, so == is reference equality, and the two strings are different objects. EqualityComparer<T>.Default.Equals(a, b) would return True.',
        },
        {
          kind: 'multiple-choice',
          prompt: 'Which constraint clause compiles?',
          code: `interface IEntity { Guid Id { get; } }
class Repository<T> /* constraint here */ { }`,
          choices: [
            'where T : new(), class, IEntity',
            'where T : IEntity, class',
            'where T : class, IEntity, new()',
            'where T : struct, class',
          ],
          answerIndex: 2,
          explanation:
            'The primary constraint (class, struct, notnull, unmanaged) must come first, interfaces and base classes follow, and new() must be last. class and struct cannot be combined.',
        },
      ],
    },
    advanced: {
      title: 'C# generics in depth: per-type statics, variance, generic math and constraint limits',
      conceptId: 'csharp.generics-constraints',
      level: 'advanced',
      explanation: `**Reified means per-type.** Every closed generic type is a separate type at runtime. Static fields of \`RequestCounter<T>\` exist once per \`T\`, which is useful (a cache per entity type, \`static class TypeInfo<T>\` that computes something once per type) and surprising when a "global" counter lives in a generic class. The JIT generates specialised code for each value-type argument (no boxing) and shares one implementation among reference-type arguments.

**Variance is only for interfaces and delegates, and only for reference types.** \`out T\` (covariant) appears in output positions: \`IEnumerable<out T>\`, \`IReadOnlyList<out T>\`, \`Func<out TResult>\`, so an \`IEnumerable<string>\` is an \`IEnumerable<object>\`. \`in T\` (contravariant) appears in inputs: \`IComparer<in T>\`, \`Action<in T>\`. Classes such as \`List<T>\` are invariant, and value-type arguments never vary: \`List<int>\` does not convert to \`IEnumerable<object>\` (CS1503), because an int would have to be boxed. Arrays are covariant without being safe: \`object[] xs = new string[1]; xs[0] = 1;\` throws \`ArrayTypeMismatchException\`.

**Generic math (C# 11, .NET 7).** Interfaces can declare \`static abstract\` members, so constraints can require operators: \`where T : INumber<T>\` allows \`T.Zero\`, \`+\` and \`<\` on any numeric type, replacing one overload per numeric type.

**What constraints cannot do.** They are not part of the method signature for overloading: two methods that differ only in constraints are CS0111. There is no constraint for "has a constructor with these parameters" (take a \`Func<...>\` factory) or "has this operator" outside generic-math interfaces. Unconstrained \`T?\` means "default of T" rather than \`Nullable<T>\`.

**Newer constraints.** \`notnull\` (C# 8) for dictionary-like keys, \`default\` to resolve \`T?\` in overrides, and \`allows ref struct\` (C# 13) so APIs can accept \`Span<T>\`-like types.`,
      workedExample: {
        language: 'csharp',
        before: `public static class Totals
{
    public static int Sum(IEnumerable<int> values) { var total = 0; foreach (var v in values) total += v; return total; }
    public static long Sum(IEnumerable<long> values) { var total = 0L; foreach (var v in values) total += v; return total; }
    public static decimal Sum(IEnumerable<decimal> values) { var total = 0m; foreach (var v in values) total += v; return total; }
}`,
        after: `using System.Numerics;

public static class Totals
{
    public static T Sum<T>(IEnumerable<T> values) where T : INumber<T>
    {
        var total = T.Zero;
        foreach (var v in values) total += v;
        return total;
    }
}`,
        note: 'Before C# 11, interfaces could not declare operators, so arithmetic needed one overload per type (or dynamic). INumber<T> exposes Zero and + as static abstract members; the JIT specialises Sum for each numeric value type, so there is no boxing or virtual call.',
      },
      pitfalls: [
        'Keeping shared state in a static field of a generic class and expecting one value: there is one per type argument.',
        'Expecting `List<Derived>` to convert to `List<Base>`, or `IEnumerable<int>` to `IEnumerable<object>`: classes are invariant and value types never vary.',
        'Trying to overload generic methods by constraint alone, which is CS0111.',
      ],
      quiz: [
        {
          kind: 'predict-output',
          prompt: 'What does this print?',
          code: `RequestCounter<OrderRequest>.Count++;
RequestCounter<OrderRequest>.Count++;
RequestCounter<RefundRequest>.Count++;
Console.WriteLine($"{RequestCounter<OrderRequest>.Count} {RequestCounter<RefundRequest>.Count}");

public sealed class OrderRequest { }
public sealed class RefundRequest { }

public static class RequestCounter<T>
{
    public static int Count;
}`,
          answer: '2 1',
          explanation:
            'RequestCounter<OrderRequest> and RequestCounter<RefundRequest> are different closed types, each with its own static Count. A counter for all requests must live in a non-generic class.',
        },
        {
          kind: 'spot-the-bug',
          prompt: 'Which line fails to compile?',
          code: `static void LogAll(IEnumerable<object> items) => Console.WriteLine(string.Join(", ", items));

var skus = new List<string> { "A-1", "B-2" };
var quantities = new List<int> { 3, 1 };
LogAll(skus);
LogAll(quantities);`,
          bugLine: 6,
          answer: 'Make the method generic, `static void LogAll<T>(IEnumerable<T> items)`, or convert explicitly with `LogAll(quantities.Cast<object>())`.',
          explanation:
            'IEnumerable<out T> is covariant, so List<string> converts to IEnumerable<object> (line 5 is fine). Variance does not apply to value-type arguments: each int would need boxing, so List<int> is not an IEnumerable<object> and line 6 is CS1503.',
        },
      ],
    },
    hints: {
      nudge: 'What does the generic code do with `T` on that line, and which `where` clause would promise the compiler that every `T` can do it?',
      concept:
        'Constraints (`where T : IEntity, new()`, `class`, `struct`, `notnull`, `unmanaged`, `Enum`, `INumber<T>`) tell the compiler what any `T` supports, so the body may use it and callers must provide it. C# generics are reified: `typeof(T)` works, value types are not boxed, and each closed type has its own statics. Variance (`in`/`out`) applies only to interfaces and delegates over reference types.',
      analogousExample:
        'Similar: `static T Max<T>(T a, T b) => a > b ? a : b;` is CS0019 for `>`. Adding `where T : IComparable<T>` and writing `a.CompareTo(b) > 0 ? a : b` works for every comparable type, and `where T : INumber<T>` would allow the operator itself.',
      pseudoCode:
        'list what the generic body needs from T (members, new T(), operators, null checks)\nexpress each need as a constraint:\n    members        -> where T : ISomething\n    construction   -> where T : new()  (or take a Func<T> factory)\n    operators      -> where T : INumber<T> / IComparable<T>\norder: class|struct|notnull|unmanaged, then base class/interfaces, then new()\ncompare T values with EqualityComparer<T>.Default',
    },
  },
];
