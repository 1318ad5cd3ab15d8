using Terminal.App.Screens;

namespace Terminal.Tools.Snapshots;

/// <summary>Brings a presenter to one screen with representative data.</summary>
/// <param name="presenter">A fresh presenter, already in the scene's language, with the status bar and footer set.</param>
public delegate void SceneScript(ScreenPresenter presenter);

/// <summary>One screen to render: its file name stem and how to get there.</summary>
/// <param name="Name">The file name stem, e.g. "approved" for approved.zh.png and approved.en.png.</param>
/// <param name="Script">What to call on a fresh presenter.</param>
public sealed record SnapshotScene(string Name, SceneScript Script);
