namespace Terminal.App.Screens
{
    /// <summary>The pictures in the icon square of the result screens (<see cref="ScreenLayout.IconSize"/> pixels).</summary>
    internal enum IconKind
    {
        /// <summary>No icon.</summary>
        None = 0,

        /// <summary>A terminal with its screen and keys (idle).</summary>
        Terminal = 1,

        /// <summary>A keypad (amount entry).</summary>
        Keypad = 2,

        /// <summary>A card with contactless waves (present card).</summary>
        ContactlessCard = 3,

        /// <summary>A QR code's corner marks (scan the customer's code).</summary>
        ScanCode = 4,

        /// <summary>A ring the countdown's digits sit in (authorizing).</summary>
        CountdownRing = 5,

        /// <summary>A disc with a check mark (approved).</summary>
        Check = 6,

        /// <summary>A check mark in a double ring (late confirmation).</summary>
        LateCheck = 7,

        /// <summary>A disc with a cross (declined).</summary>
        Cross = 8,

        /// <summary>A disc with an hourglass (UNKNOWN: checking).</summary>
        Hourglass = 9,

        /// <summary>A disc with a bar (cancelled).</summary>
        Bar = 10,

        /// <summary>A disc with an exclamation mark (refused, error).</summary>
        Exclamation = 11,
    }
}
