using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Analyzers.PortableSubset;
using static Terminal.Analyzers.Tests.AnalyzerHarness;
using static Terminal.Analyzers.Tests.Snippets;

namespace Terminal.Analyzers.Tests
{
    /// <summary>NF0020 and NF0021: text that reads differently on the device.</summary>
    [TestClass]
    public sealed class FormattingRulesTests
    {
        [TestMethod]
        [DataRow("0.00")]
        [DataRow("#,##0")]
        [DataRow("00")]
        [DataRow("0;(0)")]
        [DataRow("N2x")]
        [DataRow("%")]
        public void Custom_numeric_formats_are_recognised(string format)
        {
            Assert.IsTrue(FormattingAnalyzer.IsCustomNumericFormat(format));
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("D")]
        [DataRow("D2")]
        [DataRow("F2")]
        [DataRow("N0")]
        [DataRow("X8")]
        [DataRow("G10")]
        public void Standard_numeric_formats_are_recognised(string format)
        {
            Assert.IsFalse(FormattingAnalyzer.IsCustomNumericFormat(format));
        }

        [TestMethod]
        public void Custom_format_in_interpolation_is_reported()
        {
            AssertReports(InMethod("double price = 1.5; var text = $\"{price:0.00}\";"), "NF0020", ":0.00");
        }

        [TestMethod]
        public void Custom_format_in_ToString_is_reported()
        {
            AssertReports(InMethod("long total = 1500; var text = total.ToString(\"#,##0\");"), "NF0020", "\"#,##0\"");
        }

        [TestMethod]
        public void Custom_format_in_string_Format_is_reported()
        {
            AssertReports(InMethod("int units = 3; var text = string.Format(\"{0} x {1:00}\", \"item\", units);"), "NF0020", "\"{0} x {1:00}\"");
        }

        [TestMethod]
        public void Standard_formats_and_date_formats_are_clean()
        {
            AssertClean(InMethod(
                "int code = 7; double rate = 0.5; var when = DateTime.UtcNow;\n" +
                "var a = $\"{code:D2} {code:X4} {rate:F2} {rate:N1} {when:yyyy-MM-dd}\";\n" +
                "var b = code.ToString(\"D4\") + rate.ToString(\"F3\");\n" +
                "var c = string.Format(\"{0:D2}/{1:F1}\", code, rate);\n"));
        }

        [TestMethod]
        public void Enum_ToString_is_reported()
        {
            AssertReports(InMethod("var color = Color.Red; var text = color.ToString();"), "NF0021", "color.ToString()");
        }

        [TestMethod]
        public void Enum_in_interpolation_is_reported()
        {
            AssertReports(InMethod("var color = Color.Red; var text = $\"color {color}\";"), "NF0021", "color");
        }

        [TestMethod]
        public void Enum_in_string_concatenation_is_reported()
        {
            AssertReports(InMethod("var color = Color.Red; var text = \"color \" + color;"), "NF0021", "color");
        }

        [TestMethod]
        public void Enum_appended_with_compound_assignment_is_reported()
        {
            AssertReports(InMethod("var color = Color.Red; var text = \"color \"; text += color;"), "NF0021", "color");
        }

        [TestMethod]
        [DataRow("var text = string.Format(\"{0}\", color);")]
        [DataRow("var text = new StringBuilder().Append(color).ToString();")]
        [DataRow("var text = Convert.ToString(color);")]
        [DataRow("Debug.WriteLine(color);")]
        public void Enum_passed_to_a_text_method_is_reported(string statement)
        {
            AssertReports(InMethod("var color = Color.Green; " + statement), "NF0021", "color");
        }

        [TestMethod]
        public void Enum_as_number_by_name_or_compared_is_clean()
        {
            AssertClean(InMethod(
                "var color = Color.Green;\n" +
                "var a = $\"{(int)color}\" + (int)color + nameof(Color.Red);\n" +
                "var b = color == Color.Red ? \"red\" : \"green\";\n" +
                "var table = new Hashtable(); table[color] = 1;\n" +
                "var list = new ArrayList(); list.Add(color);\n"));
        }
    }
}
