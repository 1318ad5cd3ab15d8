using Microsoft.VisualStudio.TestTools.UnitTesting;
using static Terminal.Analyzers.Tests.AnalyzerHarness;
using static Terminal.Analyzers.Tests.Snippets;

namespace Terminal.Analyzers.Tests
{
    /// <summary>NF0004, NF0005, NF0009, NF0012, NF0015: types nanoFramework 1.x does not have.</summary>
    [TestClass]
    public sealed class TypeRulesTests
    {
        [TestMethod]
        [DataRow("int? count = null;", "int?")]
        [DataRow("var empty = default(long?);", "long?")]
        [DataRow("object o = 1; var n = o as int?;", "int?")]
        public void Nullable_value_type_syntax_is_reported(string statement, string flagged)
        {
            AssertReports(InMethod(statement), "NF0004", flagged);
        }

        [TestMethod]
        public void Nullable_of_T_by_name_is_reported()
        {
            AssertReports(InMethod("Nullable<int> count = null;"), "NF0004", "Nullable<int>");
        }

        [TestMethod]
        public void Null_conditional_access_to_a_value_type_member_is_reported()
        {
            AssertReports(InMethod("string s = null; var length = s?.Length ?? 0;"), "NF0004", "s?.Length");
        }

        [TestMethod]
        public void Null_conditional_access_to_a_reference_type_member_and_is_null_patterns_are_clean()
        {
            AssertClean(InMethod(
                "object o = null;\n" +
                "var text = o?.ToString();\n" +
                "if (o is null) { text = \"none\"; }\n" +
                "if (text is not null && text.Length > 0) { text = text.Trim(); }\n"));
        }

        [TestMethod]
        public void Tuple_return_type_is_reported()
        {
            AssertReports(InClass("internal (int, int) Pair() => (1, 2);"), "NF0005", "(int, int)");
        }

        [TestMethod]
        public void Tuple_literal_is_reported()
        {
            AssertReports(InMethod("object pair = (1, \"one\");"), "NF0005", "(1, \"one\")");
        }

        [TestMethod]
        public void Deconstruction_declaration_is_reported()
        {
            AssertReports(InMethod("var (a, b) = (1, 2);"), "NF0005", "(a, b)");
        }

        [TestMethod]
        public void Deconstruction_assignment_is_reported()
        {
            AssertReports(InMethod("int a = 1, b = 2; (a, b) = (b, a);"), "NF0005", "(a, b)");
        }

        [TestMethod]
        public void Positional_pattern_is_reported()
        {
            var source = InNamespace(
                "internal sealed class Point { public void Deconstruct(out int x, out int y) { x = 1; y = 2; } }\n" +
                "internal sealed class Subject { internal bool Run(Point p) => p is (1, 2); }\n");
            AssertReports(source, "NF0005", "(1, 2)");
        }

        [TestMethod]
        public void ValueTuple_by_name_is_reported_as_a_tuple()
        {
            AssertReports(InMethod("ValueTuple<int, int> pair = default;"), "NF0005", "ValueTuple<int, int>");
        }

        [TestMethod]
        public void Dynamic_is_reported()
        {
            AssertReports(InMethod("dynamic loose = 1;"), "NF0009", "dynamic");
        }

        [TestMethod]
        public void Multidimensional_array_type_is_reported()
        {
            AssertReports(InClass("private readonly int[,] grid = new int[2, 3];"), "NF0012", "[,]");
        }

        [TestMethod]
        public void Multidimensional_array_creation_is_reported()
        {
            AssertReports(InMethod("var grid = new int[2, 3];"), "NF0012", "[2, 3]");
        }

        [TestMethod]
        public void Jagged_and_single_dimension_arrays_are_clean()
        {
            AssertClean(InMethod("var rows = new int[2][]; rows[0] = new int[3]; var flat = new byte[6]; flat[1 * 3 + 2] = 1;"));
        }

        [TestMethod]
        [DataRow("decimal price = 0;", "decimal")]
        [DataRow("var price = 1.5m;", "1.5m")]
        [DataRow("Decimal price = 0;", "Decimal")]
        [DataRow("var price = Convert.ToDecimal(\"1\");", "ToDecimal")]
        public void Decimal_is_reported(string statement, string flagged)
        {
            AssertReports(InMethod(statement), "NF0015", flagged);
        }

        [TestMethod]
        public void Long_minor_units_are_clean()
        {
            AssertClean(InMethod("long amountMinorUnits = 1250; var units = amountMinorUnits / 100; var cents = amountMinorUnits % 100; float rate = 0.5f; double d = rate;"));
        }
    }
}
