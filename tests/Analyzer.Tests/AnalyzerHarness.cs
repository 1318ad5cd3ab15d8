using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Analyzers.PortableSubset;

namespace Terminal.Analyzers.Tests
{
    /// <summary>
    /// Compiles a snippet in memory the way a portable project is compiled (C# 9, nullable disabled,
    /// against the host framework) and runs the PortableSubset analyzers on it, optionally together with
    /// BannedApiAnalyzers and the repository's tools/Build/BannedSymbols.txt.
    /// </summary>
    internal static class AnalyzerHarness
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> BannedApiAnalyzers = new(LoadBannedApiAnalyzers);

        public static ImmutableArray<DiagnosticAnalyzer> PortableSubsetAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
            new TypeUseAnalyzer(),
            new DeclarationAnalyzer(),
            new LanguageFeatureAnalyzer(),
            new FormattingAnalyzer());

        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        public static string BannedSymbolsPath => Path.Combine(RepositoryRoot, "tools", "Build", "BannedSymbols.txt");

        /// <summary>Compiles the snippet (which must have no compiler error) and returns the analyzers' diagnostics.</summary>
        public static ImmutableArray<Diagnostic> Analyze(string source, bool withBannedSymbols = false, LanguageVersion languageVersion = LanguageVersion.CSharp9)
        {
            var compilation = Compile(source, languageVersion);
            var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.AreEqual(0, compilerErrors.Count, "The snippet must compile: " + string.Join(Environment.NewLine, compilerErrors));

            var analyzers = PortableSubsetAnalyzers;
            var additionalTexts = ImmutableArray<AdditionalText>.Empty;
            if (withBannedSymbols)
            {
                analyzers = analyzers.AddRange(BannedApiAnalyzers.Value);
                additionalTexts = ImmutableArray.Create<AdditionalText>(new FileText(BannedSymbolsPath));
            }

            var options = new AnalyzerOptions(additionalTexts);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            var all = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

            var analyzerExceptions = all.Where(d => d.Id == "AD0001").ToList();
            Assert.AreEqual(0, analyzerExceptions.Count, "An analyzer threw: " + string.Join(Environment.NewLine, analyzerExceptions));

            return all.Where(d => d.Id.StartsWith("NF", StringComparison.Ordinal) || d.Id == "RS0030").ToImmutableArray();
        }

        public static CSharpCompilation Compile(string source, LanguageVersion languageVersion = LanguageVersion.CSharp9)
        {
            // Diagnose, as GenerateDocumentationFile makes the real build parse doc comments.
            var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
            var tree = CSharpSyntaxTree.ParseText(source, parseOptions, path: "Snippet.cs");
            return CSharpCompilation.Create(
                "Snippet",
                new[] { tree },
                FrameworkReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        }

        /// <summary>Compiles nothing but the framework: the symbol table BannedSymbols.txt ids must resolve in.</summary>
        public static CSharpCompilation FrameworkOnly() => Compile("namespace Empty { }");

        /// <summary>Asserts that <paramref name="ruleId"/> is reported on the text <paramref name="flaggedText"/>.</summary>
        public static void AssertReports(string source, string ruleId, string flaggedText, bool withBannedSymbols = false, LanguageVersion languageVersion = LanguageVersion.CSharp9)
        {
            var diagnostics = Analyze(source, withBannedSymbols, languageVersion);
            var onText = diagnostics.Where(d => d.Id == ruleId && SourceOf(d) == flaggedText).ToList();
            Assert.IsTrue(
                onText.Count > 0,
                $"Expected {ruleId} on '{flaggedText}'. Reported:{Environment.NewLine}{Describe(diagnostics)}");
        }

        /// <summary>Asserts that no PortableSubset rule (nor RS0030 when asked) is reported.</summary>
        public static void AssertClean(string source, bool withBannedSymbols = false)
        {
            var diagnostics = Analyze(source, withBannedSymbols);
            Assert.AreEqual(0, diagnostics.Length, "Expected no diagnostic. Reported:" + Environment.NewLine + Describe(diagnostics));
        }

        /// <summary>Asserts that <paramref name="ruleId"/> is not reported.</summary>
        public static void AssertDoesNotReport(string source, string ruleId, bool withBannedSymbols = false)
        {
            var diagnostics = Analyze(source, withBannedSymbols);
            var matching = diagnostics.Where(d => d.Id == ruleId).ToImmutableArray();
            Assert.AreEqual(0, matching.Length, $"Expected no {ruleId}. Reported:{Environment.NewLine}{Describe(matching)}");
        }

        public static string SourceOf(Diagnostic diagnostic)
        {
            var tree = diagnostic.Location.SourceTree;
            return tree == null ? string.Empty : tree.GetText().ToString(diagnostic.Location.SourceSpan);
        }

        public static string Describe(IEnumerable<Diagnostic> diagnostics)
        {
            var text = new StringBuilder();
            foreach (var diagnostic in diagnostics)
            {
                text.Append("  ").Append(diagnostic.Id).Append(" on '").Append(SourceOf(diagnostic)).Append("': ").AppendLine(diagnostic.GetMessage());
            }

            return text.Length == 0 ? "  (nothing)" : text.ToString();
        }

        private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
        {
            // The shared framework the tests run on, i.e. the host target of the portable projects (net10.0).
            var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            return trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadBannedApiAnalyzers()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "BannedApiAnalyzers", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll");
            Assert.IsTrue(File.Exists(path), "BannedApiAnalyzers was not copied next to the tests: " + path);
            var assembly = Assembly.LoadFrom(path);

            Type?[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException exception)
            {
                // Code fix providers need Workspaces, which the tests do not load; the analyzers do not.
                types = exception.Types;
            }

            var analyzers = types
                .Where(type => type != null && !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type!)!)
                .Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == "RS0030"))
                .ToImmutableArray();
            Assert.AreEqual(1, analyzers.Length, "Expected one C# analyzer reporting RS0030 in " + path);
            return analyzers;
        }

        private static string FindRepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "tools", "Build", "BannedSymbols.txt")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("tools/Build/BannedSymbols.txt not found above " + AppContext.BaseDirectory);
        }

        private sealed class FileText : AdditionalText
        {
            public FileText(string path)
            {
                Path = path;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                return SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
            }
        }
    }
}
