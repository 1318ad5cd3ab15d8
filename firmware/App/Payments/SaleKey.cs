namespace Terminal.App.Payments
{
    /// <summary>The keys a sale reacts to: the cashier's keypad as the payment screens see it.</summary>
    public enum SaleKey
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

        /// <summary>The 00 key.</summary>
        DoubleZero = 10,

        /// <summary>Clear: the amount back to zero.</summary>
        Clear = 11,

        /// <summary>Backspace: the last digit off.</summary>
        Backspace = 12,

        /// <summary>OK: go on.</summary>
        Ok = 13,

        /// <summary>Cancel: go back, or cancel the payment.</summary>
        Cancel = 14,

        /// <summary>A menu or function key: never acts during a sale (the field reports stray presses of these).</summary>
        Function = 15,
    }
}
