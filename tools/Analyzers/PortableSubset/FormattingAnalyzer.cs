using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Terminal.Analyzers.PortableSubset
{
    /// <summary>
    /// Reports text formatting that behaves differently on nanoFramework: custom numeric format strings
    /// (only standard formats exist there) and enum values turned into text (Enum.ToString() gives the
    /// number there, the name on the host).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FormattingAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            PortableSubsetRules.CustomNumericFormat,
            PortableSubsetRules.EnumToString);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();

            context.RegisterSyntaxNodeAction(AnalyzeInterpolation, SyntaxKind.Interpolation);
            context.RegisterSyntaxNodeAction(AnalyzeConcatenation, SyntaxKind.AddExpression, SyntaxKind.AddAssignmentExpression);
            context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        }

        /// <summary>
        /// Tells whether <paramref name="format"/> is a custom numeric format string. Standard formats are
        /// one letter optionally followed by digits (D2, F2, N0, X8): nanoFramework's Number.cs formats those
        /// and no others.
        /// </summary>
        /// <param name="format">The format string; null or empty means the default format.</param>
        /// <returns><c>true</c> for a custom format such as 0.00 or #,##0.</returns>
        public static bool IsCustomNumericFormat(string format)
        {
            if (string.IsNullOrEmpty(format))
            {
                return false;
            }

            var first = format[0];
            if (!((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z')))
            {
                return true;
            }

            for (var i = 1; i < format.Length; i++)
            {
                if (format[i] < '0' || format[i] > '9')
                {
                    return true;
                }
            }

            return false;
        }

        private static void AnalyzeInterpolation(SyntaxNodeAnalysisContext context)
        {
            var interpolation = (InterpolationSyntax)context.Node;
            var type = context.SemanticModel.GetTypeInfo(interpolation.Expression, context.CancellationToken).Type;
            if (IsEnum(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.EnumToString, interpolation.Expression.GetLocation(), type.Name));
                return;
            }

            if (interpolation.FormatClause == null || !IsNumeric(type))
            {
                return;
            }

            var format = interpolation.FormatClause.FormatStringToken.ValueText;
            if (IsCustomNumericFormat(format))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.CustomNumericFormat, interpolation.FormatClause.GetLocation(), format));
            }
        }

        private static void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
        {
            var model = context.SemanticModel;
            ExpressionSyntax left;
            ExpressionSyntax right;
            if (context.Node is BinaryExpressionSyntax binary)
            {
                left = binary.Left;
                right = binary.Right;
            }
            else
            {
                var assignment = (AssignmentExpressionSyntax)context.Node;
                left = assignment.Left;
                right = assignment.Right;
            }

            var resultType = model.GetTypeInfo(context.Node, context.CancellationToken).Type;
            if (resultType == null || resultType.SpecialType != SpecialType.System_String)
            {
                return;
            }

            foreach (var operand in new[] { left, right })
            {
                var type = model.GetTypeInfo(operand, context.CancellationToken).Type;
                if (IsEnum(type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.EnumToString, operand.GetLocation(), type.Name));
                }
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;

            if (method.Name == "ToString" && !method.IsStatic)
            {
                AnalyzeToString(context, invocation);
                return;
            }

            if (!IsTextSink(method))
            {
                return;
            }

            var formatIndex = -1;
            var values = new List<IOperation>();
            foreach (var argument in OrderedArguments(invocation))
            {
                if (argument.Parameter == null)
                {
                    continue;
                }

                if (argument.Parameter.Name == "format" && argument.Parameter.Type.SpecialType == SpecialType.System_String && formatIndex < 0)
                {
                    formatIndex = values.Count;
                    values.Add(argument.Value);
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation array && array.Initializer != null)
                {
                    values.AddRange(array.Initializer.ElementValues);
                }
                else
                {
                    values.Add(argument.Value);
                }
            }

            // Enum values handed to a method that prints or concatenates object arguments.
            for (var i = 0; i < values.Count; i++)
            {
                if (i == formatIndex)
                {
                    continue;
                }

                var type = TypeBeforeConversion(values[i]);
                if (IsEnum(type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.EnumToString, values[i].Syntax.GetLocation(), type.Name));
                }
            }

            if (formatIndex < 0 || !(values[formatIndex].ConstantValue.HasValue && values[formatIndex].ConstantValue.Value is string format))
            {
                return;
            }

            foreach (var item in CompositeFormatItems(format))
            {
                var valueIndex = formatIndex + 1 + item.Key;
                if (valueIndex < values.Count && IsNumeric(TypeBeforeConversion(values[valueIndex])) && IsCustomNumericFormat(item.Value))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.CustomNumericFormat, values[formatIndex].Syntax.GetLocation(), item.Value));
                }
            }
        }

        private static void AnalyzeToString(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            var receiverType = invocation.Instance == null ? null : TypeBeforeConversion(invocation.Instance);
            if (IsEnum(receiverType))
            {
                context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.EnumToString, invocation.Syntax.GetLocation(), receiverType.Name));
                return;
            }

            if (!IsNumeric(receiverType) || invocation.Arguments.Length == 0)
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter != null
                    && argument.Parameter.Type.SpecialType == SpecialType.System_String
                    && argument.Value.ConstantValue.HasValue
                    && argument.Value.ConstantValue.Value is string format
                    && IsCustomNumericFormat(format))
                {
                    context.ReportDiagnostic(Diagnostic.Create(PortableSubsetRules.CustomNumericFormat, argument.Syntax.GetLocation(), format));
                }
            }
        }

        /// <summary>Methods that turn object arguments into text.</summary>
        private static bool IsTextSink(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type == null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return method.Name == "Format" || method.Name == "Concat";
            }

            var typeName = type.ToDisplayString();
            switch (typeName)
            {
                case "System.Text.StringBuilder":
                    return method.Name == "Append" || method.Name == "AppendFormat" || method.Name == "Insert" || method.Name == "AppendLine";
                case "System.Convert":
                    return method.Name == "ToString";
                case "System.Diagnostics.Debug":
                case "System.Diagnostics.Trace":
                case "System.Console":
                    return method.Name.StartsWith("Write", System.StringComparison.Ordinal) || method.Name == "Print";
            }

            for (var baseType = type; baseType != null; baseType = baseType.BaseType)
            {
                if (baseType.ToDisplayString() == "System.IO.TextWriter")
                {
                    return method.Name == "Write" || method.Name == "WriteLine";
                }
            }

            return false;
        }

        private static IEnumerable<IArgumentOperation> OrderedArguments(IInvocationOperation invocation)
        {
            var arguments = new List<IArgumentOperation>(invocation.Arguments);
            arguments.Sort((a, b) => (a.Parameter == null ? int.MaxValue : a.Parameter.Ordinal).CompareTo(b.Parameter == null ? int.MaxValue : b.Parameter.Ordinal));
            return arguments;
        }

        /// <summary>Parses the format items of a composite format string: item index and its format part.</summary>
        private static IEnumerable<KeyValuePair<int, string>> CompositeFormatItems(string format)
        {
            var i = 0;
            while (i < format.Length)
            {
                var c = format[i];
                if (c == '{' && i + 1 < format.Length && format[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                if (c != '{')
                {
                    i++;
                    continue;
                }

                var close = format.IndexOf('}', i + 1);
                if (close < 0)
                {
                    yield break;
                }

                var item = format.Substring(i + 1, close - i - 1);
                i = close + 1;

                var colon = item.IndexOf(':');
                var head = colon < 0 ? item : item.Substring(0, colon);
                var comma = head.IndexOf(',');
                var indexText = (comma < 0 ? head : head.Substring(0, comma)).Trim();
                if (colon < 0 || !int.TryParse(indexText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    continue;
                }

                yield return new KeyValuePair<int, string>(index, item.Substring(colon + 1));
            }
        }

        private static ITypeSymbol TypeBeforeConversion(IOperation operation)
        {
            while (operation is IConversionOperation conversion && conversion.IsImplicit)
            {
                operation = conversion.Operand;
            }

            return operation?.Type;
        }

        private static bool IsEnum(ITypeSymbol type)
        {
            return type != null && type.TypeKind == TypeKind.Enum;
        }

        private static bool IsNumeric(ITypeSymbol type)
        {
            if (type == null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return false;
            }
        }
    }
}
