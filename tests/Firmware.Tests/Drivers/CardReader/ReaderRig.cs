using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.CardReader.Pn532;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>The real PN532 driver wired to the emulator, as the board wires it: I2C at 24h, IRQ, RSTPDN, a clock that moves only when polled.</summary>
    internal sealed class ReaderRig
    {
        public ReaderRig(Action<Pn532Settings>? configure = null, bool withInterruptLine = true, bool withResetLine = true)
        {
            Clock = new ManualClock(1_767_225_600_000);
            Delay = new SimulatedPollingDelay(Clock);
            Chip = new SimulatedPn532(Clock);
            ResetLine = new SimulatedOutputPin(initialLevel: true);
            Chip.ConnectReset(ResetLine);
            Settings = new Pn532Settings();
            configure?.Invoke(Settings);
            Reader = new Pn532Reader(Chip, withInterruptLine ? Chip.InterruptLine : null, withResetLine ? ResetLine : null, Clock, Delay, Settings);
        }

        public ManualClock Clock { get; }

        public SimulatedPollingDelay Delay { get; }

        public SimulatedPn532 Chip { get; }

        public SimulatedOutputPin ResetLine { get; }

        public Pn532Settings Settings { get; }

        public Pn532Reader Reader { get; }

        public CardReadOutcome Read(out CardRead? read)
        {
            CardReadOutcome outcome = Reader.TryRead(out CardRead value);
            read = value;
            return outcome;
        }

        public CardRead ReadCard()
        {
            CardReadOutcome outcome = Read(out CardRead? read);
            Assert.AreEqual(CardReadOutcome.CardRead, outcome);
            Assert.IsNotNull(read);
            return read;
        }

        /// <summary>Lets the reconnect interval pass, as the app's loop would between polls.</summary>
        public void WaitForReconnect()
        {
            Clock.Advance(Settings.ReconnectIntervalMilliseconds);
        }

        public static byte[] Payload(CardRead read)
        {
            byte[] payload = new byte[read.PayloadLength];
            read.CopyPayloadTo(payload, 0);
            return payload;
        }
    }
}
