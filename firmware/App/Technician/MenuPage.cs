namespace Terminal.App.Technician
{
    /// <summary>The pages of the technician menu: the states of its state machine.</summary>
    internal enum MenuPage
    {
        /// <summary>Not open: the desk's keys go to the sale; the menu only watches for the chord.</summary>
        Closed = 0,

        /// <summary>The sign-in: the PIN being typed, or the lockout.</summary>
        SignIn,

        /// <summary>The main menu.</summary>
        Main,

        /// <summary>The symptoms S1..S5.</summary>
        Symptoms,

        /// <summary>The causes, to run one.</summary>
        Causes,

        /// <summary>The results of the last run.</summary>
        Results,

        /// <summary>One result with its remedy.</summary>
        ResultDetail,

        /// <summary>The last transactions.</summary>
        Transactions,

        /// <summary>One transaction.</summary>
        TransactionDetail,

        /// <summary>The outbound queues.</summary>
        Queues,

        /// <summary>The language choice.</summary>
        Language,

        /// <summary>The restart, to confirm.</summary>
        RestartConfirm,

        /// <summary>A message after an action; OK or Cancel goes back.</summary>
        Message,
    }
}
