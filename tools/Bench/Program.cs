using System;
using System.IO;

namespace Terminal.Tools.Bench
{
    /// <summary>Entry point: dispatches the benchmark named on the command line.</summary>
    internal static class Program
    {
        private const string Usage =
            "Usage: dotnet run -c Release --project tools/Bench -- <command> [options]\n"
            + "\n"
            + "Commands:\n"
            + "  journal [--breakdown]  Transaction journal vs a naive rewrite-the-queue baseline on the\n"
            + "                         simulated flash. Prints one 'name value' line per figure on stdout.\n"
            + "                         Targets missed are explained on stderr; --breakdown explains all.\n"
            + "  latency [--breakdown]  Answer-to-screen latency of the payment flow: flash writes and modelled\n"
            + "                         erases between the host's answer and the result screen, and modelled\n"
            + "                         ESP32-S3 milliseconds (docs/latency-model.md). Counts only, no clock.\n"
            + "  display                The peripherals' figures: bytes sent to the panel when a result replaces\n"
            + "                         the authorizing screen (share of a full frame), allocation per countdown\n"
            + "                         frame and per keypad scan, receipt bytes on the printer's wire, QR encoder\n"
            + "                         allocations. Counts only, no clock.\n"
            + "  help                   Shows this text.\n"
            + "\n"
            + "Exit codes: 0 ran (check <command>.targets_met), 1 inconsistent run, 2 bad arguments.\n"
            + "See tools/Bench/README.md for what each figure means.\n";

        private static int Main(string[] args)
        {
            if (args.Length == 1 && (args[0] == "help" || args[0] == "--help" || args[0] == "-h"))
            {
                Console.Out.Write(Usage);
                return 0;
            }

            if (args.Length >= 1 && (args[0] == "journal" || args[0] == "latency"))
            {
                bool breakdown = false;
                for (int i = 1; i < args.Length; i++)
                {
                    if (args[i] != "--breakdown")
                    {
                        return Fail("unknown option '" + args[i] + "' for '" + args[0] + "'");
                    }

                    breakdown = true;
                }

                if (!DeviceLikeRuntime.IsActive)
                {
                    return DeviceLikeRuntime.RunInChild(args);
                }

                if (args[0] == "latency")
                {
                    return new LatencyBenchmark(new BenchOutput(Console.Out), Console.Error, breakdown).Run();
                }

                return new JournalBenchmark(new BenchOutput(Console.Out), Console.Error, breakdown).Run();
            }

            if (args.Length == 1 && args[0] == "display")
            {
                if (!DeviceLikeRuntime.IsActive)
                {
                    return DeviceLikeRuntime.RunInChild(args);
                }

                BenchOutput output = new BenchOutput(Console.Out);
                ScreenBenchmark.Measure(output);
                DisplayBenchmark.Measure(output);
                KeypadBenchmark.Measure(output);
                PrinterBenchmark.Measure(output);
                QrBenchmark.Measure(output);
                return 0;
            }

            return Fail(args.Length == 0 ? "no command given" : "unknown command '" + args[0] + "'");
        }

        private static int Fail(string message)
        {
            TextWriter error = Console.Error;
            error.WriteLine("bench: error: " + message + ".");
            error.Write(Usage);
            return 2;
        }
    }
}
