namespace Terminal.Hal.Keypad
{
    /// <summary>
    /// The keys of the cashier's keypad, by meaning, not by position: a driver maps its matrix positions to
    /// these through its layout table. The numeric values are those of <c>Terminal.App.Payments.SaleKey</c>
    /// (0-9 the digits, 10 the 00 key, ... 15 Menu = SaleKey.Function), so the app maps a key by a cast; a
    /// host test holds the two enums together.
    /// </summary>
    public enum KeyCode
    {
        /// <summary>Digit 0.</summary>
        Digit0 = 0,

        /// <summary>Digit 1.</summary>
        Digit1 = 1,

        /// <summary>Digit 2.</summary>
        Digit2 = 2,

        /// <summary>Digit 3.</summary>
        Digit3 = 3,

        /// <summary>Digit 4.</summary>
        Digit4 = 4,

        /// <summary>Digit 5.</summary>
        Digit5 = 5,

        /// <summary>Digit 6.</summary>
        Digit6 = 6,

        /// <summary>Digit 7.</summary>
        Digit7 = 7,

        /// <summary>Digit 8.</summary>
        Digit8 = 8,

        /// <summary>Digit 9.</summary>
        Digit9 = 9,

        /// <summary>The 00 key: two zeros at once, for amounts in whole units.</summary>
        DoubleZero = 10,

        /// <summary>Clear: the whole entry back to zero.</summary>
        Clear = 11,

        /// <summary>Backspace: the last digit off.</summary>
        Backspace = 12,

        /// <summary>OK (Enter): confirm, go on.</summary>
        Ok = 13,

        /// <summary>Cancel: go back, or cancel the payment.</summary>
        Cancel = 14,

        /// <summary>Menu: the function key that opens the merchant and technician menus; never acts during a sale.</summary>
        Menu = 15,
    }
}
