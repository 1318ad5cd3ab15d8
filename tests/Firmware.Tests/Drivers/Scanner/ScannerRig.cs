using Terminal.Drivers.Scanner.Gm65;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Scanner;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.Scanner
{
    /// <summary>The real GM65 driver over the GM65 emulator on a simulated UART, with the trigger line between them.</summary>
    internal sealed class ScannerRig
    {
        public ScannerRig(Gm65Settings? settings = null, bool installed = true)
        {
            Settings = settings ?? Gm65Settings.CreateDefault();
            Clock = new ManualClock(1_700_000_000_000);
            Port = new SimulatedSerialPort(Settings.BaudRate, Clock);
            Trigger = new SimulatedOutputPin(initialLevel: true);
            Module = new Gm65Emulator(Port, Clock, Trigger);
            if (installed)
            {
                Module.ConfigureAsInstalled(Settings.BaudRate, (int)Settings.ReadMode);
            }

            Scanner = new Gm65Scanner(Port, Port, Trigger, Clock, Settings);
        }

        public Gm65Settings Settings { get; }

        public ManualClock Clock { get; }

        public SimulatedSerialPort Port { get; }

        public SimulatedOutputPin Trigger { get; }

        public Gm65Emulator Module { get; }

        public Gm65Scanner Scanner { get; }

        public static Gm65Settings Mode(Gm65ReadMode mode)
        {
            Gm65Settings settings = Gm65Settings.CreateDefault();
            settings.ReadMode = mode;
            return settings;
        }

        public string? Read()
        {
            return Scanner.TryReadCode(out string text) ? text : null;
        }
    }
}
