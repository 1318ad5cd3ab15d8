using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>
    /// Reports every explicit reference (a name in the source) to a generic type or method, and to the
    /// other types nanoFramework 1.x lacks (Nullable&lt;T&gt;, tuples, decimal, dynamic, T[,]) when they are
    /// reached by name, through <c>var</c>, or through the signature of a library member.
    /// </summary>
    /// <remarks>
    /// Only names written in the source are inspected, never compiler-synthesized symbols: <c>foreach</c>
    /// over an array, <c>using</c>, <c>lock</c> and string interpolation bind no generic member by name.
    /// Members of a generic type are not reported again: the generic type was reported where it was named.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TypeUseAnalyzer : DiagnosticAnalyzer
    {
        private static readonly SymbolDisplayFormat DisplayFormat = SymbolDisplayFormat.CSharpErrorMessageFormat;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            PortableSubsetRules.GenericUse,
            PortableSubsetRules.NullableValueType,
            PortableSubsetRules.Tuple,
            PortableSubsetRules.Dynamic,
            PortableSubsetRules.MultidimensionalArray,
            PortableSubsetRules.Decimal);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(AnalyzeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
        }

        private static void AnalyzeName(SyntaxNodeAnalysisContext context)
        {
            var name = (SimpleNameSyntax)context.Node;
            if (SyntaxFacts.IsInDocumentationComment(name))
            {
                return;
            }

            var model = context.SemanticModel;

            if (name is IdentifierNameSyntax identifier && identifier.IsVar)
            {
                var inferred = model.GetTypeInfo(identifier, context.CancellationToken).Type;
                if (inferred != null && !(inferred is IErrorTypeSymbol))
                {
                    Report(context, name, TypeClassifier.Classify(inferred), "'var' (inferred as '" + inferred.ToDisplayString(DisplayFormat) + "')");
                }

                return;
            }

            var symbol = model.GetSymbolInfo(name, context.CancellationToken).Symbol;
            switch (symbol)
            {
                case null:
                    return;
                case IAliasSymbol _:
                case INamespaceSymbol _:
                case ILocalSymbol _:
                case IParameterSymbol _:
                case ILabelSymbol _:
                case IRangeVariableSymbol _:
                case ITypeParameterSymbol _:
                    return;
                case ITypeSymbol type:
                    Report(context, name, TypeClassifier.Classify(type), null);
                    return;
                case IMethodSymbol method:
                    AnalyzeMethod(context, name, method);
                    return;
                case IPropertySymbol property:
                    if (IsMemberOfGenericType(property) || !IsFromMetadata(property))
                    {
                        return;
                    }

                    if (!ReportSignatureType(context, name, property, property.Type))
                    {
                        foreach (var parameter in property.Parameters)
                        {
                            if (ReportSignatureType(context, name, property, parameter.Type))
                            {
                                return;
                            }
                        }
                    }

                    return;
                case IFieldSymbol field:
                    if (!IsMemberOfGenericType(field) && IsFromMetadata(field))
                    {
                        ReportSignatureType(context, name, field, field.Type);
                    }

                    return;
                case IEventSymbol @event:
                    if (!IsMemberOfGenericType(@event) && IsFromMetadata(@event))
                    {
                        ReportSignatureType(context, name, @event, @event.Type);
                    }

                    return;
            }
        }

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context, SimpleNameSyntax name, IMethodSymbol method)
        {
            if (method.IsGenericMethod || (method.ReducedFrom != null && method.ReducedFrom.IsGenericMethod))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    PortableSubsetRules.GenericUse,
                    name.GetLocation(),
                    "Method '" + method.ToDisplayString(DisplayFormat) + "'"));
                return;
            }

            if (IsMemberOfGenericType(method) || !IsFromMetadata(method))
            {
                return;
            }

            // A library method that takes or returns a generic type brings it in without naming it
            // (Parallel.For(0, n, i => ...) converts the lambda to Action<int>).
            if (ReportSignatureType(context, name, method, method.ReturnType))
            {
                return;
            }

            foreach (var parameter in method.Parameters)
            {
                if (ReportSignatureType(context, name, method, parameter.Type))
                {
                    return;
                }
            }
        }

        private static bool ReportSignatureType(SyntaxNodeAnalysisContext context, SimpleNameSyntax name, ISymbol member, ITypeSymbol type)
        {
            var finding = TypeClassifier.Classify(type);
            if (finding == null)
            {
                return false;
            }

            Report(
                context,
                name,
                finding,
                "'" + member.ToDisplayString(DisplayFormat) + "' (through '" + finding.Type.ToDisplayString(DisplayFormat) + "')");
            return true;
        }

        private static void Report(SyntaxNodeAnalysisContext context, SimpleNameSyntax name, TypeClassifier.Finding finding, string description)
        {
            if (finding == null)
            {
                return;
            }

            var what = description ?? "'" + finding.Type.ToDisplayString(DisplayFormat) + "'";
            context.ReportDiagnostic(Diagnostic.Create(finding.Rule, name.GetLocation(), what));
        }

        private static bool IsMemberOfGenericType(ISymbol member)
        {
            for (var type = member.ContainingType; type != null; type = type.ContainingType)
            {
                if (type.IsGenericType)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsFromMetadata(ISymbol symbol)
        {
            return !symbol.Locations.IsEmpty && symbol.Locations[0].IsInMetadata;
        }
    }
}
