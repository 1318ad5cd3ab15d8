namespace Terminal.App.SelfTests
{
    /// <summary>A self-test's verdict, as failure-causes.md defines them. Stored in one byte: values are part of the saved results' format.</summary>
    public enum CheckVerdict
    {
        /// <summary>The check found nothing wrong.</summary>
        Pass = 1,

        /// <summary>Works, but near a limit or degraded (paper near end, weak signal, high latency).</summary>
        Warn = 2,

        /// <summary>The cause is present: the remedy applies.</summary>
        Fail = 3,

        /// <summary>The part is not fitted or the service is not wired on this board: nothing to check.</summary>
        Skip = 4,

        /// <summary>Needs a person at the terminal (press keys, look at the screen, present a card); run it from the device's menu.</summary>
        Operator = 5,
    }
}
