using Microsoft.VisualStudio.TestTools.UnitTesting;
using static Terminal.Analyzers.Tests.AnalyzerHarness;
using static Terminal.Analyzers.Tests.Snippets;

namespace Terminal.Analyzers.Tests
{
    /// <summary>NF0001-NF0003: generic declarations and any use of a generic type or method.</summary>
    [TestClass]
    public sealed class GenericRulesTests
    {
        private const string GenericUsings = "using System.Collections.Generic;\n";

        [TestMethod]
        [DataRow("internal sealed class Box<T> { }", "Box")]
        [DataRow("internal struct Pair<T> { }", "Pair")]
        [DataRow("internal interface ISource<T> { }", "ISource")]
        [DataRow("internal delegate void Handler<T>(T value);", "Handler")]
        public void Own_generic_type_declaration_is_reported(string declaration, string flagged)
        {
            AssertReports(InNamespace(declaration), "NF0001", flagged);
        }

        [TestMethod]
        public void Own_generic_method_is_reported()
        {
            AssertReports(InClass("internal static T Echo<T>(T value) => value;"), "NF0002", "Echo");
        }

        [TestMethod]
        public void Own_generic_local_function_is_reported()
        {
            AssertReports(InMethod("T Echo<T>(T value) => value; Echo(1);"), "NF0002", "Echo");
        }

        [TestMethod]
        public void Non_generic_types_methods_and_delegates_are_clean()
        {
            AssertClean(InNamespace(
                "internal delegate void KeyPressed(int code);\n" +
                "internal interface IDisplay { void Show(string text); int Width { get; } }\n" +
                "internal sealed class Display : IDisplay, IDisposable\n" +
                "{\n" +
                "    public event KeyPressed Pressed;\n" +
                "    public event EventHandler Changed;\n" +
                "    public int Width => 320;\n" +
                "    public void Show(string text) { Pressed?.Invoke(text.Length); Changed?.Invoke(this, EventArgs.Empty); }\n" +
                "    public void Dispose() { }\n" +
                "}\n"));
        }

        [TestMethod]
        [DataRow("var list = new List<int>();", "List<int>")]
        [DataRow("IEnumerable<int> numbers = new int[0];", "IEnumerable<int>")]
        [DataRow("Func<int> f = () => 1;", "Func<int>")]
        [DataRow("Action<string> a = s => { };", "Action<string>")]
        [DataRow("EventHandler<EventArgs> h = null;", "EventHandler<EventArgs>")]
        [DataRow("var k = new KeyValuePair<int, int>(1, 2);", "KeyValuePair<int, int>")]
        [DataRow("var t = typeof(List<>);", "List<>")]
        public void Constructed_generic_type_named_in_code_is_reported(string statement, string flagged)
        {
            AssertReports(InMethod(statement, GenericUsings), "NF0003", flagged);
        }

        [TestMethod]
        public void Explicit_generic_method_call_is_reported()
        {
            AssertReports(InMethod("var none = Array.Empty<int>();"), "NF0003", "Empty<int>");
        }

        [TestMethod]
        public void Inferred_generic_method_call_is_reported()
        {
            // Binds Array.IndexOf<T>(T[], T) on the host; cast to Array to get the non-generic overload.
            AssertReports(InMethod("var i = Array.IndexOf(new[] { 1, 2 }, 2);"), "NF0003", "IndexOf");
        }

        [TestMethod]
        public void Generic_extension_method_is_reported()
        {
            AssertReports(InMethod("var n = new[] { 1, 2 }.Reverse();", "using System.Linq;\n"), "NF0003", "Reverse");
        }

        [TestMethod]
        public void Var_inferred_as_a_generic_type_is_reported()
        {
            AssertReports(InMethod("var preamble = Encoding.UTF8.Preamble;"), "NF0003", "var");
        }

        [TestMethod]
        public void Library_property_returning_a_generic_type_is_reported()
        {
            AssertReports(InMethod("var length = Encoding.UTF8.Preamble.Length;"), "NF0003", "Preamble");
        }

        [TestMethod]
        public void Lambda_converted_to_a_generic_delegate_by_a_library_method_is_reported()
        {
            AssertReports(InMethod("System.Threading.Tasks.Parallel.For(0, 3, i => { });"), "NF0003", "For");
        }

        [TestMethod]
        public void Own_generic_type_used_elsewhere_is_reported()
        {
            var source = InNamespace(
                "internal sealed class Box<T> { }\n" +
                "internal sealed class User { internal object Make() => new Box<int>(); }\n");
            AssertReports(source, "NF0003", "Box<int>");
        }

        [TestMethod]
        public void Foreach_over_arrays_strings_and_ArrayList_is_clean()
        {
            AssertClean(InMethod(
                "var bytes = new byte[] { 1, 2 };\n" +
                "var total = 0;\n" +
                "foreach (var b in bytes) { total += b; }\n" +
                "foreach (char c in \"abc\") { total += c; }\n" +
                "var list = new ArrayList { 1, 2 };\n" +
                "foreach (object o in list) { total += (int)o; }\n" +
                "var table = new Hashtable(); table[\"a\"] = 1;\n" +
                "foreach (DictionaryEntry e in table) { total += (int)e.Value; }\n"));
        }

        [TestMethod]
        public void Generic_types_named_in_doc_comment_crefs_are_not_reported()
        {
            AssertClean(InClass(
                "        /// <summary>Like <see cref=\"System.Collections.Generic.List{T}\"/>, without generics.</summary>\n" +
                "        /// <returns>An <see cref=\"ArrayList\"/>, never a <see cref=\"Nullable{T}\"/>, <see cref=\"decimal\"/> or <see cref=\"M(int?, int[,])\"/>.</returns>\n" +
                "        public ArrayList Items() => new ArrayList();\n" +
                "        /// <summary>Overload named in the cref above.</summary>\n" +
                "        public void M(int count, int[] cells) { }\n"));
        }

        [TestMethod]
        public void Members_of_a_reported_generic_type_are_not_reported_again()
        {
            var diagnostics = Analyze(InMethod("List<int> list = new List<int>(); list.Add(1); var n = list.Count;", GenericUsings));
            Assert.AreEqual(2, diagnostics.Length, Describe(diagnostics));
        }
    }
}
