namespace Terminal.App.SelfTests
{
    /// <summary>
    /// Every self-test the terminal has, in the order of failure-causes.md (hardware, software, network, data
    /// flow). "Run all" runs them in this order.
    /// </summary>
    public static class SelfTestCatalog
    {
        /// <summary>Creates one instance of every self-test.</summary>
        /// <returns>The tests, in catalogue order; a new array.</returns>
        public static SelfTest[] CreateAll()
        {
            return new SelfTest[]
            {
                // Hardware (firmware/App/SelfTests/Hardware)
                new Hardware.HwDisplaySelfTest(),
                new Hardware.HwPrinterSelfTest(),
                new Hardware.HwKeypadSelfTest(),
                new Hardware.HwCardSelfTest(),
                new Hardware.HwScannerSelfTest(),
                new Hardware.HwLinkSelfTest(),
                new Hardware.HwPowerSelfTest(),
                new Hardware.HwStorageSelfTest(),
                // Software and configuration (firmware/App/SelfTests/Software)
                new Software.SwVersionSelfTest(),
                new Software.SwIntegritySelfTest(),
                new Software.SwConfigSelfTest(),
                new Software.SwLimitsSelfTest(),
                new Software.SwClockSelfTest(),
                new Software.SwMemorySelfTest(),
                new Software.SwLogSelfTest(),
                // Network, host and data flow (firmware/App/SelfTests/Network, firmware/App/SelfTests/Transactions)
                new Network.NetLinkSelfTest(),
                new Network.NetPathSelfTest(),
                new Network.NetGatewaySelfTest(),
                new Transactions.TxPendingSelfTest(),
                new Transactions.TxUnknownSelfTest(),
            };
        }

        /// <summary>Finds a test by cause id in a set.</summary>
        /// <param name="tests">The set, from <see cref="CreateAll"/>.</param>
        /// <param name="causeId">The id, exact (<c>HW-PRINTER</c>).</param>
        /// <returns>The test; <c>null</c> when none answers that id.</returns>
        public static SelfTest Find(SelfTest[] tests, string causeId)
        {
            for (int i = 0; i < tests.Length; i++)
            {
                if (tests[i].CauseId == causeId)
                {
                    return tests[i];
                }
            }

            return null;
        }
    }
}
