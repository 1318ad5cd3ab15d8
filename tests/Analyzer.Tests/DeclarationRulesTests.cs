using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static Terminal.Analyzers.Tests.AnalyzerHarness;
using static Terminal.Analyzers.Tests.Snippets;

namespace Terminal.Analyzers.Tests
{
    /// <summary>NF0008, NF0011, NF0013, NF0014, NF0017, NF0022: declarations the device cannot load.</summary>
    [TestClass]
    public sealed class DeclarationRulesTests
    {
        [TestMethod]
        public void Record_class_is_reported()
        {
            AssertReports(InNamespace("internal record Receipt(long AmountMinorUnits);"), "NF0008", "record");
        }

        [TestMethod]
        public void Record_struct_is_reported()
        {
            AssertReports(InNamespace("internal record struct Money(long MinorUnits);"), "NF0008", "record", languageVersion: LanguageVersion.Latest);
        }

        [TestMethod]
        public void Volatile_field_is_reported()
        {
            AssertReports(InClass("private volatile bool stopping;"), "NF0011", "volatile");
        }

        [TestMethod]
        [DataRow("void Reset() { }", "Reset")]
        [DataRow("int Size => 1;", "Size")]
        [DataRow("int Count { get { return 0; } }", "Count")]
        [DataRow("static int Create() => 1;", "Create")]
        [DataRow("static readonly int Limit = 1;", "Limit")]
        public void Interface_member_with_a_body_or_static_is_reported(string member, string flagged)
        {
            AssertReports(InNamespace("internal interface IDevice { " + member + " }"), "NF0013", flagged);
        }

        [TestMethod]
        [DataRow("static abstract int Create();", "Create")]
        [DataRow("static virtual int Create() => 1;", "Create")]
        public void Static_abstract_or_virtual_interface_member_is_reported(string member, string flagged)
        {
            AssertReports(InNamespace("internal interface IFactory { " + member + " }"), "NF0014", flagged, languageVersion: LanguageVersion.Latest);
        }

        [TestMethod]
        public void Abstract_interface_members_are_clean()
        {
            AssertClean(InNamespace(
                "internal interface IDevice\n" +
                "{\n" +
                "    int Size { get; }\n" +
                "    string Name { get; set; }\n" +
                "    int this[int index] { get; }\n" +
                "    event EventHandler Changed;\n" +
                "    void Reset();\n" +
                "}\n"));
        }

        [TestMethod]
        public void Ref_struct_is_reported()
        {
            AssertReports(InNamespace("internal ref struct Cursor { }"), "NF0017", "ref");
        }

        [TestMethod]
        public void Plain_and_readonly_structs_are_clean()
        {
            AssertClean(InNamespace("internal struct Point { internal int X; }\ninternal readonly struct Size { internal Size(int w) { Width = w; } internal int Width { get; } }"));
        }

        [TestMethod]
        public void Covariant_return_override_is_reported()
        {
            var source = InNamespace(
                "internal class Animal { internal virtual Animal Create() => new Animal(); }\n" +
                "internal sealed class Dog : Animal { internal override Dog Create() => new Dog(); }\n");
            AssertReports(source, "NF0022", "Create");
        }

        [TestMethod]
        public void Overrides_with_the_same_return_type_are_clean()
        {
            AssertClean(InNamespace(
                "internal class Animal { internal virtual Animal Create() => new Animal(); internal virtual string Name => \"a\"; }\n" +
                "internal sealed class Dog : Animal\n" +
                "{\n" +
                "    internal override Animal Create() => new Dog();\n" +
                "    internal override string Name => \"dog\";\n" +
                "    public override string ToString() => Name;\n" +
                "    public override bool Equals(object obj) => obj is Dog;\n" +
                "    public override int GetHashCode() => 1;\n" +
                "}\n"));
        }
    }
}
