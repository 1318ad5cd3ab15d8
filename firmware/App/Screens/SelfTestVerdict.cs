namespace Terminal.App.Screens
{
    /// <summary>The last self-test's overall verdict, as the header shows it (failure-causes.md, "Verdicts").</summary>
    public enum SelfTestVerdict
    {
        /// <summary>No self-test has run since boot: the header shows dashes.</summary>
        NotRun = 0,

        /// <summary>Every check passed (SKIP counts as passed: the part is not fitted).</summary>
        Pass = 1,

        /// <summary>At least one check warned and none failed.</summary>
        Warn = 2,

        /// <summary>At least one check failed.</summary>
        Fail = 3,
    }
}
