namespace Terminal.Hal.Display
{
    /// <summary>
    /// How a panel answered: field conditions as values, never exceptions. A loose ribbon cable or a panel
    /// that lost power shows here, and is the evidence for failure cause HW-DISPLAY.
    /// </summary>
    public enum PanelStatus
    {
        /// <summary>The controller answered and runs initialised: pixels written now land on the glass.</summary>
        Ready = 0,

        /// <summary>
        /// The controller did not answer on its bus: its replies read as the idle level of the data line
        /// (all 0x00 or all 0xFF). Nothing written now is shown.
        /// </summary>
        NotAnswering = 1,

        /// <summary>
        /// The controller answers but had lost its state (a power dip or a re-plugged cable reset it): the
        /// panel has initialised it again, and everything it showed is gone. The caller must send a whole frame.
        /// </summary>
        ContentLost = 2,

        /// <summary>The controller answers with an identity other than the one configured (an ILI9341 where an ST7789 was expected).</summary>
        WrongController = 3,
    }
}
