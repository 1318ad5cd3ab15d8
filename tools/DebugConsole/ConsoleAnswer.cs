namespace Terminal.Tools.DebugConsole
{
    /// <summary>The status line of one answer.</summary>
    /// <param name="IsOk">Whether it was <c>@ok</c>.</param>
    /// <param name="Code">The error code (<c>bad-arguments</c>); empty on success.</param>
    /// <param name="Message">The error message; empty on success.</param>
    public sealed record ConsoleAnswer(bool IsOk, string Code, string Message)
    {
        /// <summary>The <c>@ok</c> status.</summary>
        public static readonly ConsoleAnswer Ok = new(true, string.Empty, string.Empty);

        /// <summary>Formats an error for the technician: <c>error bad-arguments: ...</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => IsOk ? "ok" : $"error {Code}: {Message}";
    }
}
