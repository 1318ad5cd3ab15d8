using Microsoft.CodeAnalysis;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>
    /// Tells whether a type is one nanoFramework 1.x cannot have, and which rule says so. Shared by the
    /// analyzers that look at types reached without naming them (var, library member signatures).
    /// </summary>
    internal static class TypeClassifier
    {
        /// <summary>
        /// Finds the first part of <paramref name="type"/> that is outside the subset: the rule and the
        /// offending (sub)type, or <c>null</c> when the type is fine. Type parameters count as fine: their
        /// declaration is reported by NF0001/NF0002.
        /// </summary>
        public static Finding Classify(ITypeSymbol type)
        {
            while (type != null)
            {
                switch (type)
                {
                    case IArrayTypeSymbol array:
                        if (array.Rank > 1)
                        {
                            return new Finding(PortableSubsetRules.MultidimensionalArray, array);
                        }

                        type = array.ElementType;
                        continue;
                    case IPointerTypeSymbol pointer:
                        type = pointer.PointedAtType;
                        continue;
                    case IDynamicTypeSymbol _:
                        return new Finding(PortableSubsetRules.Dynamic, type);
                    case INamedTypeSymbol named:
                        return ClassifyNamed(named);
                    default:
                        return null;
                }
            }

            return null;
        }

        private static Finding ClassifyNamed(INamedTypeSymbol named)
        {
            if (named.TypeKind == TypeKind.Error)
            {
                return null;
            }

            if (named.SpecialType == SpecialType.System_Decimal)
            {
                return new Finding(PortableSubsetRules.Decimal, named);
            }

            if (named.IsTupleType || IsTupleClass(named))
            {
                return new Finding(PortableSubsetRules.Tuple, named);
            }

            if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return new Finding(PortableSubsetRules.NullableValueType, named);
            }

            if (named.IsGenericType)
            {
                return new Finding(PortableSubsetRules.GenericUse, named);
            }

            // A type nested in a generic type (List<int>.Enumerator) is a generic instantiation too.
            for (var container = named.ContainingType; container != null; container = container.ContainingType)
            {
                if (container.IsGenericType)
                {
                    return new Finding(PortableSubsetRules.GenericUse, named);
                }
            }

            return null;
        }

        private static bool IsTupleClass(INamedTypeSymbol named)
        {
            var definition = named.OriginalDefinition;
            return (definition.Name == "Tuple" || definition.Name == "ValueTuple")
                && definition.ContainingType == null
                && definition.ContainingNamespace != null
                && definition.ContainingNamespace.Name == "System"
                && definition.ContainingNamespace.ContainingNamespace != null
                && definition.ContainingNamespace.ContainingNamespace.IsGlobalNamespace;
        }

        /// <summary>A type outside the subset and the rule that forbids it.</summary>
        internal sealed class Finding
        {
            public Finding(DiagnosticDescriptor rule, ITypeSymbol type)
            {
                Rule = rule;
                Type = type;
            }

            /// <summary>Gets the rule to report.</summary>
            public DiagnosticDescriptor Rule { get; }

            /// <summary>Gets the offending type.</summary>
            public ITypeSymbol Type { get; }
        }
    }
}
