namespace Terminal.Analyzers.Tests
{
    /// <summary>Wraps test code in a compilable file with the usings portable code typically has.</summary>
    internal static class Snippets
    {
        private const string Usings =
            "using System;\n" +
            "using System.Collections;\n" +
            "using System.Diagnostics;\n" +
            "using System.Text;\n" +
            "using System.Threading;\n";

        /// <summary>Places type declarations in a namespace, next to an enum <c>Color</c>.</summary>
        public static string InNamespace(string types, string extraUsings = "")
        {
            return Usings + extraUsings + "\nnamespace Snippet\n{\n    internal enum Color { Red, Green }\n\n" + types + "\n}\n";
        }

        /// <summary>Places members in a class <c>Subject</c>.</summary>
        public static string InClass(string members, string extraUsings = "")
        {
            return InNamespace("    internal sealed class Subject\n    {\n" + members + "\n    }\n", extraUsings);
        }

        /// <summary>Places statements in a method <c>Run</c> of class <c>Subject</c>.</summary>
        public static string InMethod(string statements, string extraUsings = "")
        {
            return InClass("        internal void Run()\n        {\n" + statements + "\n        }\n", extraUsings);
        }
    }
}
