using System;
using System.IO;
using Terminal.App.Screens;
using Terminal.Hal.Simulated.Display;
using Terminal.Tools.Snapshots;

// Writes every screen in both languages as PNG: dotnet run --project tools/Snapshots [-- OUTPUT_FOLDER]
// Default folder: tests/Firmware.Tests/App/Screens/Reference (the images ScreenSnapshotTests compares with).
string folder = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "tests", "Firmware.Tests", "App", "Screens", "Reference");
Directory.CreateDirectory(folder);
int written = 0;
foreach (SnapshotScene scene in SnapshotScenes.All)
{
    foreach ((var language, string tag) in SnapshotRenderer.Languages)
    {
        ushort[] pixels = SnapshotRenderer.Render(scene, language);
        PngImage.WriteRgb565(Path.Combine(folder, SnapshotRenderer.FileName(scene, tag)), ScreenLayout.Width, ScreenLayout.Height, pixels);
        written++;
    }
}

Console.WriteLine($"snapshots.written {written}");
Console.WriteLine($"snapshots.folder {Path.GetFullPath(folder)}");
return 0;

static string RepositoryRoot()
{
    string? directory = Directory.GetCurrentDirectory();
    while (directory != null && !File.Exists(Path.Combine(directory, "Firmware.sln")))
    {
        directory = Path.GetDirectoryName(directory);
    }

    return directory ?? throw new InvalidOperationException("Run from inside the repository, or give the output folder.");
}
