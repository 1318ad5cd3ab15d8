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
        [DataRow("firmware/Drivers/Terminal.Drivers.projitems")]
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

        [TestMethod]
        [DataRow("hal/Contracts/Terminal.Hal.projitems")]
        [DataRow("firmware/Core/Terminal.Core.projitems")]
        [DataRow("firmware/Drivers/Terminal.Drivers.projitems")]
        [DataRow("firmware/App/Terminal.App.projitems")]
        public void Every_shared_compile_list_is_imported_by_a_device_project(string projitems)
        {
            string root = RepositoryRoot();
            string name = Path.GetFileName(projitems);
            string[] importers = Directory.EnumerateFiles(Path.Combine(root, "firmware", "Device"), "*.nfproj", SearchOption.AllDirectories)
                .Where(nfproj => File.ReadAllText(nfproj).Contains(name + "\"", StringComparison.Ordinal))
                .ToArray();

            Assert.AreEqual(1, importers.Length, name + " must be imported by exactly one device project");
        }

        [TestMethod]
        public void The_root_solution_never_touches_a_device_project()
        {
            // dotnet build/test at the root must not try to build an .nfproj (nanoframework/Home#1784).
            string solution = File.ReadAllText(Path.Combine(RepositoryRoot(), "Firmware.sln"));

            Assert.IsFalse(solution.Contains(".nfproj", StringComparison.OrdinalIgnoreCase));
            Assert.AreEqual(1, Directory.GetFiles(RepositoryRoot(), "*.sln").Length, "one solution at the root, so a bare dotnet test picks it");
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
