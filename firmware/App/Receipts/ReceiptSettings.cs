using System;
using Terminal.Core.Protocol;

namespace Terminal.App.Receipts
{
    /// <summary>What receipts look like on this terminal: language and local time offset.</summary>
    public sealed class ReceiptSettings
    {
        /// <summary>The westernmost offset a terminal can have: UTC-12:00, in minutes.</summary>
        public const int MinimumUtcOffsetMinutes = -720;

        /// <summary>The easternmost offset: UTC+14:00, in minutes.</summary>
        public const int MaximumUtcOffsetMinutes = 840;

        /// <summary>Gets or sets the receipts' language; Simplified Chinese by default, as the terminal's screens.</summary>
        public CashierLanguage Language { get; set; } = CashierLanguage.SimplifiedChinese;

        /// <summary>
        /// Gets or sets the local time's offset from UTC in minutes, -720..840 (480 for China Standard Time,
        /// which has no daylight saving). The terminal keeps UTC only (no <c>DateTime.Now</c> on the device):
        /// receipts show UTC plus this.
        /// </summary>
        public int UtcOffsetMinutes { get; set; } = 480;

        /// <summary>Creates the defaults: Simplified Chinese, UTC+8.</summary>
        /// <returns>A new settings object.</returns>
        public static ReceiptSettings CreateDefault()
        {
            return new ReceiptSettings();
        }

        /// <summary>Checks the ranges.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The offset is out of range.</exception>
        public void Validate()
        {
            if (UtcOffsetMinutes < MinimumUtcOffsetMinutes || UtcOffsetMinutes > MaximumUtcOffsetMinutes)
            {
                throw new ArgumentOutOfRangeException("UtcOffsetMinutes", "the UTC offset must be -720 to 840 minutes");
            }
        }
    }
}
