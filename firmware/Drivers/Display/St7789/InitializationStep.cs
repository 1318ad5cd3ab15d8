namespace Terminal.Drivers.Display.St7789
{
    /// <summary>One row of an initialisation table: a command, its parameters, and the wait the datasheet asks for after it.</summary>
    public sealed class InitializationStep
    {
        /// <summary>Creates a step.</summary>
        /// <param name="command">The command.</param>
        /// <param name="parameters">Its parameter bytes (empty for none). For <see cref="St7789Command.MADCTL"/> the driver sends the value its settings call for instead.</param>
        /// <param name="delayAfterMilliseconds">Wait after the command, 0 or more.</param>
        /// <param name="source">Where the command and the wait come from (datasheet section), for the reader.</param>
        public InitializationStep(St7789Command command, byte[] parameters, int delayAfterMilliseconds, string source)
        {
            Command = command;
            Parameters = parameters;
            DelayAfterMilliseconds = delayAfterMilliseconds;
            Source = source;
        }

        /// <summary>Gets the command.</summary>
        public St7789Command Command { get; }

        /// <summary>Gets the parameter bytes, sent with D/C high after the command byte. Not to be changed.</summary>
        public byte[] Parameters { get; }

        /// <summary>Gets the wait after the command in milliseconds.</summary>
        public int DelayAfterMilliseconds { get; }

        /// <summary>Gets the datasheet reference for the command and its wait.</summary>
        public string Source { get; }
    }
}
