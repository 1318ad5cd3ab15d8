using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Terminal.Analyzers.Tests
{
    /// <summary>
    /// The end-to-end proof: a real `dotnet build` of a project holding deliberate violations, wired
    /// exactly like a portable project, must fail with every expected diagnostic id. The in-memory
    /// tests check each rule; this one checks the wiring in tools/Build/Portable.props too.
    /// </summary>
    [TestClass]
    public sealed class SubsetViolationBuildTests
    {
        [TestMethod]
        [Timeout(300_000)]
        public void A_deliberate_violation_fails_the_host_build_with_every_expected_id()
        {
            string root = RepositoryRoot();
            var start = new ProcessStartInfo("bash", Path.Combine(root, "tools", "Build", "prove-subset-violation.sh"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.AreEqual(0, process.ExitCode, output);
            StringAssert.Contains(output, " passed, 0 failed");
        }

        private static string RepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "Firmware.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("Firmware.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
