using Microsoft.CodeAnalysis;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>
    /// The rules that hold portable code (compiled for the host and, by an .nfproj, for the device) to
    /// what the .NET nanoFramework 1.x runtime (CoreLibrary 1.17, no generics) can compile and run.
    /// Every rule is an error: the host build fails where the device build, or the device, would.
    /// The facts behind each rule are in shared/nanoframework.md and tools/Analyzers/PortableSubset/README.md.
    /// </summary>
    public static class PortableSubsetRules
    {
        /// <summary>The diagnostic category shared by every rule.</summary>
        public const string Category = "PortableSubset";

        /// <summary>NF0001: declaration of a generic type (class, struct, interface, delegate or record).</summary>
        public static readonly DiagnosticDescriptor GenericTypeDeclaration = Create(
            "NF0001",
            "Generic type declaration",
            "Type '{0}' declares type parameters: nanoFramework 1.x has no generics; declare it for object (or the one element type it holds)",
            "CoreLibrary 1.17 and the 1.x runtime have no generics (shared/nanoframework.md). Declare the type for object, or for the single element type it really holds.");

        /// <summary>NF0002: declaration of a generic method or local function.</summary>
        public static readonly DiagnosticDescriptor GenericMethodDeclaration = Create(
            "NF0002",
            "Generic method declaration",
            "Method '{0}' declares type parameters: nanoFramework 1.x has no generics; take object or the concrete type",
            "CoreLibrary 1.17 and the 1.x runtime have no generics (shared/nanoframework.md). Take object, or write one overload per concrete type.");

        /// <summary>NF0003: any use of a constructed generic type or a generic method, from any assembly.</summary>
        public static readonly DiagnosticDescriptor GenericUse = Create(
            "NF0003",
            "Use of a generic type or method",
            "{0} is generic: nanoFramework 1.x runs no generic types or methods; use arrays, ArrayList, Hashtable or a non-generic type or delegate declared in the project",
            "The 1.x runtime cannot load generic instantiations, including the generic delegates Action<T>/Func<T> that mscorlib 1.17 declares (nanoframework/Home#724). This catches what a ban list misses: any constructed generic type or generic method, named explicitly, inferred (var, type inference) or reached through a library member's signature.");

        /// <summary>NF0004: nullable value types (<c>int?</c>, <c>Nullable&lt;T&gt;</c>, <c>?.</c> yielding a value type).</summary>
        public static readonly DiagnosticDescriptor NullableValueType = Create(
            "NF0004",
            "Nullable value type",
            "{0} is a nullable value type (Nullable<T>): nanoFramework 1.x has no Nullable<T>; use a bool HasX flag, a sentinel constant or TryGet(out)",
            "Nullable<T> is a generic struct, absent from CoreLibrary 1.17 (shared/nanoframework.md).");

        /// <summary>NF0005: tuple types, tuple literals and deconstruction.</summary>
        public static readonly DiagnosticDescriptor Tuple = Create(
            "NF0005",
            "Tuple or deconstruction",
            "{0}: tuples are System.ValueTuple<...>, which nanoFramework 1.x lacks; declare a small class or struct, or use out parameters",
            "Tuples compile to the generic ValueTuple types, and deconstruction to tuples or Deconstruct calls; none exist on nanoFramework 1.x (shared/nanoframework.md).");

        /// <summary>NF0006: <c>async</c> and <c>await</c>.</summary>
        public static readonly DiagnosticDescriptor AsyncAwait = Create(
            "NF0006",
            "async/await",
            "'{0}' needs Task and the async state machine, which nanoFramework 1.x lacks; use a Thread, a Timer or a wait handle",
            "async/await compiles to Task<T> and generic builder types; nanoFramework 1.x has no Task (shared/nanoframework.md).");

        /// <summary>NF0007: iterators (<c>yield return</c>, <c>yield break</c>).</summary>
        public static readonly DiagnosticDescriptor Iterator = Create(
            "NF0007",
            "Iterator",
            "'{0}' makes an iterator, which nanoFramework 1.x does not support; fill and return an array or ArrayList, or write an IEnumerator class",
            "Iterators are listed as unsupported in shared/nanoframework.md; the compiler-generated state machine implements generic IEnumerable<T>.");

        /// <summary>NF0008: records.</summary>
        public static readonly DiagnosticDescriptor Record = Create(
            "NF0008",
            "Record",
            "Record '{0}' is not supported by nanoFramework 1.x; declare a class or struct with explicit members",
            "Records generate IEquatable<T>, EqualityContract and init accessors that nanoFramework 1.x lacks (shared/nanoframework.md).");

        /// <summary>NF0009: <c>dynamic</c>.</summary>
        public static readonly DiagnosticDescriptor Dynamic = Create(
            "NF0009",
            "dynamic",
            "'dynamic' needs the dynamic language runtime, which nanoFramework 1.x lacks; use a concrete type or object with a cast",
            "dynamic binds through Microsoft.CSharp and the DLR; neither exists on nanoFramework (shared/nanoframework.md).");

        /// <summary>NF0010: anonymous types.</summary>
        public static readonly DiagnosticDescriptor AnonymousType = Create(
            "NF0010",
            "Anonymous type",
            "Anonymous types compile to generic classes, which nanoFramework 1.x cannot run; declare a named class",
            "The compiler emits each anonymous type as a generic class (shared/nanoframework.md lists anonymous types as unsupported).");

        /// <summary>NF0011: <c>volatile</c> fields.</summary>
        public static readonly DiagnosticDescriptor VolatileField = Create(
            "NF0011",
            "volatile field",
            "Field '{0}' is volatile, which nanoFramework 1.x does not support; guard it with lock",
            "The volatile modifier (modreq IsVolatile) is listed as unsupported in shared/nanoframework.md. A lock (Monitor) is available and correct on both runtimes.");

        /// <summary>NF0012: multidimensional arrays.</summary>
        public static readonly DiagnosticDescriptor MultidimensionalArray = Create(
            "NF0012",
            "Multidimensional array",
            "{0} is a multidimensional array, which nanoFramework 1.x does not support; use a one-dimensional array indexed row * width + column, or a jagged array",
            "Only single-dimension zero-based arrays exist on nanoFramework 1.x (shared/nanoframework.md).");

        /// <summary>NF0013: interface members with a body (default interface members) or static interface members.</summary>
        public static readonly DiagnosticDescriptor DefaultInterfaceMember = Create(
            "NF0013",
            "Default interface member",
            "Interface member '{0}' has an implementation or is static, which nanoFramework 1.x does not support; keep interfaces abstract and put shared code in a helper class",
            "Default interface methods need runtime support that nanoFramework 1.x lacks (shared/nanoframework.md).");

        /// <summary>NF0014: static abstract or static virtual interface members.</summary>
        public static readonly DiagnosticDescriptor StaticAbstractInterfaceMember = Create(
            "NF0014",
            "Static abstract interface member",
            "Interface member '{0}' is static abstract or static virtual, which needs generic math runtime support that nanoFramework 1.x lacks; use an instance member",
            "Static abstract/virtual interface members exist only to be called through generic type parameters; nanoFramework 1.x has neither the runtime feature nor generics.");

        /// <summary>NF0015: <c>decimal</c>.</summary>
        public static readonly DiagnosticDescriptor Decimal = Create(
            "NF0015",
            "decimal",
            "{0}: decimal does not exist on nanoFramework 1.x; keep money as long minor units",
            "System.Decimal is not available on nanoFramework 1.x; the project keeps money in long minor units (shared/nanoframework.md).");

        /// <summary>NF0016: <c>stackalloc</c>.</summary>
        public static readonly DiagnosticDescriptor Stackalloc = Create(
            "NF0016",
            "stackalloc",
            "stackalloc needs Span<T> or unsafe code, which nanoFramework 1.x does not have; use a preallocated byte[] buffer",
            "stackalloc yields Span<T> (generic) or a pointer; neither is available to nanoFramework 1.x managed code.");

        /// <summary>NF0017: <c>ref struct</c> declarations.</summary>
        public static readonly DiagnosticDescriptor RefStruct = Create(
            "NF0017",
            "ref struct",
            "ref struct '{0}' is not supported by nanoFramework 1.x; declare a plain struct or class",
            "ref structs rely on IsByRefLikeAttribute and span semantics the nanoFramework 1.x runtime does not implement.");

        /// <summary>NF0018: LINQ query syntax.</summary>
        public static readonly DiagnosticDescriptor QuerySyntax = Create(
            "NF0018",
            "LINQ query",
            "LINQ query syntax needs System.Linq and generics, which nanoFramework 1.x lacks; write the loop",
            "Query expressions compile to generic Enumerable calls; LINQ does not exist on nanoFramework 1.x (shared/nanoframework.md).");

        /// <summary>NF0019: index (<c>^1</c>) and range (<c>..</c>) operators.</summary>
        public static readonly DiagnosticDescriptor IndexRange = Create(
            "NF0019",
            "Index or range operator",
            "'{0}' needs System.Index/System.Range, which nanoFramework 1.x lacks; index with Length - 1, or use Substring/Array.Copy",
            "The ^ and .. operators compile to System.Index and System.Range (and spans); CoreLibrary 1.17 has none of them.");

        /// <summary>NF0020: custom numeric format strings.</summary>
        public static readonly DiagnosticDescriptor CustomNumericFormat = Create(
            "NF0020",
            "Custom numeric format string",
            "Format \"{0}\" is a custom numeric format, which nanoFramework 1.x does not support; use a standard format (D2, F2, N0, X4...) or format the parts yourself",
            "nanoFramework formats numbers with the standard formats only: a letter optionally followed by digits (shared/nanoframework.md). Money in minor units is best formatted by hand: units, separator, then the cents padded to two digits.");

        /// <summary>NF0021: an enum value converted to text.</summary>
        public static readonly DiagnosticDescriptor EnumToString = Create(
            "NF0021",
            "Enum converted to text",
            "Enum value of '{0}' converted to text: on nanoFramework Enum.ToString() gives the number, not the name; map it with a switch (or nameof), or format (int) explicitly",
            "nanoFramework's Enum.ToString() returns the numeric value (CoreLibrary Enum.cs, shared/nanoframework.md), so text that reads well on the host reads as a number on the device. Covers ToString() calls, string interpolation, string concatenation and enum arguments to string.Format/Concat, StringBuilder.Append/AppendFormat/Insert, Convert.ToString and Debug/TextWriter writes.");

        /// <summary>NF0022: covariant return types on overrides.</summary>
        public static readonly DiagnosticDescriptor CovariantReturn = Create(
            "NF0022",
            "Covariant return type",
            "Override '{0}' changes the return type, which needs runtime support nanoFramework 1.x lacks; return the base member's type and cast at the call site",
            "Covariant returns (C# 9) need RuntimeFeature.CovariantReturnsOfClasses; the compiler refuses them for a runtime without it, as nanoFramework's is.");

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string description)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                Category,
                DiagnosticSeverity.Error,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: null);
        }
    }
}
