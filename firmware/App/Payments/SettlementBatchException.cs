using System;

namespace Terminal.App.Payments
{
    /// <summary>
    /// The batch file is damaged (bad CRC, bad format, cut short) or too large: HW-STORAGE. The
    /// totals are never silently taken as zero; the technician must look at the terminal.
    /// </summary>
    public sealed class SettlementBatchException : Exception
    {
        /// <summary>The failure-cause id this error stands for.</summary>
        public const string Cause = "HW-STORAGE";

        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong with the batch file.</param>
        public SettlementBatchException(string message)
            : base(message)
        {
        }

        /// <summary>Gets the failure-cause id: always HW-STORAGE.</summary>
        public string CauseId
        {
            get { return Cause; }
        }
    }
}
