using System;

namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>The settings of <see cref="EscPosPrinter"/>, with the reference 58 mm printer's values as defaults.</summary>
    public sealed class EscPosPrinterSettings
    {
        /// <summary>Gets or sets the columns of a normal line: 384 dots / 12-dot font A characters = 32 on a 58 mm printer. 8..128.</summary>
        public int ColumnsPerLine { get; set; } = 32;

        /// <summary>
        /// Gets or sets how long to wait for the reply to one <c>DLE EOT n</c>, in milliseconds, 10..5000.
        /// The printer executes real-time commands on receipt (Epson reference, "Real-time commands"), so a
        /// healthy printer answers within a couple of byte times (about 2 ms at 9600 baud); 200 ms
        /// leaves room for a printer busy moving paper without making a dead link slow to detect.
        /// </summary>
        public int StatusReplyTimeoutMilliseconds { get; set; } = 200;

        /// <summary>Gets or sets how many times one status query is tried before the link counts as faulty, 1..5 (one lost or garbled byte is not a fault).</summary>
        public int StatusAttempts { get; set; } = 2;

        /// <summary>
        /// Gets or sets after how many lines the driver asks the printer (<c>DLE EOT 2</c>) whether it
        /// stopped, 1..64. Each check costs 3 bytes out and 1 back; checking every line stops a job
        /// within one line of the paper running out, so little of it waits in the printer's buffer.
        /// </summary>
        public int LinesBetweenStatusChecks { get; set; } = 1;

        /// <summary>
        /// Gets or sets the lines fed before the cut, 0..20: the distance from the print head to the cutter
        /// (about 12 mm on 58 mm mechanisms; a line is 30 dots = 3.75 mm at 8 dots/mm).
        /// </summary>
        public int FeedLinesBeforeCut { get; set; } = 4;

        /// <summary>Gets or sets whether the printer has a cutter; without one, documents end with the feed only.</summary>
        public bool CutPaper { get; set; } = true;

        /// <summary>
        /// Gets or sets whether every job selects Chinese mode (<c>FS &amp;</c>) after <c>ESC @</c>. Chinese
        /// 58 mm printers usually start in Chinese mode, but that is a setting a utility or DIP switch
        /// can change, and <c>ESC @</c> returns to it; selecting it in every job makes GB18030 print
        /// whatever the printer was set to. Turn off only for a printer that has no Chinese mode.
        /// </summary>
        public bool SelectChineseMode { get; set; } = true;

        /// <summary>Creates the reference printer's settings.</summary>
        /// <returns>A new settings object.</returns>
        public static EscPosPrinterSettings CreateDefault()
        {
            return new EscPosPrinterSettings();
        }

        /// <summary>Checks the ranges.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range; the message names it.</exception>
        public void Validate()
        {
            CheckRange(ColumnsPerLine, 8, 128, "ColumnsPerLine");
            CheckRange(StatusReplyTimeoutMilliseconds, 10, 5000, "StatusReplyTimeoutMilliseconds");
            CheckRange(StatusAttempts, 1, 5, "StatusAttempts");
            CheckRange(LinesBetweenStatusChecks, 1, 64, "LinesBetweenStatusChecks");
            CheckRange(FeedLinesBeforeCut, 0, 20, "FeedLinesBeforeCut");
        }

        private static void CheckRange(int value, int minimum, int maximum, string name)
        {
            if (value < minimum || value > maximum)
            {
                throw new ArgumentOutOfRangeException(name, name + " must be " + minimum.ToString() + " to " + maximum.ToString());
            }
        }
    }
}
