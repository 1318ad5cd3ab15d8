namespace Terminal.App.Console
{
    /// <summary>One parsed request line: the command name, its arguments, and whether the answer is for a machine.</summary>
    public sealed class ConsoleRequest
    {
        /// <summary>Creates a request.</summary>
        /// <param name="name">The command name, lower case as typed.</param>
        /// <param name="arguments">The arguments after the name, <c>--json</c> removed; the request keeps the array.</param>
        /// <param name="json">Whether <c>--json</c> was given.</param>
        public ConsoleRequest(string name, string[] arguments, bool json)
        {
            Name = name;
            Arguments = arguments;
            Json = json;
        }

        /// <summary>Gets the command name.</summary>
        public string Name { get; }

        /// <summary>Gets the arguments. Do not modify.</summary>
        public string[] Arguments { get; }

        /// <summary>Gets whether the answer is one JSON line (<c>--json</c> anywhere on the line).</summary>
        public bool Json { get; }

        /// <summary>Gets an argument, or empty past the end.</summary>
        /// <param name="index">0-based.</param>
        /// <returns>The argument; empty when there are not that many.</returns>
        public string Argument(int index)
        {
            return index >= 0 && index < Arguments.Length ? Arguments[index] : string.Empty;
        }

        /// <summary>Gets the number of arguments.</summary>
        public int Count
        {
            get { return Arguments.Length; }
        }
    }
}
