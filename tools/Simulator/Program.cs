using System;
using System.IO;

namespace Terminal.Tools.Simulator
{
    /// <summary>
    /// The terminal on a PC. Today: a headless scripted session on simulated hardware.
    /// <code>
    /// dotnet run --project tools/Simulator                      # the sample power-cut session
    /// dotnet run --project tools/Simulator -- --script FILE     # your own script
    /// </code>
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            string script = Path.Combine(AppContext.BaseDirectory, "scripts", "power-cut.txt");
            int seed = 1;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--script" when i + 1 < args.Length:
                        script = args[++i];
                        break;
                    case "--seed" when i + 1 < args.Length:
                        if (!int.TryParse(args[++i], out seed))
                        {
                            Console.Error.WriteLine($"simulator: --seed needs a whole number, not '{args[i]}'");
                            return 2;
                        }

                        break;
                    case "--headless":
                        break;
                    default:
                        Console.Error.WriteLine($"simulator: unknown argument '{args[i]}'");
                        Console.Error.WriteLine("usage: simulator [--headless] [--script FILE] [--seed N]");
                        return 2;
                }
            }

            if (!File.Exists(script))
            {
                Console.Error.WriteLine($"simulator: no script at {script}");
                return 2;
            }

            Console.WriteLine($"terminal simulator: running {Path.GetFileName(script)}");
            return new ScriptRunner(Console.Out, seed).Run(File.ReadAllLines(script));
        }
    }
}
