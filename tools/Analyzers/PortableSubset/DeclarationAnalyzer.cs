using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>
    /// Reports declarations nanoFramework 1.x cannot load: generic types and methods, records, volatile
    /// fields, ref structs, interface members with bodies or static abstract/virtual members, and
    /// overrides with covariant return types.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DeclarationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            PortableSubsetRules.GenericTypeDeclaration,
            PortableSubsetRules.GenericMethodDeclaration,
            PortableSubsetRules.Record,
            PortableSubsetRules.VolatileField,
            PortableSubsetRules.RefStruct,
            PortableSubsetRules.DefaultInterfaceMember,
            PortableSubsetRules.StaticAbstractInterfaceMember,
            PortableSubsetRules.CovariantReturn);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();

            context.RegisterSyntaxNodeAction(
                AnalyzeTypeDeclaration,
                SyntaxKind.ClassDeclaration,
                SyntaxKind.StructDeclaration,
                SyntaxKind.InterfaceDeclaration,
                SyntaxKind.RecordDeclaration,
                SyntaxKind.RecordStructDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzeDelegateDeclaration, SyntaxKind.DelegateDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzeMethodDeclaration, SyntaxKind.MethodDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzeLocalFunction, SyntaxKind.LocalFunctionStatement);
            context.RegisterSyntaxNodeAction(AnalyzeFieldDeclaration, SyntaxKind.FieldDeclaration);
            context.RegisterSymbolAction(AnalyzeInterface, SymbolKind.NamedType);
            context.RegisterSymbolAction(AnalyzeOverride, SymbolKind.Method, SymbolKind.Property);
        }

        private static void AnalyzeTypeDeclaration(SyntaxNodeAnalysisContext context)
        {
            var declaration = (TypeDeclarationSyntax)context.Node;
            var name = declaration.Identifier.ValueText;

            if (declaration.TypeParameterList != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.GenericTypeDeclaration, declaration.Identifier.GetLocation(), name));
            }

            if (declaration is RecordDeclarationSyntax record)
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Record, record.Keyword.GetLocation(), name));
            }

            foreach (var modifier in declaration.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.RefKeyword) && declaration is StructDeclarationSyntax)
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.RefStruct, modifier.GetLocation(), name));
                }
            }
        }

        private static void AnalyzeDelegateDeclaration(SyntaxNodeAnalysisContext context)
        {
            var declaration = (DelegateDeclarationSyntax)context.Node;
            if (declaration.TypeParameterList != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    PortableSubsetRules.GenericTypeDeclaration,
                    declaration.Identifier.GetLocation(),
                    declaration.Identifier.ValueText));
            }
        }

        private static void AnalyzeMethodDeclaration(SyntaxNodeAnalysisContext context)
        {
            var declaration = (MethodDeclarationSyntax)context.Node;
            if (declaration.TypeParameterList != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    PortableSubsetRules.GenericMethodDeclaration,
                    declaration.Identifier.GetLocation(),
                    declaration.Identifier.ValueText));
            }
        }

        private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context)
        {
            var declaration = (LocalFunctionStatementSyntax)context.Node;
            if (declaration.TypeParameterList != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    PortableSubsetRules.GenericMethodDeclaration,
                    declaration.Identifier.GetLocation(),
                    declaration.Identifier.ValueText));
            }
        }

        private static void AnalyzeFieldDeclaration(SyntaxNodeAnalysisContext context)
        {
            var declaration = (FieldDeclarationSyntax)context.Node;
            foreach (var modifier in declaration.Modifiers)
            {
                if (!modifier.IsKind(SyntaxKind.VolatileKeyword))
                {
                    continue;
                }

                foreach (var variable in declaration.Declaration.Variables)
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.VolatileField, modifier.GetLocation(), variable.Identifier.ValueText));
                }
            }
        }

        private static void AnalyzeInterface(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Interface)
            {
                return;
            }

            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member is INamedTypeSymbol)
                {
                    continue;
                }

                // Accessors are judged with their property or event.
                if (member is IMethodSymbol method && method.AssociatedSymbol != null)
                {
                    continue;
                }

                DiagnosticDescriptor rule = null;
                if (member.IsStatic && (member.IsAbstract || member.IsVirtual))
                {
                    rule = PortableSubsetRules.StaticAbstractInterfaceMember;
                }
                else if (member is IFieldSymbol || !member.IsAbstract)
                {
                    rule = PortableSubsetRules.DefaultInterfaceMember;
                }

                if (rule == null)
                {
                    continue;
                }

                foreach (var location in member.Locations)
                {
                    if (location.IsInSource)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(rule, location, type.Name + "." + member.Name));
                    }
                }
            }
        }

        private static void AnalyzeOverride(SymbolAnalysisContext context)
        {
            ITypeSymbol returnType;
            ITypeSymbol overriddenReturnType;
            switch (context.Symbol)
            {
                case IMethodSymbol method when method.IsOverride && method.OverriddenMethod != null && method.AssociatedSymbol == null:
                    returnType = method.ReturnType;
                    overriddenReturnType = method.OverriddenMethod.ReturnType;
                    break;
                case IPropertySymbol property when property.IsOverride && property.OverriddenProperty != null:
                    returnType = property.Type;
                    overriddenReturnType = property.OverriddenProperty.Type;
                    break;
                default:
                    return;
            }

            if (SymbolEqualityComparer.Default.Equals(returnType, overriddenReturnType))
            {
                return;
            }

            foreach (var location in context.Symbol.Locations)
            {
                if (location.IsInSource)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        PortableSubsetRules.CovariantReturn,
                        location,
                        context.Symbol.ContainingType.Name + "." + context.Symbol.Name));
                }
            }
        }
    }
}
