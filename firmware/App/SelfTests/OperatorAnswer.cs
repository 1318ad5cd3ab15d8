namespace Terminal.App.SelfTests
{
    /// <summary>What the technician answered to a self-test's question.</summary>
    public enum OperatorAnswer
    {
        /// <summary>Confirmed (Enter): what was shown is right.</summary>
        Yes = 1,

        /// <summary>Denied (Cancel): what was shown is wrong.</summary>
        No = 2,

        /// <summary>Nobody answered in time.</summary>
        NoAnswer = 3,
    }
}
