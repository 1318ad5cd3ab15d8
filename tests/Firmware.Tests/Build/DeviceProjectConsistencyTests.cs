using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Terminal.Tests.Build
{
    /// <summary>
    /// The device projects cannot be built on these machines, so what a build would catch first is checked
    /// here: every source file of a device-only folder is compiled by its .nfproj, and every package an
    /// .nfproj references by HintPath is restored by its packages.config at exactly that version.
    /// </summary>
    [TestClass]
    public sealed class DeviceProjectConsistencyTests
    {
        private static readonly string[] DeviceProjects =
        {
            "hal/Esp32/Terminal.Hal.Esp32.nfproj",
            "firmware/Device/Terminal.Device.nfproj",
            "tests/Device.Tests/Device.Tests.nfproj",
        };

        [TestMethod]
        [DataRow("hal/Esp32/Terminal.Hal.Esp32.nfproj")]
        [DataRow("firmware/Device/Terminal.Device.nfproj")]
        [DataRow("tests/Device.Tests/Device.Tests.nfproj")]
        public void Every_source_file_of_a_device_only_folder_is_compiled_by_its_project(string nfproj)
        {
            string path = Path.Combine(RepositoryRoot(), nfproj);
            string folder = Path.GetDirectoryName(path)!;
            string text = File.ReadAllText(path);

            string[] missing = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(folder, file))
                .Where(relative => !relative.StartsWith("obj", StringComparison.Ordinal)
                    && !relative.StartsWith("bin", StringComparison.Ordinal)
                    && !relative.StartsWith("Portable", StringComparison.Ordinal))
                .Select(relative => relative.Replace('/', '\\'))
                .Where(relative => !text.Contains("<Compile Include=\"" + relative + "\"", StringComparison.Ordinal))
                .ToArray();

            Assert.AreEqual(0, missing.Length, nfproj + " does not compile: " + string.Join(", ", missing));
        }

        [TestMethod]
        public void Every_package_a_device_project_references_is_in_its_packages_config_at_that_version()
        {
            var hintPath = new Regex(@"packages\\(?<id>nanoFramework\.[A-Za-z0-9.]+?)\.(?<version>\d+\.\d+\.\d+)\\lib", RegexOptions.CultureInvariant);
            foreach (string nfproj in DeviceProjects.Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "firmware", "Device", "Portable"), "*.nfproj")
                .Select(file => Path.GetRelativePath(RepositoryRoot(), file))))
            {
                string path = Path.Combine(RepositoryRoot(), nfproj);
                string folder = Path.GetDirectoryName(path)!;
                string packagesFile = Path.Combine(folder, "packages." + Path.GetFileNameWithoutExtension(path) + ".config");
                if (!File.Exists(packagesFile))
                {
                    packagesFile = Path.Combine(folder, "packages.config");
                }

                string packages = File.ReadAllText(packagesFile);
                foreach (Match match in hintPath.Matches(File.ReadAllText(path)))
                {
                    string entry = "id=\"" + match.Groups["id"].Value + "\" version=\"" + match.Groups["version"].Value + "\"";
                    Assert.IsTrue(packages.Contains(entry, StringComparison.Ordinal), nfproj + " references " + entry + " but " + Path.GetFileName(packagesFile) + " does not restore it");
                }
            }
        }

        private static string RepositoryRoot()
        {
            string directory = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(directory, "Firmware.sln")))
            {
                directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Firmware.sln not found above " + AppContext.BaseDirectory);
            }

            return directory;
        }
    }
}
