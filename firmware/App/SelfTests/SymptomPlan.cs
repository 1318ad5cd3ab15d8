namespace Terminal.App.SelfTests
{
    /// <summary>
    /// The symptom-led diagnosis of failure-causes.md: for each symptom a merchant reports, the checks to run, in
    /// the table's order. A technician who hears "paid, nothing shown" runs S1 and gets exactly those checks.
    /// </summary>
    public static class SymptomPlan
    {
        /// <summary>The symptom ids, S1..S5.</summary>
        public static readonly string[] Symptoms = new string[] { "S1", "S2", "S3", "S4", "S5" };

        private static readonly string[][] Checks = new string[][]
        {
            new string[] { "TX-PENDING", "TX-UNKNOWN", "HW-DISPLAY", "NET-LINK", "NET-PATH", "NET-GATEWAY", "SW-MEMORY" },
            new string[] { "NET-LINK", "NET-PATH", "NET-GATEWAY", "SW-CONFIG", "SW-LIMITS", "HW-CARD", "HW-KEYPAD", "HW-POWER" },
            new string[] { "TX-PENDING", "NET-LINK", "NET-PATH", "NET-GATEWAY", "SW-CONFIG", "HW-SCANNER" },
            new string[] { "HW-PRINTER", "HW-STORAGE", "TX-PENDING", "NET-GATEWAY", "SW-CLOCK", "SW-LOG", "SW-VERSION" },
            new string[] { "TX-PENDING", "TX-UNKNOWN", "NET-LINK", "NET-GATEWAY", "SW-CLOCK" },
        };

        private static readonly string[] TitlesChinese = new string[] { "支付成功但未显示", "交易失败", "扫码到账无信息", "结算失败", "交易未结算" };

        private static readonly string[] TitlesEnglish = new string[] { "Paid, nothing shown", "Transaction failed", "QR paid, no notice", "Settlement failed", "Unsettled" };

        /// <summary>Tells whether a text is a symptom id (exact, upper case).</summary>
        /// <param name="symptomId">The text.</param>
        /// <returns><c>true</c> for S1..S5.</returns>
        public static bool IsSymptom(string symptomId)
        {
            return IndexOf(symptomId) >= 0;
        }

        /// <summary>Gets the checks for a symptom, in order.</summary>
        /// <param name="symptomId">S1..S5.</param>
        /// <returns>Cause ids; a new array the caller may keep. <c>null</c> for an unknown symptom.</returns>
        public static string[] ChecksFor(string symptomId)
        {
            int index = IndexOf(symptomId);
            if (index < 0)
            {
                return null;
            }

            string[] checks = new string[Checks[index].Length];
            for (int i = 0; i < checks.Length; i++)
            {
                checks[i] = Checks[index][i];
            }

            return checks;
        }

        /// <summary>Gets a symptom's title in Chinese (the merchants' own words).</summary>
        /// <param name="symptomId">S1..S5.</param>
        /// <returns>The title; empty for an unknown symptom.</returns>
        public static string TitleChinese(string symptomId)
        {
            int index = IndexOf(symptomId);
            return index < 0 ? string.Empty : TitlesChinese[index];
        }

        /// <summary>Gets a symptom's title in English.</summary>
        /// <param name="symptomId">S1..S5.</param>
        /// <returns>The title; empty for an unknown symptom.</returns>
        public static string TitleEnglish(string symptomId)
        {
            int index = IndexOf(symptomId);
            return index < 0 ? string.Empty : TitlesEnglish[index];
        }

        private static int IndexOf(string symptomId)
        {
            for (int i = 0; i < Symptoms.Length; i++)
            {
                if (Symptoms[i] == symptomId)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
