import { codeRules, messageRules, type DiagnosticRule } from './diagnosticRule';

/**
 * Eclipse JDT problem ids (the code the Java language server reports with source `Java`). Values follow JDT's
 * IProblem categories: TypeRelated 0x01000000, FieldRelated 0x02000000, MethodRelated 0x04000000,
 * ConstructorRelated 0x08000000, ImportRelated 0x10000000, Internal 0x20000000.
 */
const jdtRows: readonly (readonly [number, string])[] = [
  [16777218, 'naming-declarations modules-imports'], // UndefinedType: "X cannot be resolved to a type"
  [16777233, 'type-compatibility type-conversion@0.4'], // TypeMismatch
  [16777384, 'java.checked-exceptions'], // UnhandledException
  [83886247, 'java.checked-exceptions'], // UnreachableCatch
  [570425394, 'naming-declarations'], // UndefinedName: "x cannot be resolved to a variable"
  [536870963, 'naming-declarations control-flow'], // UninitializedLocalVariable
  [536870967, 'naming-declarations'], // RedefinedLocal: "Duplicate local variable"
  [536870973, 'unused-code'], // LocalVariableIsNeverUsed
  [33554502, 'object-property-access'], // UndefinedField
  [33554506, 'java.static-context'], // NonStaticFieldFromStaticInvocation
  [67108964, 'object-property-access function-signatures'], // UndefinedMethod
  [67108979, 'function-signatures'], // ParameterMismatch
  [134217858, 'constructors-initialization function-signatures'], // UndefinedConstructor
  [268435846, 'modules-imports dependency-management'], // ImportNotFound
  [603979884, 'control-flow function-signatures'], // ShouldReturnValue
];

/** Message patterns shared by javac (source `javac`) and the JDT language server (source `Java`), most specific first. */
const messageRows: readonly (readonly [string, RegExp, string])[] = [
  // Exceptions
  ['unreported-exception', /unreported exception .* must be caught or declared to be thrown|^Unhandled exception type /, 'java.checked-exceptions'],
  ['exception-never-thrown', /exception .* is never thrown in body of corresponding try statement|^Unreachable catch block for /, 'java.checked-exceptions'],
  ['override-throws', /overridden method does not throw|is not compatible with throws clause in/, 'java.checked-exceptions classes-inheritance'],
  // Names and imports
  ['package-not-found', /^package \S+ does not exist|^The import \S+ cannot be resolved/, 'modules-imports dependency-management'],
  ['cannot-find-symbol', /^cannot find symbol/, 'naming-declarations'],
  ['cannot-resolve-type', /cannot be resolved to a type$/, 'naming-declarations modules-imports'],
  ['cannot-resolve-variable', /cannot be resolved to a variable$/, 'naming-declarations'],
  ['not-a-field', /cannot be resolved or is not a field$/, 'object-property-access'],
  ['method-undefined', /^The method .* is undefined for the type /, 'object-property-access function-signatures'],
  ['already-defined', /^variable \S+ is already defined in|^Duplicate local variable /, 'naming-declarations'],
  ['unused-import', /^The import \S+ is never used/, 'unused-code modules-imports@0.3'],
  ['unused-local', /^The value of the local variable \S+ is not used/, 'unused-code'],
  ['public-type-file', /is public, should be declared in a file named|must be defined in its own file/, 'java.general modules-imports'],
  ['package-mismatch', /^The declared package .* does not match the expected package/, 'modules-imports'],
  // Initialization and immutability
  ['uninitialized-variable', /variable \S+ might not have been initialized|^The local variable \S+ may not have been initialized/, 'naming-declarations control-flow'],
  ['blank-final', /^The blank final field \S+ may not have been initialized|variable \S+ not initialized in the default constructor/, 'constructors-initialization immutability'],
  ['final-assignment', /cannot assign a value to final variable|^The final (?:local variable|field) \S+ cannot be assigned/, 'immutability'],
  ['effectively-final', /must be final or effectively final/, 'closures java.streams@0.4'],
  ['super-first', /call to (?:super|this) must be first statement in constructor/, 'constructors-initialization'],
  ['implicit-super', /^Implicit super constructor .* is undefined/, 'constructors-initialization classes-inheritance'],
  ['recursive-constructor', /recursive constructor invocation/, 'constructors-initialization recursion@0.3'],
  // Static context, visibility, inheritance
  ['static-context', /cannot be referenced from a static context|^Cannot make a static reference to the non-static/, 'java.static-context'],
  ['private-access', /has private access in|is not visible$/, 'access-modifiers'],
  ['not-public', /is not public in .*; cannot be accessed from outside package/, 'access-modifiers modules-imports'],
  ['weaker-access', /attempting to assign weaker access privileges|^Cannot reduce the visibility of the inherited method/, 'access-modifiers classes-inheritance'],
  ['abstract-not-implemented', /is not abstract and does not override abstract method|must implement the inherited abstract method/, 'interfaces-structural-typing abstract-classes'],
  ['abstract-instantiation', /is abstract; cannot be instantiated|^Cannot instantiate the type /, 'abstract-classes'],
  ['final-inheritance', /cannot inherit from final/, 'classes-inheritance'],
  ['override-annotation', /method does not override or implement a method from a supertype|must override or implement a supertype method/, 'classes-inheritance'],
  ['override-return', /return type .* is not compatible with|^The return type is incompatible with/, 'classes-inheritance type-compatibility'],
  // Calls
  ['ambiguous-reference', /reference to \S+ is ambiguous|is ambiguous for the type/, 'function-overloads'],
  ['no-suitable-method', /no suitable (?:method|constructor) found for/, 'function-overloads function-signatures'],
  ['constructor-arguments', /constructor \S+ in (?:class|enum|record) .* cannot be applied to given types|^The constructor .* is undefined/, 'constructors-initialization function-signatures'],
  ['method-arguments', /method \S+ in (?:class|interface|enum|record) .* cannot be applied to given types|is not applicable for the arguments/, 'function-signatures'],
  ['unexpected-return', /incompatible types: unexpected return value|^Void methods cannot return a value/, 'function-signatures'],
  ['missing-return-value', /^missing return value/, 'function-signatures'],
  // Types and generics
  ['lossy-conversion', /possible lossy conversion from/, 'numeric-precision type-conversion'],
  ['null-to-primitive', /<null?> cannot be converted to (?:int|long|double|float|boolean|char|short|byte)\b/, 'java.boxing-primitives null-safety'],
  ['primitive-dereference', /(?:int|long|double|float|boolean|char|short|byte) cannot be dereferenced/, 'java.boxing-primitives'],
  ['primitive-type-argument', /unexpected type\s+required: reference\s+found: /, 'java.generics java.boxing-primitives'],
  ['incompatible-types', /^incompatible types: |^Type mismatch: cannot convert from/, 'type-compatibility type-conversion@0.4'],
  ['incomparable-types', /^incomparable types: |^Incompatible operand types /, 'equality-comparison'],
  ['bad-operands', /bad operand types? for (?:binary|unary) operator|^The operator \S+ is undefined for the argument type/, 'operators-precedence type-conversion'],
  ['array-required', /array required, but .* found/, 'collections'],
  ['unchecked', /unchecked (?:call|conversion|cast|method invocation)|uses unchecked or unsafe operations|^\[(?:rawtypes|unchecked)\]|found raw type|^Type safety: |is a raw type\. References to generic type/, 'java.generics'],
  ['generic-array', /generic array creation/, 'java.generics'],
  ['unlikely-equals', /^Unlikely argument type for equals\(\)/, 'java.equals-hashcode'],
  // Flow, resources, nulls
  ['missing-return', /^missing return statement|^This method must return a result of type/, 'control-flow function-signatures@0.4'],
  ['unreachable', /^unreachable statement|^Unreachable code|^Dead code/, 'unused-code control-flow'],
  ['break-outside', /(?:break|continue) outside (?:switch or )?loop/, 'control-flow'],
  ['switch-not-exhaustive', /does not cover all possible input values|needs a corresponding case label|should have a default case/, 'exhaustiveness pattern-matching@0.4'],
  ['resource-leak', /^(?:Potential )?[Rr]esource leak: /, 'java.try-with-resources resource-management'],
  ['twr-not-applicable', /try-with-resources not applicable to variable type|auto-closeable resource \S+ is never referenced/, 'java.try-with-resources'],
  ['null-access', /^(?:Potential )?[Nn]ull pointer access|^Null type mismatch|may be null at this location/, 'null-safety java.optional@0.3'],
  ['deprecated', /has been deprecated|is deprecated$|^\[deprecation\]/, 'deprecated-apis'],
  ['serial-version', /does not declare a static final serialVersionUID/, 'serialization'],
  // Syntax
  ['syntax', /^'.+' expected$|^illegal start of (?:expression|type)|^class, interface, enum, or record expected|^reached end of file while parsing|^<identifier> expected|^not a statement|^unclosed (?:string|character) literal|^Syntax error/, 'syntax-basics'],
];

/** javac and Eclipse JDT diagnostics: JDT problem ids first, then message patterns (javac has no codes in its output). */
export const javaRules: readonly DiagnosticRule[] = [...codeRules('jdt', jdtRows), ...messageRules('javac', messageRows)];
