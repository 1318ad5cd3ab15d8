using Terminal.Hal.Buses;

namespace Terminal.Hal.Display
{
    /// <summary>
    /// A colour TFT panel seen as what it really is: a controller with its own frame memory, into which
    /// rectangular windows of RGB565 pixels are written. The firmware's <see cref="ICanvas"/> implementation
    /// decides what to send; the panel only knows how.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Kept small on purpose (Meadow's <c>IPixelDisplay</c> and Tock's HIL split configuration from the data
    /// path the same way): a probe for the self-test, an initialisation, a frame bracket that finds out whether
    /// the controller is still there, a window, the pixels, the backlight and counters. Drawing primitives,
    /// fonts and colour conversion live above it, in portable code, so every panel (an ST7789 driven byte by
    /// byte, nanoFramework.Graphics' native driver) shows exactly the same pixels.
    /// </para>
    /// <para>
    /// SPI has no acknowledge: a write to a panel that is gone succeeds silently. A panel therefore reads a
    /// status register in <see cref="BeginFrame"/> and <see cref="EndFrame"/>, and reports what it found as a
    /// <see cref="PanelStatus"/>. Only misuse (a window outside the panel, a null buffer) throws.
    /// </para>
    /// <para>Coordinates are pixels from the top-left corner of the panel as mounted (after rotation).</para>
    /// </remarks>
    public interface IPixelPanel
    {
        /// <summary>Gets the width in pixels as mounted (240 on the reference panel, portrait).</summary>
        int Width { get; }

        /// <summary>Gets the height in pixels as mounted (320 on the reference panel, portrait).</summary>
        int Height { get; }

        /// <summary>
        /// Gets how many bytes went to the panel since boot, commands, parameters and pixels together: the cost
        /// a redraw strategy is judged by (40 MHz SPI moves 5 bytes per microsecond).
        /// </summary>
        long BytesSent { get; }

        /// <summary>
        /// Gets the link's fault counters: a probe that found nobody counts a timeout, a controller that had to
        /// be initialised again counts a reconnect (evidence for failure causes HW-DISPLAY and HW-LINK).
        /// </summary>
        LinkCounters Counters { get; }

        /// <summary>
        /// Reads the controller's identity without changing its state: the self-test's "the controller answers
        /// on its bus" (HW-DISPLAY).
        /// </summary>
        /// <param name="controllerIdentity">The 24-bit identity read back (ST7789: 0x858552; ILI9341: 0x009341), or the idle pattern read when nobody answered.</param>
        /// <returns><see cref="PanelStatus.Ready"/> for the configured controller, <see cref="PanelStatus.NotAnswering"/> or <see cref="PanelStatus.WrongController"/> otherwise.</returns>
        PanelStatus Probe(out int controllerIdentity);

        /// <summary>
        /// Resets the controller, runs its initialisation sequence (sleep out, pixel format, orientation, display
        /// on) and checks its identity. The frame memory holds garbage afterwards: send a whole frame.
        /// </summary>
        /// <returns><see cref="PanelStatus.Ready"/>, or why the panel cannot be used now.</returns>
        PanelStatus Initialize();

        /// <summary>
        /// Opens an update: checks that the controller answers and still runs initialised, and initialises it
        /// again when it lost its state.
        /// </summary>
        /// <returns>
        /// <see cref="PanelStatus.Ready"/> to write the changes; <see cref="PanelStatus.ContentLost"/> to write a
        /// whole frame; anything else: write nothing now and try again later.
        /// </returns>
        PanelStatus BeginFrame();

        /// <summary>
        /// Sets the window the following <see cref="WritePixels"/> calls fill, row by row from its top-left corner.
        /// </summary>
        /// <param name="x">Left column, 0 to <see cref="Width"/> - 1.</param>
        /// <param name="y">Top row, 0 to <see cref="Height"/> - 1.</param>
        /// <param name="width">Columns, 1 or more; the window must lie inside the panel.</param>
        /// <param name="height">Rows, 1 or more; the window must lie inside the panel.</param>
        /// <exception cref="System.ArgumentOutOfRangeException">The window does not lie inside the panel.</exception>
        void SetWindow(int x, int y, int width, int height);

        /// <summary>
        /// Writes pixels into the current window, continuing where the previous call stopped. Each pixel is two
        /// bytes, big-endian RGB565 (red in the high bits of the first byte), the order the controller reads them in.
        /// </summary>
        /// <param name="buffer">The pixels.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes, even, 2 or more.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="buffer"/> is <c>null</c>.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/> or <paramref name="count"/> is odd.</exception>
        void WritePixels(byte[] buffer, int offset, int count);

        /// <summary>
        /// Closes an update: checks that the controller is still there, so that a cable pulled during the update
        /// is not mistaken for a frame shown.
        /// </summary>
        /// <returns><see cref="PanelStatus.Ready"/> when what was written since <see cref="BeginFrame"/> is on the glass; otherwise the update must be sent again, whole.</returns>
        PanelStatus EndFrame();

        /// <summary>Switches the backlight on or off. Without backlight the panel shows nothing, however good its content.</summary>
        /// <param name="on"><c>true</c> to light the panel.</param>
        void SetBacklight(bool on);
    }
}
