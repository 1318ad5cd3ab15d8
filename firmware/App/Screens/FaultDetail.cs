namespace Terminal.App.Screens
{
    /// <summary>
    /// What exactly is wrong with a part, shown under the cause's name on the error screen
    /// (e.g. HW-PRINTER with <see cref="PaperOut"/>). The drivers report these conditions as values.
    /// </summary>
    public enum FaultDetail
    {
        /// <summary>No detail: the cause's name and remedy say it all.</summary>
        None = 0,

        /// <summary>The printer has no paper.</summary>
        PaperOut = 1,

        /// <summary>The printer's paper roll is nearly used up.</summary>
        PaperNearEnd = 2,

        /// <summary>The printer's cover is open.</summary>
        CoverOpen = 3,

        /// <summary>The print head is over temperature.</summary>
        HeadTooHot = 4,

        /// <summary>The printer's cutter is jammed.</summary>
        CutterJammed = 5,

        /// <summary>The part did not reply within its timeout (a link fault, not a state of the part).</summary>
        NoReply = 6,

        /// <summary>The part replied with a frame that failed its checks.</summary>
        GarbledReply = 7,

        /// <summary>A key reads pressed all the time.</summary>
        KeyStuck = 8,

        /// <summary>The part's cable is loose or pulled out.</summary>
        CableUnplugged = 9,

        /// <summary>The drive has no room left.</summary>
        StorageFull = 10,
    }
}
