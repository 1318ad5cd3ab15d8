using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Analyzers.PortableSubset;
using static Terminal.Analyzers.Tests.AnalyzerHarness;

namespace Terminal.Analyzers.Tests
{
    /// <summary>The rule list itself: errors, one category, unique ids, documented in the README and release file.</summary>
    [TestClass]
    public sealed class RuleCatalogTests
    {
        private static DiagnosticDescriptor[] AllRules()
        {
            return typeof(PortableSubsetRules)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
                .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
                .ToArray();
        }

        [TestMethod]
        public void Every_rule_is_an_enabled_error_in_the_PortableSubset_category_with_a_unique_NF_id()
        {
            var rules = AllRules();
            Assert.AreEqual(22, rules.Length);
            Assert.AreEqual(rules.Length, rules.Select(r => r.Id).Distinct().Count());
            foreach (var rule in rules)
            {
                StringAssert.StartsWith(rule.Id, "NF00");
                Assert.AreEqual(DiagnosticSeverity.Error, rule.DefaultSeverity, rule.Id);
                Assert.IsTrue(rule.IsEnabledByDefault, rule.Id);
                Assert.AreEqual("PortableSubset", rule.Category, rule.Id);
            }
        }

        [TestMethod]
        public void Every_rule_is_reported_by_some_analyzer()
        {
            var supported = PortableSubsetAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
            foreach (var rule in AllRules())
            {
                Assert.IsTrue(supported.Contains(rule.Id), rule.Id + " is in no analyzer's SupportedDiagnostics");
            }
        }

        [TestMethod]
        public void Every_rule_is_listed_in_the_README_and_the_release_tracking_file()
        {
            var folder = Path.Combine(RepositoryRoot, "tools", "Analyzers", "PortableSubset");
            var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
            var releases = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
            foreach (var rule in AllRules())
            {
                StringAssert.Contains(readme, "| " + rule.Id + " |", "README.md misses " + rule.Id);
                StringAssert.Contains(releases, rule.Id + " | PortableSubset | Error", "AnalyzerReleases.Unshipped.md misses " + rule.Id);
            }
        }

        [TestMethod]
        public void The_proof_script_expects_every_rule_a_C_sharp_9_project_can_contain()
        {
            var script = File.ReadAllText(Path.Combine(RepositoryRoot, "tools", "Build", "prove-subset-violation.sh"));
            foreach (var rule in AllRules().Where(r => r.Id != "NF0014"))
            {
                StringAssert.Contains(script, rule.Id, "prove-subset-violation.sh does not expect " + rule.Id);
            }

            StringAssert.Contains(script, "RS0030");
        }
    }
}
