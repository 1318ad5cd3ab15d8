using Microsoft.VisualStudio.TestTools.UnitTesting;
using static Terminal.Analyzers.Tests.AnalyzerHarness;
using static Terminal.Analyzers.Tests.Snippets;

namespace Terminal.Analyzers.Tests
{
    /// <summary>NF0006, NF0007, NF0010, NF0016, NF0018, NF0019: language features that compile to what the device lacks.</summary>
    [TestClass]
    public sealed class LanguageFeatureTests
    {
        private const string TaskUsings = "using System.Threading.Tasks;\n";

        [TestMethod]
        public void Async_method_is_reported()
        {
            AssertReports(InClass("internal async Task Work() { await Task.Yield(); }", TaskUsings), "NF0006", "async");
        }

        [TestMethod]
        public void Await_is_reported()
        {
            AssertReports(InClass("internal async Task Work() { await Task.Yield(); }", TaskUsings), "NF0006", "await");
        }

        [TestMethod]
        public void Async_lambda_is_reported()
        {
            AssertReports(InMethod("Func<Task> work = async () => await Task.Yield();", TaskUsings), "NF0006", "async");
        }

        [TestMethod]
        [DataRow("yield return 1;", "yield")]
        [DataRow("yield break;", "yield")]
        public void Iterator_is_reported(string statement, string flagged)
        {
            AssertReports(InClass("internal IEnumerable Items() { " + statement + " }"), "NF0007", flagged);
        }

        [TestMethod]
        public void Anonymous_type_is_reported()
        {
            AssertReports(InMethod("var point = new { X = 1, Y = 2 };"), "NF0010", "new");
        }

        [TestMethod]
        public void Stackalloc_is_reported()
        {
            AssertReports(InMethod("Span<byte> buffer = stackalloc byte[4];"), "NF0016", "stackalloc");
        }

        [TestMethod]
        public void Query_syntax_is_reported()
        {
            AssertReports(InMethod("var q = from x in new[] { 1, 2 } where x > 1 select x;", "using System.Linq;\n"), "NF0018", "from");
        }

        [TestMethod]
        public void Index_from_end_is_reported()
        {
            AssertReports(InMethod("var a = new[] { 1, 2, 3 }; var last = a[^1];"), "NF0019", "^1");
        }

        [TestMethod]
        public void Range_is_reported()
        {
            AssertReports(InMethod("var tail = \"abcdef\"[2..];"), "NF0019", "2..");
        }

        [TestMethod]
        public void Lambdas_switches_using_and_lock_are_clean()
        {
            AssertClean(InNamespace(
                "internal delegate int Transform(int value);\n" +
                "internal sealed class Resource : IDisposable { public void Dispose() { } }\n" +
                "internal sealed class Subject\n" +
                "{\n" +
                "    private readonly object gate = new object();\n" +
                "    private int count;\n" +
                "    internal string Run(Color color, int code)\n" +
                "    {\n" +
                "        Transform twice = v => v * 2;\n" +
                "        ThreadStart start = () => { count++; };\n" +
                "        using (var resource = new Resource()) { count = twice(code); }\n" +
                "        lock (gate) { count++; }\n" +
                "        switch (code) { case 1: count++; break; default: count--; break; }\n" +
                "        var name = color switch { Color.Red => \"red\", Color.Green => \"green\", _ => \"?\" };\n" +
                "        var text = $\"{name} {code} {count:D4}\";\n" +
                "        var message = \"code \" + code + \" \" + name;\n" +
                "        var last = new[] { 1, 2 }[1];\n" +
                "        return text + message + last + nameof(Color.Red);\n" +
                "    }\n" +
                "}\n"));
        }
    }
}
