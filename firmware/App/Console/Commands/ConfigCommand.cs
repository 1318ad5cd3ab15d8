namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>config get [key]</c>, <c>config set &lt;key&gt; &lt;value&gt;</c>: reads or changes a whitelisted setting
    /// (<see cref="TerminalConfigurationStore.Keys"/>). A value is validated before anything is written; every
    /// change is logged old -&gt; new.
    /// </summary>
    public sealed class ConfigCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "config"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "config get [<key>] | set <key> <value>"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "read or change a whitelisted setting (validated, audited)"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            string verb = CommandLineParser.LowerAscii(request.Argument(0));
            bool get = verb == "get" && request.Count <= 2;
            bool set = verb == "set" && request.Count == 3;
            if (!get && !set)
            {
                BadArguments(response, "get [key] or set key value");
                return;
            }

            string name = CommandLineParser.LowerAscii(request.Argument(1));
            if (request.Count >= 2 && TerminalConfigurationStore.Find(name) == null)
            {
                BadArguments(response, "not a setting; config get lists them");
                return;
            }

            TerminalConfigurationStore store = services.Configuration;
            if (store == null)
            {
                response.NotAvailable("configuration store");
                return;
            }

            if (set)
            {
                string old = store.Get(name);
                string error;
                if (!store.TrySet(name, request.Argument(2), "console", out error))
                {
                    BadArguments(response, error);
                    return;
                }

                if (services.Settings != null)
                {
                    // Settings the app reads live take effect now; the rest at the next boot.
                    store.ApplyTo(services.Settings);
                }

                if (request.Json)
                {
                    response.Json(new ConsoleJson().BeginObject().String("key", name).String("old", old).String("new", store.Get(name)).EndObject());
                }
                else
                {
                    response.Line(name + ": " + old + " -> " + store.Get(name));
                }

                return;
            }

            ConsoleJson json = new ConsoleJson().BeginObject().BeginArray("settings");
            for (int i = 0; i < TerminalConfigurationStore.Keys.Length; i++)
            {
                ConfigurationKey key = TerminalConfigurationStore.Keys[i];
                if (request.Count == 2 && key.Name != name)
                {
                    continue;
                }

                if (request.Json)
                {
                    json.BeginObject().String("key", key.Name).String("value", store.Get(key.Name)).String("allowed", key.AllowedText()).String("default", key.DefaultValue).String("description", key.Description).EndObject();
                }
                else
                {
                    response.Line(key.Name + " = " + store.Get(key.Name) + "   (" + key.AllowedText() + "; " + key.Description + ")");
                }
            }

            if (request.Json)
            {
                response.Json(json.EndArray().EndObject());
            }
        }
    }
}
