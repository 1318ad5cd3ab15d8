using System.Collections.Generic;
using Terminal.App.Screens;
using Terminal.Core.Protocol;
using Terminal.Drivers.Display.Canvas;

namespace Terminal.Tools.Snapshots;

/// <summary>Renders a scene on a fresh framebuffer, the same way for the tool and the test.</summary>
public static class SnapshotRenderer
{
    /// <summary>The languages every scene is rendered in, with their file name tags.</summary>
    public static IReadOnlyList<(CashierLanguage Language, string Tag)> Languages { get; } = new[]
    {
        (CashierLanguage.SimplifiedChinese, "zh"),
        (CashierLanguage.English, "en"),
    };

    /// <summary>The PNG file name of a scene in a language, e.g. "approved.zh.png".</summary>
    public static string FileName(SnapshotScene scene, string languageTag) => $"{scene.Name}.{languageTag}.png";

    /// <summary>Renders a scene: a new canvas and presenter, the language, the sample status bar and footer, then the scene's script.</summary>
    /// <returns>The framebuffer, row by row, RGB565.</returns>
    public static ushort[] Render(SnapshotScene scene, CashierLanguage language)
    {
        FramebufferCanvas canvas = new(ScreenLayout.Width, ScreenLayout.Height);
        ScreenPresenter presenter = new(canvas) { Language = language };
        presenter.SetTerminalId(SnapshotScenes.TerminalId);
        presenter.SetStatus(networkUp: true, queueDepth: 0, SelfTestVerdict.Pass);
        scene.Script(presenter);
        return canvas.CopyFrame();
    }
}
