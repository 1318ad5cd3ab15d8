using Terminal.App.Console.Commands;

namespace Terminal.App.Console
{
    /// <summary>The commands a console offers, found by name. <see cref="CreateDefault"/> is every command of <c>Commands/</c>.</summary>
    public sealed class ConsoleCommandSet
    {
        private readonly ConsoleCommand[] _commands;

        /// <summary>Creates a set.</summary>
        /// <param name="commands">The commands; the set keeps the array. Names must differ.</param>
        public ConsoleCommandSet(ConsoleCommand[] commands)
        {
            if (commands == null)
            {
                throw new System.ArgumentNullException("commands");
            }

            _commands = commands;
        }

        /// <summary>Gets the number of commands.</summary>
        public int Count
        {
            get { return _commands.Length; }
        }

        /// <summary>Gets a command by position, in help order.</summary>
        /// <param name="index">0 .. <see cref="Count"/> - 1.</param>
        /// <returns>The command.</returns>
        public ConsoleCommand Get(int index)
        {
            return _commands[index];
        }

        /// <summary>Creates the set of every console command, in help order.</summary>
        /// <returns>A new set.</returns>
        public static ConsoleCommandSet CreateDefault()
        {
            ConsoleCommandSet set = null;
            HelpCommand help = new HelpCommand();
            set = new ConsoleCommandSet(new ConsoleCommand[]
            {
                help,
                new LoginCommand(),
                new QuitCommand(),
                new StatusCommand(),
                new SelfTestCommand(),
                new QueueCommand(),
                new TxCommand(),
                new LogCommand(),
                new ConfigCommand(),
                new TimeCommand(),
                new PrintTestCommand(),
                new RebootCommand(),
            });
            help.Commands = set;
            return set;
        }

        /// <summary>Finds a command.</summary>
        /// <param name="name">The name, lower case.</param>
        /// <returns>The command; <c>null</c> when none has that name.</returns>
        public ConsoleCommand Find(string name)
        {
            for (int i = 0; i < _commands.Length; i++)
            {
                if (_commands[i].Name == name)
                {
                    return _commands[i];
                }
            }

            return null;
        }
    }
}
