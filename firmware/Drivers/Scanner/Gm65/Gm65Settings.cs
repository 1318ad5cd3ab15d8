using System;

namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>The GM65 driver's settings: line speed, read mode, timeouts and limits.</summary>
    public sealed class Gm65Settings
    {
        /// <summary>
        /// Gets or sets the line speed the terminal uses, in bits per second (one of <see cref="Gm65BaudRates"/>).
        /// Default 115200: a 512-character code takes 45 ms instead of 0.5 s at the factory's 9600. A module at its
        /// factory speed is found there and moved (a resync).
        /// </summary>
        public int BaudRate { get; set; } = 115200;

        /// <summary>Gets or sets the speed the module falls back to after a factory reset (<see cref="Gm65BaudRates.Factory"/>).</summary>
        public int FactoryBaudRate { get; set; } = Gm65BaudRates.Factory;

        /// <summary>Gets or sets how the module decides to look for a code (default <see cref="Gm65ReadMode.Command"/>).</summary>
        public Gm65ReadMode ReadMode { get; set; } = Gm65ReadMode.Command;

        /// <summary>
        /// Gets or sets how long to wait for a reply, and between its bytes, in milliseconds (10 to 2000). A 9-byte
        /// reply takes 9.4 ms at 9600 bit/s; the module documents no processing time, and drops a command whose bytes
        /// come more than 400 ms apart (manual, 8.2), so 100 ms leaves it room without stalling the app loop long.
        /// </summary>
        public int ReplyTimeoutMilliseconds { get; set; } = 100;

        /// <summary>Gets or sets how many times a command is sent before giving up (1 to 5): one retry covers a byte lost on the line.</summary>
        public int CommandAttempts { get; set; } = 2;

        /// <summary>Gets or sets the longest code accepted, in characters (1 to 4096). Longer codes are rejected whole.</summary>
        public int MaximumCodeLength { get; set; } = 512;

        /// <summary>
        /// Gets or sets the longest silence allowed inside a code, in milliseconds (10 or more). The module sends a code
        /// in one burst (a byte every 1.04 ms at 9600, every 87 us at 115200), so a longer silence means the code was
        /// cut (cable pulled) or the app did not read for that long: the part received is dropped, never glued to the
        /// next code nor its tail delivered alone. 500 ms stays above a flash erase stall (45 ms typical, 400 ms worst).
        /// </summary>
        public int CodeGapMilliseconds { get; set; } = 500;

        /// <summary>Gets or sets whether a changed configuration is saved to the module's flash (so it survives a power cut).</summary>
        public bool SaveToFlash { get; set; } = true;

        /// <summary>Creates the default settings.</summary>
        /// <returns>A new settings object.</returns>
        public static Gm65Settings CreateDefault()
        {
            return new Gm65Settings();
        }

        /// <summary>Checks every value against its range.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A value is outside its range, or a speed the module does not support.</exception>
        public void Validate()
        {
            int divisor;
            if (!Gm65BaudRates.TryGetDivisor(BaudRate, out divisor))
            {
                throw new ArgumentOutOfRangeException("BaudRate", "not a speed the GM65 supports");
            }

            if (!Gm65BaudRates.TryGetDivisor(FactoryBaudRate, out divisor))
            {
                throw new ArgumentOutOfRangeException("FactoryBaudRate", "not a speed the GM65 supports");
            }

            if (ReadMode < Gm65ReadMode.Manual || ReadMode > Gm65ReadMode.Sensor)
            {
                throw new ArgumentOutOfRangeException("ReadMode");
            }

            CheckRange(ReplyTimeoutMilliseconds, 10, 2000, "ReplyTimeoutMilliseconds");
            CheckRange(CommandAttempts, 1, 5, "CommandAttempts");
            CheckRange(MaximumCodeLength, 1, 4096, "MaximumCodeLength");
            CheckRange(CodeGapMilliseconds, 10, int.MaxValue, "CodeGapMilliseconds");
        }

        private static void CheckRange(int value, int minimum, int maximum, string name)
        {
            if (value < minimum || value > maximum)
            {
                throw new ArgumentOutOfRangeException(name, "must be from " + minimum.ToString() + " to " + maximum.ToString());
            }
        }
    }
}
