namespace Terminal.App.Screens
{
    /// <summary>
    /// Screens that share their body's layout. Moving between two screens of one family repaints only the
    /// parts that differ; moving to another family clears the body first.
    /// </summary>
    internal enum ScreenFamily
    {
        /// <summary>No screen drawn yet.</summary>
        None = 0,

        /// <summary>Icon, amount and message lines: idle, amount entry, waiting, authorizing, every result, errors.</summary>
        Result = 1,

        /// <summary>The merchant's QR code with the amount under it.</summary>
        Qr = 2,

        /// <summary>A list of rows: the technician menu.</summary>
        Menu = 3,
    }
}
