using Terminal.Hal.Board;
using Terminal.Hal.Network;
using Terminal.Hal.Platform;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.Tests.App.SelfTests.Hardware
{
    /// <summary>A board with the simulated one's storage, clock and platform but no peripheral fitted: every part test must SKIP.</summary>
    internal sealed class NoPartsBoard : ITerminalBoard
    {
        private readonly ITerminalBoard _inner;

        public NoPartsBoard(ITerminalBoard inner)
        {
            _inner = inner;
        }

        public IFileStorage Storage => _inner.Storage;

        public IIdentityWitness IdentityWitness => _inner.IdentityWitness;

        public IClock Clock => _inner.Clock;

        public IHttpLink HostLink => _inner.HostLink;

        public DisplayWiring Display => null!;

        public PrinterWiring Printer => null!;

        public KeypadWiring Keypad => null!;

        public CardReaderWiring CardReader => null!;

        public ScannerWiring Scanner => null!;

        public PlatformWiring Platform => _inner.Platform;
    }
}
