using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Terminal.Tools.FontSubset
{
    /// <summary>
    /// <c>dotnet run --project tools/FontSubset [-- options]</c>: builds the firmware's font subset.
    /// Characters: printable ASCII, U+FFFD, every character in the string and character literals of the
    /// source files (a folder: every .cs under it), and every character of the text files (comment lines starting with '#' skipped).
    /// Without <c>--source</c>/<c>--text</c>: the screens' phrases, the host's response-code texts and the seed phrases.
    /// </summary>
    public static class Program
    {
        private const string DefaultUnifont = "/usr/share/unifont/unifont.hex";
        private const string DefaultOutput = "firmware/Drivers/Display/Fonts/TerminalFontGlyphs.cs";
        // Every file whose strings reach the screen: the screens' own phrases and the host's response-code texts.
        // Folders are read whole (every .cs under them): the self-tests' finding-specific remedies and symptom titles,
        // and the technician menu's rows, reach the screen too.
        private static readonly string[] DefaultSources =
        {
            "firmware/App/Screens/ScreenText.cs",
            "firmware/Core/Protocol/ResponseCodeCatalog.cs",
            "firmware/App/SelfTests",
            "firmware/App/Technician",
        };

        private const string DefaultText = "tools/FontSubset/seed-phrases.txt";

        /// <summary>Runs the tool.</summary>
        /// <param name="arguments">Options; <c>--help</c> lists them.</param>
        /// <returns>0 when the file was written or is up to date; 1 when <c>--check</c> found it stale or glyphs are missing; 2 for bad usage or input.</returns>
        public static int Main(string[] arguments)
        {
            string root = FindRepositoryRoot();
            string unifont = DefaultUnifont;
            string output = Path.Combine(root, DefaultOutput);
            var sources = new List<string>();
            var texts = new List<string>();
            bool check = false;
            bool explicitInputs = false;

            for (int index = 0; index < arguments.Length; index++)
            {
                string argument = arguments[index];
                string? value = index + 1 < arguments.Length ? arguments[index + 1] : null;
                switch (argument)
                {
                    case "--check":
                        check = true;
                        break;
                    case "--unifont" when value != null:
                        unifont = value;
                        index++;
                        break;
                    case "--output" when value != null:
                        output = value;
                        index++;
                        break;
                    case "--source" when value != null:
                        sources.Add(value);
                        explicitInputs = true;
                        index++;
                        break;
                    case "--text" when value != null:
                        texts.Add(value);
                        explicitInputs = true;
                        index++;
                        break;
                    case "--help":
                        Usage(Console.Out);
                        return 0;
                    default:
                        Console.Error.WriteLine("font-subset: unknown or incomplete option '" + argument + "'.");
                        Usage(Console.Error);
                        return 2;
                }
            }

            if (!explicitInputs)
            {
                // The screens' strings and the seed phrases, so that common wording keeps its glyphs while the
                // screens change. A default source that moved is an error (below), not a font without its glyphs.
                foreach (string source in DefaultSources)
                {
                    sources.Add(Path.Combine(root, source));
                }

                texts.Add(Path.Combine(root, DefaultText));
            }

            if (!File.Exists(unifont))
            {
                Console.Error.WriteLine("font-subset: " + unifont + " not found. Install Debian's unifont package (apt-get install unifont) or pass --unifont PATH.");
                return 2;
            }

            var wanted = new HashSet<char>();
            for (char character = ' '; character <= '~'; character++)
            {
                wanted.Add(character);
            }

            wanted.Add('\uFFFD');
            foreach (string source in sources)
            {
                if (Directory.Exists(source))
                {
                    string[] files = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories);
                    Array.Sort(files, StringComparer.Ordinal);
                    foreach (string file in files)
                    {
                        SourceLiterals.Collect(File.ReadAllText(file, Encoding.UTF8), wanted);
                    }

                    continue;
                }

                if (!File.Exists(source))
                {
                    Console.Error.WriteLine("font-subset: source " + source + " not found.");
                    return 2;
                }

                SourceLiterals.Collect(File.ReadAllText(source, Encoding.UTF8), wanted);
            }

            foreach (string text in texts)
            {
                if (!File.Exists(text))
                {
                    Console.Error.WriteLine("font-subset: text file " + text + " not found.");
                    return 2;
                }

                foreach (string line in File.ReadAllLines(text, Encoding.UTF8))
                {
                    if (!line.StartsWith('#'))
                    {
                        foreach (char character in line)
                        {
                            wanted.Add(character);
                        }
                    }
                }
            }

            // Controls are never drawn; surrogates cannot be looked up by one UTF-16 unit (drawn as U+FFFD).
            wanted.RemoveWhere(character => character < ' ' || character == '\u007F' || char.IsSurrogate(character));

            SortedDictionary<char, byte[]> glyphs = UnifontHex.Read(unifont, wanted);
            var missing = new List<string>();
            foreach (char character in wanted)
            {
                if (!glyphs.ContainsKey(character))
                {
                    missing.Add(SourceLiterals.Describe(character));
                }
            }

            if (missing.Count > 0)
            {
                missing.Sort(StringComparer.Ordinal);
                Console.Error.WriteLine("font-subset: Unifont has no glyph for " + string.Join(", ", missing) + ".");
                return 1;
            }

            string generated = GlyphTableWriter.Render(glyphs);
            if (check)
            {
                string current = File.Exists(output) ? File.ReadAllText(output, Encoding.UTF8) : string.Empty;
                if (current != generated)
                {
                    Console.Error.WriteLine("font-subset: " + output + " is out of date: run `dotnet run --project tools/FontSubset` and commit it.");
                    return 1;
                }

                Console.Out.WriteLine("font-subset: " + output + " is up to date (" + glyphs.Count + " glyphs).");
                return 0;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, generated, new UTF8Encoding(false));
            Console.Out.WriteLine("font-subset: wrote " + glyphs.Count + " glyphs to " + output + ".");
            return 0;
        }

        private static void Usage(TextWriter writer)
        {
            writer.WriteLine("usage: dotnet run --project tools/FontSubset -- [--check] [--unifont PATH] [--output PATH] [--source FILE.cs|FOLDER]... [--text FILE]...");
            writer.WriteLine("  default sources: " + string.Join(", ", DefaultSources) + " and " + DefaultText);
            writer.WriteLine("  --check  exit 1 when the output file differs from what would be generated");
        }

        private static string FindRepositoryRoot()
        {
            string? directory = Directory.GetCurrentDirectory();
            while (directory != null)
            {
                if (File.Exists(Path.Combine(directory, "Firmware.sln")))
                {
                    return directory;
                }

                directory = Path.GetDirectoryName(directory);
            }

            return Directory.GetCurrentDirectory();
        }
    }
}
