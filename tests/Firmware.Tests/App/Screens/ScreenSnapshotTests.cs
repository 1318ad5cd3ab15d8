using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.App.Screens;
using Terminal.Hal.Simulated.Display;
using Terminal.Tests.Build;
using Terminal.Tools.Snapshots;

namespace Terminal.Tests.App.Screens
{
    /// <summary>
    /// Every screen in both languages, rendered by the same scenes as tools/Snapshots, must match the
    /// committed reference PNG pixel for pixel. A deliberate change of a screen is committed together with
    /// the regenerated images.
    /// </summary>
    [TestClass]
    public sealed class ScreenSnapshotTests
    {
        private const string Regenerate = "dotnet run --project tools/Snapshots";

        public static IEnumerable<object[]> Snapshots =>
            SnapshotScenes.All.SelectMany(scene => SnapshotRenderer.Languages.Select(language => new object[] { scene.Name, language.Tag }));

        private static string ReferenceFolder => Path.Combine(PortableSourceListsTests.RepositoryRoot(), "tests", "Firmware.Tests", "App", "Screens", "Reference");

        [TestMethod]
        [DynamicData(nameof(Snapshots))]
        public void The_screen_matches_its_reference_image_pixel_for_pixel(string sceneName, string languageTag)
        {
            SnapshotScene scene = SnapshotScenes.All.Single(candidate => candidate.Name == sceneName);
            var language = SnapshotRenderer.Languages.Single(candidate => candidate.Tag == languageTag).Language;
            string fileName = SnapshotRenderer.FileName(scene, languageTag);
            string path = Path.Combine(ReferenceFolder, fileName);
            Assert.IsTrue(File.Exists(path), $"{fileName} has no reference image. Render them with: {Regenerate}");

            ushort[] expected = PngImage.ReadRgb565(path, out int width, out int height);
            Assert.AreEqual(ScreenLayout.Width, width, fileName + " width");
            Assert.AreEqual(ScreenLayout.Height, height, fileName + " height");

            ushort[] actual = SnapshotRenderer.Render(scene, language);
            for (int index = 0; index < expected.Length; index++)
            {
                if (expected[index] != actual[index])
                {
                    Assert.Fail(
                        $"{fileName} differs first at pixel ({index % width}, {index / width}): reference #{Rgb(expected[index])}, rendered #{Rgb(actual[index])}. "
                        + $"If the change is intended, regenerate the references with: {Regenerate}, look at them, and commit them.");
                }
            }
        }

        [TestMethod]
        public void Every_reference_image_belongs_to_a_scene_and_every_scene_has_both_languages()
        {
            string[] expected = SnapshotScenes.All
                .SelectMany(scene => SnapshotRenderer.Languages.Select(language => SnapshotRenderer.FileName(scene, language.Tag)))
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
            string[] committed = Directory.GetFiles(ReferenceFolder, "*.png")
                .Select(file => Path.GetFileName(file)!)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();

            CollectionAssert.AreEqual(expected, committed, "stale or missing reference images; regenerate with: " + Regenerate);
        }

        [TestMethod]
        public void The_scenes_cover_every_screen_the_issue_names()
        {
            string[] names = SnapshotScenes.All.Select(scene => scene.Name).ToArray();
            foreach (string screen in new[] { "idle", "amount-entry", "present-card", "merchant-qr", "scan-customer-qr", "authorizing", "approved", "declined", "unknown", "late-confirmation", "error-printer-paper-out", "technician-menu" })
            {
                CollectionAssert.Contains(names, screen);
            }
        }

        private static string Rgb(ushort pixel) =>
            $"{((pixel >> 11) & 31) << 3:X2}{((pixel >> 5) & 63) << 2:X2}{(pixel & 31) << 3:X2}";
    }
}
