namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// The line speeds the GM65 supports and the divisor each is written as in zone bits 0x002A-0x002B (low byte
    /// first). The divisors are about 3,000,000 / speed; 9600 = 0x0139 and 115200 = 0x001A are confirmed by public
    /// GM65 command lists (saadimalik211/cv-scanner serialdoc.md, and a reply "02 00 00 02 39 01" to the
    /// "read 2 zone bits at 0x002A" query quoted in a GM65 test program).
    /// </summary>
    public static class Gm65BaudRates
    {
        /// <summary>The speed every GM65 leaves the factory with and returns to after a factory reset (manual, 2 "Communication interface": 9600 8N1).</summary>
        public const int Factory = 9600;

        // Data table: speed and divisor side by side.
        private static readonly int[] Speeds = { 1200, 4800, 9600, 14400, 19200, 38400, 57600, 115200 };
        private static readonly int[] Divisors = { 0x09C4, 0x0271, 0x0139, 0x00D0, 0x009C, 0x004E, 0x0034, 0x001A };

        /// <summary>Finds the divisor of a speed.</summary>
        /// <param name="baudRate">Bits per second.</param>
        /// <param name="divisor">The divisor for zone bits 0x002A-0x002B.</param>
        /// <returns><c>true</c> when the module supports the speed.</returns>
        public static bool TryGetDivisor(int baudRate, out int divisor)
        {
            for (int index = 0; index < Speeds.Length; index++)
            {
                if (Speeds[index] == baudRate)
                {
                    divisor = Divisors[index];
                    return true;
                }
            }

            divisor = 0;
            return false;
        }
    }
}
