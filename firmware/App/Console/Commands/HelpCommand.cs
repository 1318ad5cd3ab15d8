namespace Terminal.App.Console.Commands
{
    /// <summary><c>help [command]</c>: lists the commands, or one command's usage. Needs no sign-in.</summary>
    public sealed class HelpCommand : ConsoleCommand
    {
        /// <summary>Gets or sets the set it describes (set by <see cref="ConsoleCommandSet.CreateDefault"/>).</summary>
        public ConsoleCommandSet Commands { get; set; }

        /// <inheritdoc/>
        public override string Name
        {
            get { return "help"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "help [command]"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "list the commands, or show one command's usage"; }
        }

        /// <inheritdoc/>
        public override bool RequiresSignIn
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (Commands == null)
            {
                response.NotAvailable("command list");
                return;
            }

            if (request.Count > 1)
            {
                BadArguments(response, "one command name at most");
                return;
            }

            ConsoleJson json = new ConsoleJson().BeginObject().BeginArray("commands");
            bool found = false;
            for (int i = 0; i < Commands.Count; i++)
            {
                ConsoleCommand command = Commands.Get(i);
                if (request.Count == 1 && command.Name != CommandLineParser.LowerAscii(request.Argument(0)))
                {
                    continue;
                }

                found = true;
                if (request.Json)
                {
                    json.BeginObject().String("name", command.Name).String("usage", command.Usage).String("summary", command.Summary).Boolean("sign_in", command.RequiresSignIn).EndObject();
                }
                else
                {
                    response.Line(command.Usage);
                    response.Line("    " + command.Summary + (command.RequiresSignIn ? string.Empty : " (no sign-in needed)"));
                }
            }

            if (!found)
            {
                BadArguments(response, "no command by that name");
                return;
            }

            if (request.Json)
            {
                response.Json(json.EndArray().EndObject());
            }
            else if (request.Count == 0)
            {
                response.Line("add --json to any command for machine-readable output");
            }
        }
    }
}
