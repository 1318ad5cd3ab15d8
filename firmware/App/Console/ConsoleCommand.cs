namespace Terminal.App.Console
{
    /// <summary>
    /// One console command: one class per file in <c>Commands/</c>, found by its name. A command reads what it
    /// needs from <see cref="ConsoleServices"/> (a part that is <c>null</c> answers <c>not-available</c>), checks
    /// its arguments before it changes anything (bad ones answer <c>bad-arguments</c> and change nothing), and
    /// writes human lines, or one JSON line when <see cref="ConsoleRequest.Json"/> is set. It never prints a full
    /// card number, and throws only for programming errors (the session turns those into <c>failed</c>).
    /// </summary>
    public abstract class ConsoleCommand
    {
        /// <summary>Gets the name typed to run it, lower case (<c>selftest</c>).</summary>
        public abstract string Name { get; }

        /// <summary>Gets the usage line (<c>selftest run S1..S5|all|ID</c>), for <c>help</c> and bad-arguments errors.</summary>
        public abstract string Usage { get; }

        /// <summary>Gets one line saying what it does.</summary>
        public abstract string Summary { get; }

        /// <summary>Gets whether it needs a signed-in technician; only <c>help</c>, <c>login</c> and <c>quit</c> do not.</summary>
        public virtual bool RequiresSignIn
        {
            get { return true; }
        }

        /// <summary>Runs the command.</summary>
        /// <param name="request">The parsed request.</param>
        /// <param name="services">What the terminal offers.</param>
        /// <param name="response">Where the answer goes.</param>
        public abstract void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response);

        /// <summary>Answers <c>bad-arguments</c> with the usage.</summary>
        /// <param name="response">The response.</param>
        /// <param name="why">What is wrong.</param>
        protected void BadArguments(ConsoleResponse response, string why)
        {
            response.Fail(ConsoleErrors.BadArguments, why + "; usage: " + Usage);
        }
    }
}
