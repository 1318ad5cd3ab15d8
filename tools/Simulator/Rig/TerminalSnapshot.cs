using System.Collections.Generic;
using Terminal.Tools.Simulator.Panels;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>
    /// What the page shows, captured on the terminal's loop thread and handed whole to the web threads, which never
    /// touch the terminal itself. Immutable.
    /// </summary>
    public sealed class TerminalSnapshot
    {
        /// <summary>Gets the number of this capture; it grows with every capture.</summary>
        public required long Version { get; init; }

        /// <summary>Gets the number of the screen's picture; it changes when a pixel may have changed.</summary>
        public required long ScreenVersion { get; init; }

        /// <summary>Gets the panel's memory as a PNG, pixel for pixel (black while the panel shows nothing).</summary>
        public required byte[] ScreenPng { get; init; }

        /// <summary>Gets the words on the screen, one line each (<c>ScreenPresenter.VisibleText</c>); empty while off.</summary>
        public required string ScreenText { get; init; }

        /// <summary>Gets whether the panel shows its memory (powered, awake, display and backlight on).</summary>
        public required bool ScreenLit { get; init; }

        /// <summary>Gets the cashier's sale state (<c>Idle</c>, <c>WaitingForCard</c>, <c>Unknown</c>, ...), or <c>Off</c>.</summary>
        public required string SaleState { get; init; }

        /// <summary>Gets the terminal's status (<c>Ready</c>, <c>NotProvisioned</c>, <c>StorageAlarm</c>), or <c>Off</c>.</summary>
        public required string Status { get; init; }

        /// <summary>Gets the technician's sentence when the status is not plain ready.</summary>
        public required string StatusMessage { get; init; }

        /// <summary>Gets the results waiting for the display, the printer and the host (journal queue depths); -1 when the journal is closed.</summary>
        public required int[] QueueDepths { get; init; }

        /// <summary>Gets the number of the roll's contents; it changes when a line was printed.</summary>
        public required long RollVersion { get; init; }

        /// <summary>Gets the paper roll: every slip cut so far, then the lines not yet cut off.</summary>
        public required IReadOnlyList<PrintedSlip> Roll { get; init; }

        /// <summary>Gets each fault switch's position, by name.</summary>
        public required IReadOnlyDictionary<string, bool> Switches { get; init; }

        /// <summary>Gets the path of the host request waiting for its answer, or <c>null</c>.</summary>
        public required string? HostRequestInFlight { get; init; }

        /// <summary>Gets whether the terminal has power.</summary>
        public required bool PoweredOn { get; init; }

        /// <summary>Gets how many times the terminal booted.</summary>
        public required int Boots { get; init; }

        /// <summary>Gets the last self-test verdicts.</summary>
        public required IReadOnlyList<SelfTestSummaryRow> SelfTests { get; init; }

        /// <summary>Gets the terminal's clock, ISO 8601 UTC.</summary>
        public required string ClockUtc { get; init; }

        /// <summary>Gets the payment host's address, and whether it runs in this process.</summary>
        public required string HostAddress { get; init; }
    }

    /// <summary>One slip of the paper roll.</summary>
    /// <param name="Cut">Whether it was cut off (false: still on the roll, being printed or held).</param>
    /// <param name="Lines">Its lines, blank feeds included.</param>
    public sealed record PrintedSlip(bool Cut, IReadOnlyList<RollLine> Lines);

    /// <summary>One printed line as the page draws it.</summary>
    /// <param name="Text">The characters.</param>
    /// <param name="Align"><c>left</c>, <c>center</c> or <c>right</c>.</param>
    /// <param name="Bold">Emphasized.</param>
    /// <param name="Width">Width magnification.</param>
    /// <param name="Height">Height magnification.</param>
    public sealed record RollLine(string Text, string Align, bool Bold, int Width, int Height);
}
