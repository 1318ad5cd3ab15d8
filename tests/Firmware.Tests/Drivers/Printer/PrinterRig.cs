using System;
using System.Collections.Generic;
using System.Linq;
using Terminal.Drivers.Printer.EscPos;
using Terminal.Hal.Printer;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Printer;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Printer
{
    /// <summary>The real ESC/POS driver on a simulated UART with the printer emulator on its far end, and a manual clock the read timeouts move.</summary>
    internal sealed class PrinterRig
    {
        public const long StartUtcMilliseconds = 1795392000000; // 2026-11-23T00:00:00Z

        public PrinterRig(EscPosPrinterSettings? settings = null, bool chineseModeAtPowerOn = false)
        {
            Clock = new ManualClock(StartUtcMilliseconds);
            Port = new SimulatedSerialPort(9600, Clock);
            Emulator = new EscPosPrinterEmulator(Port, chineseModeAtPowerOn);
            Settings = settings ?? EscPosPrinterSettings.CreateDefault();
            Driver = new EscPosPrinter(Port, Settings);
        }

        public ManualClock Clock { get; }

        public SimulatedSerialPort Port { get; }

        public EscPosPrinterEmulator Emulator { get; }

        public EscPosPrinterSettings Settings { get; }

        public EscPosPrinter Driver { get; }

        /// <summary>Every non-blank line on paper, across slips.</summary>
        public IReadOnlyList<string> PaperText => Emulator.Lines.Where(line => line.Text.Length > 0).Select(line => line.Text).ToList();

        /// <summary>A document of numbered lines, "LINE 01" ...</summary>
        public static PrintDocument Numbered(int lines)
        {
            var document = new PrintDocument();
            for (int i = 1; i <= lines; i++)
            {
                document.AddText("LINE " + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), PrintAlignment.Left, PrintStyle.Normal);
            }

            return document;
        }

        public static IReadOnlyList<string> NumberedTexts(int lines)
        {
            return Enumerable.Range(1, lines).Select(i => "LINE " + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }

        public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string because)
        {
            if (!expected.SequenceEqual(actual))
            {
                throw new Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException(
                    because + Environment.NewLine + "expected:" + Environment.NewLine + string.Join(Environment.NewLine, expected)
                    + Environment.NewLine + "actual:" + Environment.NewLine + string.Join(Environment.NewLine, actual));
            }
        }
    }
}
