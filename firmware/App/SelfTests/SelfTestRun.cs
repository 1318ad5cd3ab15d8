using Terminal.App.Screens;

namespace Terminal.App.SelfTests
{
    /// <summary>One run of the self-tests: what was asked (a symptom, all, or one id), every result in order, and the overall verdict.</summary>
    public sealed class SelfTestRun
    {
        /// <summary>Creates a run.</summary>
        /// <param name="plan">What was asked: <c>S1</c>..<c>S5</c>, <c>ALL</c>, or a cause id.</param>
        /// <param name="startedUtcMilliseconds">When it started.</param>
        /// <param name="results">The results, in the order they ran; the run keeps the array.</param>
        public SelfTestRun(string plan, long startedUtcMilliseconds, SelfTestResult[] results)
        {
            Plan = plan;
            StartedUtcMilliseconds = startedUtcMilliseconds;
            Results = results;
        }

        /// <summary>Gets what was asked.</summary>
        public string Plan { get; }

        /// <summary>Gets when the run started, UTC milliseconds since 1970.</summary>
        public long StartedUtcMilliseconds { get; }

        /// <summary>Gets the results, in order. Do not modify.</summary>
        public SelfTestResult[] Results { get; }

        /// <summary>Gets the overall verdict for the idle screen: FAIL if any failed, else WARN if any warned, else PASS (SKIP and OPERATOR are not faults).</summary>
        public SelfTestVerdict Overall
        {
            get { return Summarize(Results); }
        }

        /// <summary>Counts the results with a verdict.</summary>
        /// <param name="verdict">The verdict.</param>
        /// <returns>The count.</returns>
        public int Count(CheckVerdict verdict)
        {
            int count = 0;
            for (int i = 0; i < Results.Length; i++)
            {
                if (Results[i].Verdict == verdict)
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Summarizes results as the idle screen's verdict.</summary>
        /// <param name="results">The results; <c>null</c> entries are ignored.</param>
        /// <returns><see cref="SelfTestVerdict.NotRun"/> when there are none.</returns>
        public static SelfTestVerdict Summarize(SelfTestResult[] results)
        {
            if (results == null)
            {
                return SelfTestVerdict.NotRun;
            }

            SelfTestVerdict overall = SelfTestVerdict.NotRun;
            for (int i = 0; i < results.Length; i++)
            {
                if (results[i] == null)
                {
                    continue;
                }

                if (results[i].Verdict == CheckVerdict.Fail)
                {
                    return SelfTestVerdict.Fail;
                }

                if (results[i].Verdict == CheckVerdict.Warn)
                {
                    overall = SelfTestVerdict.Warn;
                }
                else if (overall == SelfTestVerdict.NotRun)
                {
                    overall = SelfTestVerdict.Pass;
                }
            }

            return overall;
        }

        /// <summary>Gives an overall verdict's name: PASS, WARN, FAIL, or NOT-RUN.</summary>
        /// <param name="overall">The overall verdict.</param>
        /// <returns>The name.</returns>
        public static string OverallName(SelfTestVerdict overall)
        {
            switch (overall)
            {
                case SelfTestVerdict.Pass:
                    return "PASS";
                case SelfTestVerdict.Warn:
                    return "WARN";
                case SelfTestVerdict.Fail:
                    return "FAIL";
                default:
                    return "NOT-RUN";
            }
        }

        /// <summary>Gives a verdict's name as the catalogue spells it (<c>PASS</c>); <c>Enum.ToString()</c> gives numbers on the device.</summary>
        /// <param name="verdict">The verdict.</param>
        /// <returns>PASS, WARN, FAIL, SKIP or OPERATOR.</returns>
        public static string VerdictName(CheckVerdict verdict)
        {
            switch (verdict)
            {
                case CheckVerdict.Pass:
                    return "PASS";
                case CheckVerdict.Warn:
                    return "WARN";
                case CheckVerdict.Fail:
                    return "FAIL";
                case CheckVerdict.Skip:
                    return "SKIP";
                default:
                    return "OPERATOR";
            }
        }
    }
}
