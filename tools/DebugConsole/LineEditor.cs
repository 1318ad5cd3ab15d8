using System;
using System.Collections.Generic;
using System.Text;

namespace Terminal.Tools.DebugConsole
{
    /// <summary>
    /// A small line editor with history for the interactive client: left/right, backspace, delete, home/end and
    /// up/down through earlier lines. Without a terminal (input redirected) it reads plain lines.
    /// </summary>
    public sealed class LineEditor
    {
        private readonly List<string> history = new();

        /// <summary>Gets the lines entered, oldest first.</summary>
        public IReadOnlyList<string> History => history;

        /// <summary>Reads one line.</summary>
        /// <param name="prompt">The prompt.</param>
        /// <returns>The line; <c>null</c> at end of input.</returns>
        public string? ReadLine(string prompt)
        {
            Console.Write(prompt);
            string? line = Console.IsInputRedirected ? Console.ReadLine() : Edit(prompt);
            if (!string.IsNullOrWhiteSpace(line) && (history.Count == 0 || history[^1] != line))
            {
                history.Add(line);
            }

            return line;
        }

        private string? Edit(string prompt)
        {
            StringBuilder text = new();
            int cursor = 0;
            int recall = history.Count;
            while (true)
            {
                ConsoleKeyInfo key = Console.ReadKey(intercept: true);
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        Console.WriteLine();
                        return text.ToString();
                    case ConsoleKey.Backspace when cursor > 0:
                        text.Remove(--cursor, 1);
                        break;
                    case ConsoleKey.Delete when cursor < text.Length:
                        text.Remove(cursor, 1);
                        break;
                    case ConsoleKey.LeftArrow when cursor > 0:
                        cursor--;
                        break;
                    case ConsoleKey.RightArrow when cursor < text.Length:
                        cursor++;
                        break;
                    case ConsoleKey.Home:
                        cursor = 0;
                        break;
                    case ConsoleKey.End:
                        cursor = text.Length;
                        break;
                    case ConsoleKey.UpArrow when recall > 0:
                        text.Clear().Append(history[--recall]);
                        cursor = text.Length;
                        break;
                    case ConsoleKey.DownArrow when recall < history.Count:
                        recall++;
                        text.Clear().Append(recall < history.Count ? history[recall] : string.Empty);
                        cursor = text.Length;
                        break;
                    case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && text.Length == 0:
                        Console.WriteLine();
                        return null;
                    default:
                        if (!char.IsControl(key.KeyChar))
                        {
                            text.Insert(cursor++, key.KeyChar);
                        }

                        break;
                }

                // Redraw the whole line: simple and right on every terminal.
                Console.Write("\r" + prompt + text + " \b");
                Console.Write("\r" + prompt + text.ToString(0, cursor));
            }
        }
    }
}
