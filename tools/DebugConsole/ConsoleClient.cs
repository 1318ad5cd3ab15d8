using System;
using System.IO;
using System.Text;

namespace Terminal.Tools.DebugConsole
{
    /// <summary>
    /// The client side of the console's line protocol (firmware/App/Console/README.md): sends one request line,
    /// reads output lines until the status line (<c>@ok</c> or <c>@error code message</c>), and strips the extra
    /// <c>@</c> the terminal puts before output lines that start with <c>@</c>. Works over any stream: a TCP
    /// connection or a serial port.
    /// </summary>
    public sealed class ConsoleClient
    {
        private readonly Stream stream;
        private readonly byte[] buffer = new byte[1024];
        private readonly MemoryStream pending = new();

        /// <summary>Creates a client over a connected stream; the caller owns and disposes it.</summary>
        /// <param name="stream">The stream.</param>
        public ConsoleClient(Stream stream)
        {
            this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
        }

        /// <summary>Reads the banner the terminal sends on connect.</summary>
        /// <param name="output">Where its lines go.</param>
        /// <returns>The banner's status.</returns>
        public ConsoleAnswer ReadBanner(Action<string> output) => ReadAnswer(output);

        /// <summary>Sends one request and reads its answer.</summary>
        /// <param name="line">The request, without a line end; one line of UTF-8.</param>
        /// <param name="output">Receives each output line, unescaped.</param>
        /// <returns>The status.</returns>
        /// <exception cref="IOException">The connection closed before the status line.</exception>
        public ConsoleAnswer Send(string line, Action<string> output)
        {
            if (line.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException("a request is one line", nameof(line));
            }

            byte[] bytes = Encoding.UTF8.GetBytes(line + "\n");
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush();
            return ReadAnswer(output);
        }

        private ConsoleAnswer ReadAnswer(Action<string> output)
        {
            while (true)
            {
                string line = ReadLine() ?? throw new IOException("the terminal closed the connection");
                if (line == "@ok")
                {
                    return ConsoleAnswer.Ok;
                }

                if (line.StartsWith("@error ", StringComparison.Ordinal))
                {
                    string rest = line.Substring(7);
                    int space = rest.IndexOf(' ', StringComparison.Ordinal);
                    return space < 0 ? new ConsoleAnswer(false, rest, string.Empty) : new ConsoleAnswer(false, rest.Substring(0, space), rest.Substring(space + 1));
                }

                output(line.StartsWith("@@", StringComparison.Ordinal) ? line.Substring(1) : line);
            }
        }

        private string? ReadLine()
        {
            while (true)
            {
                byte[] held = pending.GetBuffer();
                int length = (int)pending.Length;
                int newline = Array.IndexOf(held, (byte)'\n', 0, length);
                if (newline >= 0)
                {
                    string line = Encoding.UTF8.GetString(held, 0, newline);
                    byte[] rest = held[(newline + 1)..length];
                    pending.SetLength(0);
                    pending.Write(rest, 0, rest.Length);
                    return line.EndsWith('\r') ? line[..^1] : line;
                }

                int got = stream.Read(buffer, 0, buffer.Length);
                if (got <= 0)
                {
                    return null;
                }

                pending.Write(buffer, 0, got);
            }
        }
    }
}
