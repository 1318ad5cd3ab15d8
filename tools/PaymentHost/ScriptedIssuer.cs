namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The host's issuer: decides every authorization deterministically from its amount and time, so a
    /// test or a cashier in the lab can ask for any response code of <c>docs/host-protocol.md</c>.
    /// <list type="number">
    /// <item>A request whose <c>createdUtc</c> is more than 24 hours from the host's time: <c>C1</c>.</item>
    /// <item>An amount whose last two digits (minor units) are 05, 51, 54, 55, 57, 58, 61, 65, 75, 91, 94 or 96:
    /// declined with those two digits as the response code (1251 -> <c>51</c>).</item>
    /// <item>Anything else: approved, <c>00</c>.</item>
    /// </list>
    /// </summary>
    public static class ScriptedIssuer
    {
        /// <summary>The response code of an approval.</summary>
        public const string Approved = "00";

        /// <summary>The response code for an implausible terminal time.</summary>
        public const string ImplausibleTime = "C1";

        /// <summary>How far a request's <c>createdUtc</c> may be from the host's time: 24 hours, in milliseconds.</summary>
        public const long PlausibleSkewMilliseconds = 24L * 60 * 60 * 1000;

        private static readonly string[] DeclineCodes = { "05", "51", "54", "55", "57", "58", "61", "65", "75", "91", "94", "96" };

        /// <summary>Decides an authorization.</summary>
        /// <param name="amountMinorUnits">The amount in minor units (positive).</param>
        /// <param name="createdUtcMilliseconds">When the terminal created the payment, UTC milliseconds.</param>
        /// <param name="hostNowUtcMilliseconds">The host's time, UTC milliseconds.</param>
        /// <returns><see cref="Approved"/>, <see cref="ImplausibleTime"/>, or a two-digit decline code.</returns>
        public static string Decide(long amountMinorUnits, long createdUtcMilliseconds, long hostNowUtcMilliseconds)
        {
            long skew = createdUtcMilliseconds - hostNowUtcMilliseconds;
            if (skew > PlausibleSkewMilliseconds || skew < -PlausibleSkewMilliseconds)
            {
                return ImplausibleTime;
            }

            string lastTwoDigits = (amountMinorUnits % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            foreach (string code in DeclineCodes)
            {
                if (code == lastTwoDigits)
                {
                    return code;
                }
            }

            return Approved;
        }
    }
}
