using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static Terminal.Analyzers.Tests.AnalyzerHarness;
using static Terminal.Analyzers.Tests.Snippets;

namespace Terminal.Analyzers.Tests
{
    /// <summary>
    /// tools/Build/BannedSymbols.txt, run through the real BannedApiAnalyzers (RS0030) as Portable.props does:
    /// every id resolves (a typo would silently ban nothing), banned calls are stopped, allowed ones are not.
    /// </summary>
    [TestClass]
    public sealed class BannedSymbolsTests
    {
        [TestMethod]
        public void Every_banned_id_resolves_in_the_host_framework_and_has_a_reason()
        {
            var compilation = FrameworkOnly();
            var problems = new List<string>();
            foreach (var entry in Entries())
            {
                if (entry.Reason.Length == 0)
                {
                    problems.Add(entry.Id + ": no reason");
                }

                if (!Resolves(compilation, entry.Id))
                {
                    problems.Add(entry.Id + ": resolves to no symbol");
                }
            }

            Assert.AreEqual(0, problems.Count, string.Join(Environment.NewLine, problems));
        }

        [TestMethod]
        public void No_banned_id_is_listed_twice()
        {
            var duplicates = Entries().GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.AreEqual(0, duplicates.Count, string.Join(", ", duplicates));
        }

        [TestMethod]
        [DataRow("var list = new System.Collections.Generic.List<int>();", "System.Collections.Generic")]
        [DataRow("var n = System.Linq.Enumerable.Count(new[] { 1 });", "System.Linq")]
        [DataRow("var t = System.Threading.Tasks.Task.CompletedTask;", "System.Threading.Tasks")]
        [DataRow("var s = \"a-b\".Replace(\"-\", \"\");", "string.Replace(string, string")]
        [DataRow("var s = \"a-b\".Replace('-', '+');", "string.Replace(char, char)")]
        [DataRow("var s = string.Join(\",\", new[] { \"a\", \"b\" });", "string.Join(")]
        [DataRow("var b = string.IsNullOrWhiteSpace(\" \");", "string.IsNullOrWhiteSpace(")]
        [DataRow("var b = \"abc\".Contains('b');", "string.Contains(char)")]
        [DataRow("var parts = \"a,,b\".Split(',', StringSplitOptions.RemoveEmptyEntries);", "'StringSplitOptions'")]
        [DataRow("var parts = \"a, b\".Split(\", \");", "string.Split(string")]
        [DataRow("var b = \"A\".Equals(\"a\", StringComparison.OrdinalIgnoreCase);", "'StringComparison'")]
        [DataRow("var now = DateTime.Now;", "DateTime.Now")]
        [DataRow("var today = DateTime.Today;", "DateTime.Today")]
        [DataRow("var later = DateTime.UtcNow.AddMonths(1);", "DateTime.AddMonths(")]
        [DataRow("var offset = DateTimeOffset.UtcNow;", "'DateTimeOffset'")]
        [DataRow("Console.WriteLine(\"x\");", "'Console'")]
        [DataRow("var exists = System.IO.File.Exists(\"x\");", "'File'")]
        [DataRow("var digit = char.IsDigit('1');", "char.IsDigit(")]
        [DataRow("var upper = char.ToUpper('a');", "char.ToUpper(char)")]
        [DataRow("var newLine = Environment.NewLine;", "Environment.NewLine")]
        [DataRow("long total = 0; Interlocked.Increment(ref total);", "Interlocked.Increment(ref long)")]
        [DataRow("var bytes = Encoding.ASCII.GetBytes(\"x\");", "Encoding.ASCII")]
        [DataRow("var hex = int.Parse(\"ff\", System.Globalization.NumberStyles.HexNumber);", "NumberStyles")]
        [DataRow("var text = 5.ToString(System.Globalization.CultureInfo.InvariantCulture);", "int.ToString(IFormatProvider")]
        [DataRow("GC.Collect();", "GC.Collect()")]
        [DataRow("var name = Enum.GetName(typeof(Color), Color.Red);", "Enum.GetName(")]
        [DataRow("Array.Sort((Array)new int[2]);", "Array.Sort(Array)")]
        [DataRow("Buffer.BlockCopy(new byte[1], 0, new byte[1], 0, 1);", "'Buffer'")]
        [DataRow("object pair = Tuple.Create(1, 2);", "Tuple")]
        [DataRow("Action<int> a = x => { }; a(1);", "Action<T>")]
        [DataRow("Func<int> f = null; var r = f();", "Func<TResult>")]
        [DataRow("var json = System.Text.Json.JsonSerializer.Serialize(1);", "System.Text.Json")]
        public void Banned_api_is_reported(string statement, string bannedSymbol)
        {
            var diagnostics = Analyze(InMethod(statement), withBannedSymbols: true);
            var banned = diagnostics.Where(d => d.Id == "RS0030" && d.GetMessage().Contains(bannedSymbol, StringComparison.Ordinal)).ToList();
            Assert.IsTrue(banned.Count > 0, $"Expected RS0030 naming '{bannedSymbol}'. Reported:{Environment.NewLine}{Describe(diagnostics)}");
        }

        [TestMethod]
        public void Apis_the_device_has_are_not_banned()
        {
            AssertClean(
                InClass(
                    "private readonly object gate = new object();\n" +
                    "private readonly AutoResetEvent signal = new AutoResetEvent(false);\n" +
                    "private int count;\n" +
                    "internal string Run(string line, byte[] buffer)\n" +
                    "{\n" +
                    "    var list = new ArrayList(); list.Add(line);\n" +
                    "    var table = new Hashtable(); table[\"k\"] = 1;\n" +
                    "    var queue = new Queue(); queue.Enqueue(1);\n" +
                    "    var stack = new Stack(); stack.Push(1);\n" +
                    "    var builder = new StringBuilder(); builder.Append(line).Append(':').Append(3).Replace(\":\", \"=\");\n" +
                    "    var parts = line.Split(',');\n" +
                    "    var trimmed = line.Trim().TrimEnd('\\n').Substring(0, 1).ToUpper();\n" +
                    "    var found = line.IndexOf('x') >= 0 && line.Contains(\"x\") && line.StartsWith(\"a\") && line.EndsWith(\"z\");\n" +
                    "    var empty = string.IsNullOrEmpty(line) || string.Compare(line, \"a\") == 0;\n" +
                    "    var number = int.Parse(\"12\") + (int.TryParse(\"3\", out var parsed) ? parsed : 0) + Convert.ToInt32(\"ff\", 16);\n" +
                    "    var text = number.ToString() + number.ToString(\"D4\") + 1.5.ToString(\"F2\") + string.Format(\"{0}\", number) + string.Concat(\"a\", \"b\");\n" +
                    "    var utc = DateTime.UtcNow; var tomorrow = utc.AddDays(1); var days = DateTime.DaysInMonth(2024, 2);\n" +
                    "    var span = TimeSpan.FromMilliseconds(10);\n" +
                    "    var bytes = Encoding.UTF8.GetBytes(line); var back = Encoding.UTF8.GetString(bytes, 0, bytes.Length);\n" +
                    "    var word = BitConverter.GetBytes(number); var again = BitConverter.ToInt32(word, 0);\n" +
                    "    Array.Copy(bytes, 0, buffer, 0, 1); Array.Clear(buffer, 0, buffer.Length);\n" +
                    "    var random = new Random(1).Next(10);\n" +
                    "    var ticks = Environment.TickCount64;\n" +
                    "    Interlocked.Increment(ref count); Interlocked.Exchange(ref count, 0);\n" +
                    "    lock (gate) { count++; }\n" +
                    "    signal.Set(); signal.WaitOne(0, false);\n" +
                    "    var thread = new Thread(() => { count++; }); thread.Start(); thread.Join();\n" +
                    "    using (var timer = new Timer(state => { }, null, 0, Timeout.Infinite)) { }\n" +
                    "    Thread.Sleep(1);\n" +
                    "    var max = Math.Max(1, 2);\n" +
                    "    var guid = Guid.NewGuid().ToString();\n" +
                    "    GC.SuppressFinalize(this);\n" +
                    "    var flags = Color.Red.HasFlag(Color.Green);\n" +
                    "    if (count < 0) { throw new InvalidOperationException(\"negative\", new ArgumentOutOfRangeException(nameof(count))); }\n" +
                    "    return trimmed + text + back + parts.Length + found + empty + tomorrow + days + span + again + random + ticks + max + guid + flags + list.Count + table.Count + queue.Count + stack.Count + builder;\n" +
                    "}\n"),
                withBannedSymbols: true);
        }

        private static bool Resolves(Compilation compilation, string id)
        {
            if (id.StartsWith("N:", StringComparison.Ordinal))
            {
                INamespaceSymbol? current = compilation.GlobalNamespace;
                foreach (var part in id.Substring(2).Split('.'))
                {
                    current = current?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
                }

                return current != null;
            }

            return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).Length > 0;
        }

        private static IEnumerable<(string Id, string Reason)> Entries()
        {
            foreach (var rawLine in File.ReadAllLines(BannedSymbolsPath))
            {
                var line = rawLine.Trim();
                if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var separator = line.IndexOf(';');
                yield return separator < 0
                    ? (line, string.Empty)
                    : (line.Substring(0, separator).Trim(), line.Substring(separator + 1).Trim());
            }
        }
    }
}
