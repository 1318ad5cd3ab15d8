using System.Collections;

namespace Terminal.App.Console
{
    /// <summary>
    /// What a command answers: its output lines, then one status (<c>@ok</c>, or <c>@error code message</c>).
    /// The session sends it whole after the command returns; every line is masked for card numbers on the way
    /// out. A command that says nothing about its status succeeded.
    /// </summary>
    public sealed class ConsoleResponse
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Gets the number of output lines.</summary>
        public int LineCount
        {
            get { return _lines.Count; }
        }

        /// <summary>Gets an output line.</summary>
        /// <param name="index">0 .. <see cref="LineCount"/> - 1.</param>
        /// <returns>The line as the command wrote it.</returns>
        public string GetLine(int index)
        {
            return (string)_lines[index];
        }

        /// <summary>Gets whether the command failed.</summary>
        public bool IsError { get; private set; }

        /// <summary>Gets the error code (<see cref="ConsoleErrors"/>); empty on success.</summary>
        public string ErrorCode { get; private set; } = string.Empty;

        /// <summary>Gets the error message; empty on success.</summary>
        public string ErrorMessage { get; private set; } = string.Empty;

        /// <summary>Gets or sets whether the command signed the session in (set by <c>login</c> only).</summary>
        public bool SignedIn { get; set; }

        /// <summary>Gets or sets whether the session is to end after this answer (<c>quit</c>).</summary>
        public bool EndSession { get; set; }

        /// <summary>Gets or sets whether the terminal is to restart once this answer is sent and audited (<c>reboot</c>).</summary>
        public bool RestartAfterAnswer { get; set; }

        /// <summary>Adds an output line. Line breaks inside are sent as separate lines.</summary>
        /// <param name="line">The text.</param>
        public void Line(string line)
        {
            _lines.Add(line == null ? string.Empty : line);
        }

        /// <summary>Adds the JSON object as one output line.</summary>
        /// <param name="json">The finished object.</param>
        public void Json(ConsoleJson json)
        {
            _lines.Add(json.ToString());
        }

        /// <summary>Makes the status an error. The first call wins.</summary>
        /// <param name="code">A code of <see cref="ConsoleErrors"/>.</param>
        /// <param name="message">One line of English for the technician.</param>
        public void Fail(string code, string message)
        {
            if (IsError)
            {
                return;
            }

            IsError = true;
            ErrorCode = code;
            ErrorMessage = message == null ? string.Empty : message;
        }

        /// <summary>Fails with <see cref="ConsoleErrors.NotAvailable"/> for a missing part.</summary>
        /// <param name="part">What is missing (<c>printer</c>).</param>
        public void NotAvailable(string part)
        {
            Fail(ConsoleErrors.NotAvailable, part + " not available on this terminal");
        }
    }
}
