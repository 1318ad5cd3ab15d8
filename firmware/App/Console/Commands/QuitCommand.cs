namespace Terminal.App.Console.Commands
{
    /// <summary><c>quit</c>: ends the session. Needs no sign-in.</summary>
    public sealed class QuitCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "quit"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "quit"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "end the session"; }
        }

        /// <inheritdoc/>
        public override bool RequiresSignIn
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (request.Count != 0)
            {
                BadArguments(response, "no arguments");
                return;
            }

            response.EndSession = true;
            response.Line("bye");
        }
    }
}
