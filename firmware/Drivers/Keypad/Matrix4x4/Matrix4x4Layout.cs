using System;
using Terminal.Hal.Keypad;

namespace Terminal.Drivers.Keypad.Matrix4x4
{
    /// <summary>
    /// Which key sits where on the 4x4 matrix: a table indexed by <c>row * 4 + column</c> (row 0 is the top row,
    /// driven by the first row line; column 0 the leftmost, read on the first column line). The standard layout
    /// is the reference keypad's printed legends:
    /// <code>
    ///            col 0   col 1   col 2   col 3
    ///   row 0:    1       2       3      Cancel
    ///   row 1:    4       5       6      Clear
    ///   row 2:    7       8       9      Backspace
    ///   row 3:   Menu     0       00     OK
    /// </code>
    /// The 16 positions hold exactly the 16 keys of <see cref="KeyCode"/>: digits, 00, Clear, Backspace, OK,
    /// Cancel and one Menu key; there is no room for more function keys.
    /// </summary>
    public static class Matrix4x4Layout
    {
        /// <summary>The number of positions: 4 rows by 4 columns.</summary>
        public const int KeyCount = 16;

        /// <summary>Creates the standard layout table (a new array each time: the caller may change its copy).</summary>
        /// <returns>The key at each position, indexed by <c>row * 4 + column</c>.</returns>
        public static KeyCode[] CreateStandard()
        {
            return new KeyCode[]
            {
                KeyCode.Digit1, KeyCode.Digit2, KeyCode.Digit3, KeyCode.Cancel,
                KeyCode.Digit4, KeyCode.Digit5, KeyCode.Digit6, KeyCode.Clear,
                KeyCode.Digit7, KeyCode.Digit8, KeyCode.Digit9, KeyCode.Backspace,
                KeyCode.Menu, KeyCode.Digit0, KeyCode.DoubleZero, KeyCode.Ok,
            };
        }

        /// <summary>Checks that a layout names each of the 16 keys exactly once.</summary>
        /// <param name="layout">The table to check.</param>
        /// <exception cref="ArgumentNullException"><paramref name="layout"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">The table is not 16 long, or a key is missing, repeated or unknown.</exception>
        public static void Validate(KeyCode[] layout)
        {
            if (layout == null)
            {
                throw new ArgumentNullException("layout");
            }

            if (layout.Length != KeyCount)
            {
                throw new ArgumentException("a 4x4 layout has 16 positions", "layout");
            }

            int seen = 0;
            for (int index = 0; index < KeyCount; index++)
            {
                int code = (int)layout[index];
                if (code < 0 || code >= KeyCount || (seen & (1 << code)) != 0)
                {
                    throw new ArgumentException("position " + index.ToString() + " holds an unknown or repeated key", "layout");
                }

                seen |= 1 << code;
            }
        }
    }
}
