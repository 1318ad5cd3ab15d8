using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Terminal.Tests.Build
{
    /// <summary>
    /// The host csproj and the device nfproj of each portable component compile the file list in its
    /// .projitems. A .cs file missing from the list would build nowhere, or only on one side.
    /// </summary>
    [TestClass]
    public sealed class PortableSourceListsTests
    {
        [TestMethod]
        [DataRow("hal/Contracts/Terminal.Hal.projitems")]
        [DataRow("firmware/Core/Terminal.Core.projitems")]
        [DataRow("firmware/App/Terminal.App.projitems")]
        public void Every_portable_source_file_is_in_its_shared_compile_list(string projitems)
        {
            string root = RepositoryRoot();
            string path = Path.Combine(root, projitems);
            string folder = Path.GetDirectoryName(path)!;
            string text = File.ReadAllText(path);

            string[] missing = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                    && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .Select(file => Path.GetRelativePath(folder, file).Replace('/', '\\'))
                .Where(relative => !text.Contains("$(MSBuildThisFileDirectory)" + relative + "\"", StringComparison.Ordinal))
                .ToArray();

            Assert.AreEqual(0, missing.Length, "run python3 tools/Build/sync-projitems.py; missing: " + string.Join(", ", missing));
        }

        internal static string RepositoryRoot()
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
