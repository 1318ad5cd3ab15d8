using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>
    /// Reports C# 9 language features whose compiled form needs types or runtime support nanoFramework 1.x
    /// lacks: tuples and deconstruction, async/await, iterators, anonymous types, multidimensional arrays,
    /// stackalloc, LINQ query syntax, index/range operators, nullable value types and decimal.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LanguageFeatureAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            PortableSubsetRules.NullableValueType,
            PortableSubsetRules.Tuple,
            PortableSubsetRules.AsyncAwait,
            PortableSubsetRules.Iterator,
            PortableSubsetRules.AnonymousType,
            PortableSubsetRules.MultidimensionalArray,
            PortableSubsetRules.Decimal,
            PortableSubsetRules.Stackalloc,
            PortableSubsetRules.QuerySyntax,
            PortableSubsetRules.IndexRange);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();

            context.RegisterSyntaxNodeAction(AnalyzeTupleType, SyntaxKind.TupleType);
            context.RegisterSyntaxNodeAction(AnalyzeTupleExpression, SyntaxKind.TupleExpression);
            context.RegisterSyntaxNodeAction(AnalyzeDeconstruction, SyntaxKind.ParenthesizedVariableDesignation, SyntaxKind.PositionalPatternClause);
            context.RegisterSyntaxNodeAction(
                AnalyzeAsyncModifier,
                SyntaxKind.MethodDeclaration,
                SyntaxKind.LocalFunctionStatement,
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.SimpleLambdaExpression,
                SyntaxKind.AnonymousMethodExpression);
            context.RegisterSyntaxNodeAction(AnalyzeAwait, SyntaxKind.AwaitExpression);
            context.RegisterSyntaxNodeAction(
                AnalyzeAwaitKeywordStatement,
                SyntaxKind.ForEachStatement,
                SyntaxKind.ForEachVariableStatement,
                SyntaxKind.UsingStatement,
                SyntaxKind.LocalDeclarationStatement);
            context.RegisterSyntaxNodeAction(AnalyzeYield, SyntaxKind.YieldReturnStatement, SyntaxKind.YieldBreakStatement);
            context.RegisterSyntaxNodeAction(AnalyzeAnonymousObject, SyntaxKind.AnonymousObjectCreationExpression);
            context.RegisterSyntaxNodeAction(AnalyzeArrayRank, SyntaxKind.ArrayRankSpecifier);
            context.RegisterSyntaxNodeAction(AnalyzeStackalloc, SyntaxKind.StackAllocArrayCreationExpression, SyntaxKind.ImplicitStackAllocArrayCreationExpression);
            context.RegisterSyntaxNodeAction(AnalyzeQuery, SyntaxKind.QueryExpression);
            context.RegisterSyntaxNodeAction(AnalyzeIndexOrRange, SyntaxKind.IndexExpression, SyntaxKind.RangeExpression);
            context.RegisterSyntaxNodeAction(AnalyzeNullableType, SyntaxKind.NullableType);
            context.RegisterSyntaxNodeAction(AnalyzeConditionalAccess, SyntaxKind.ConditionalAccessExpression);
            context.RegisterSyntaxNodeAction(AnalyzePredefinedType, SyntaxKind.PredefinedType);
            context.RegisterSyntaxNodeAction(AnalyzeNumericLiteral, SyntaxKind.NumericLiteralExpression);
        }

        private static void AnalyzeTupleType(SyntaxNodeAnalysisContext context)
        {
            if (SyntaxFacts.IsInDocumentationComment(context.Node))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Tuple, context.Node.GetLocation(), "Tuple type '" + context.Node + "'"));
        }

        private static void AnalyzeTupleExpression(SyntaxNodeAnalysisContext context)
        {
            var what = context.Node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == context.Node
                ? "Deconstruction into '" + context.Node + "'"
                : "Tuple literal '" + context.Node + "'";
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Tuple, context.Node.GetLocation(), what));
        }

        private static void AnalyzeDeconstruction(SyntaxNodeAnalysisContext context)
        {
            // Nested designations var (a, (b, c)) are part of the outer one: report it once.
            if (context.Node.Parent is ParenthesizedVariableDesignationSyntax)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Tuple, context.Node.GetLocation(), "Deconstruction '" + context.Node + "'"));
        }

        private static void AnalyzeAsyncModifier(SyntaxNodeAnalysisContext context)
        {
            SyntaxTokenList modifiers;
            switch (context.Node)
            {
                case MethodDeclarationSyntax method:
                    modifiers = method.Modifiers;
                    break;
                case LocalFunctionStatementSyntax localFunction:
                    modifiers = localFunction.Modifiers;
                    break;
                case AnonymousFunctionExpressionSyntax anonymousFunction:
                    modifiers = anonymousFunction.Modifiers;
                    break;
                default:
                    return;
            }

            foreach (var modifier in modifiers)
            {
                if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.AsyncAwait, modifier.GetLocation(), "async"));
                }
            }
        }

        private static void AnalyzeAwait(SyntaxNodeAnalysisContext context)
        {
            var awaitExpression = (AwaitExpressionSyntax)context.Node;
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.AsyncAwait, awaitExpression.AwaitKeyword.GetLocation(), "await"));
        }

        private static void AnalyzeAwaitKeywordStatement(SyntaxNodeAnalysisContext context)
        {
            SyntaxToken awaitKeyword;
            switch (context.Node)
            {
                case CommonForEachStatementSyntax forEach:
                    awaitKeyword = forEach.AwaitKeyword;
                    break;
                case UsingStatementSyntax usingStatement:
                    awaitKeyword = usingStatement.AwaitKeyword;
                    break;
                case LocalDeclarationStatementSyntax localDeclaration:
                    awaitKeyword = localDeclaration.AwaitKeyword;
                    break;
                default:
                    return;
            }

            if (awaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.AsyncAwait, awaitKeyword.GetLocation(), "await"));
            }
        }

        private static void AnalyzeYield(SyntaxNodeAnalysisContext context)
        {
            var statement = (YieldStatementSyntax)context.Node;
            var what = statement.IsKind(SyntaxKind.YieldBreakStatement) ? "yield break" : "yield return";
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Iterator, statement.YieldKeyword.GetLocation(), what));
        }

        private static void AnalyzeAnonymousObject(SyntaxNodeAnalysisContext context)
        {
            var creation = (AnonymousObjectCreationExpressionSyntax)context.Node;
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.AnonymousType, creation.NewKeyword.GetLocation()));
        }

        private static void AnalyzeArrayRank(SyntaxNodeAnalysisContext context)
        {
            var rank = (ArrayRankSpecifierSyntax)context.Node;
            if (rank.Rank > 1 && !SyntaxFacts.IsInDocumentationComment(rank))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.MultidimensionalArray, rank.GetLocation(), "'" + rank + "'"));
            }
        }

        private static void AnalyzeStackalloc(SyntaxNodeAnalysisContext context)
        {
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Stackalloc, context.Node.GetFirstToken().GetLocation()));
        }

        private static void AnalyzeQuery(SyntaxNodeAnalysisContext context)
        {
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.QuerySyntax, context.Node.GetFirstToken().GetLocation()));
        }

        private static void AnalyzeIndexOrRange(SyntaxNodeAnalysisContext context)
        {
            context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.IndexRange, context.Node.GetLocation(), context.Node.ToString()));
        }

        private static void AnalyzeNullableType(SyntaxNodeAnalysisContext context)
        {
            if (SyntaxFacts.IsInDocumentationComment(context.Node))
            {
                return;
            }

            // string? in a nullable-annotation context is not Nullable<T>: only value types count.
            var type = context.SemanticModel.GetTypeInfo(context.Node, context.CancellationToken).Type;
            if (IsNullableValueType(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.NullableValueType, context.Node.GetLocation(), "'" + context.Node + "'"));
            }
        }

        private static void AnalyzeConditionalAccess(SyntaxNodeAnalysisContext context)
        {
            var access = (ConditionalAccessExpressionSyntax)context.Node;

            // a?.b?.c: report the outermost access only.
            if (access.Parent is ConditionalAccessExpressionSyntax parent && parent.WhenNotNull == access)
            {
                return;
            }

            var type = context.SemanticModel.GetTypeInfo(access, context.CancellationToken).Type;
            if (IsNullableValueType(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    PortableSubsetRules.NullableValueType,
                    access.GetLocation(),
                    "'" + access + "' (?. on a value-type member)"));
            }
        }

        private static void AnalyzePredefinedType(SyntaxNodeAnalysisContext context)
        {
            var predefined = (PredefinedTypeSyntax)context.Node;
            if (predefined.Keyword.IsKind(SyntaxKind.DecimalKeyword) && !SyntaxFacts.IsInDocumentationComment(predefined))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Decimal, predefined.GetLocation(), "Type 'decimal'"));
            }
        }

        private static void AnalyzeNumericLiteral(SyntaxNodeAnalysisContext context)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            if (literal.Token.Value is decimal)
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.Decimal, literal.GetLocation(), "Literal '" + literal + "'"));
            }
        }

        private static bool IsNullableValueType(ITypeSymbol type)
        {
            return type != null && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
        }
    }
}
