using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Drivers.CardReader.Pn532;
using Terminal.Hal.Buses;
using Terminal.Hal.CardReader;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Tests.Drivers.CardReader
{
    /// <summary>
    /// The emulator's bus behaviour on its own, byte for byte, so that the driver tests rest on a PN532 that
    /// behaves as UM0701-02 §6.2 says; and the driver's idle poll measured over an allocation-free stub.
    /// </summary>
    [TestClass]
    public sealed class SimulatedPn532Tests
    {
        private static readonly byte[] GetFirmwareVersion = { 0x00, 0x00, 0xFF, 0x02, 0xFE, 0xD4, 0x02, 0x2A, 0x00 };

        [TestMethod]
        public void A_command_is_acknowledged_then_answered_each_behind_a_ready_status_byte()
        {
            var clock = new ManualClock(0);
            var chip = new SimulatedPn532(clock);
            byte[] buffer = new byte[14];

            Assert.AreEqual(BusStatus.Ok, chip.Write(GetFirmwareVersion, 0, GetFirmwareVersion.Length));
            Assert.AreEqual(BusStatus.Ok, chip.Read(buffer, 0, 1));
            Assert.AreEqual(0x00, buffer[0], "the ACK takes a millisecond");
            Assert.IsTrue(chip.InterruptLine.Read(), "IRQ high while nothing waits");

            clock.Advance(1);
            Assert.IsFalse(chip.InterruptLine.Read(), "IRQ low when the ACK waits");
            chip.Read(buffer, 0, 7);
            CollectionAssert.AreEqual(new byte[] { 0x01, 0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00 }, buffer.Take(7).ToArray());

            clock.Advance(1);
            chip.Read(buffer, 0, 14);
            CollectionAssert.AreEqual(new byte[] { 0x01, 0x00, 0x00, 0xFF, 0x06, 0xFA, 0xD5, 0x03, 0x32, 0x01, 0x06, 0x07, 0xE8, 0x00 }, buffer);
        }

        [TestMethod]
        public void A_one_byte_read_only_looks_and_a_short_read_loses_the_rest_until_a_NACK()
        {
            var clock = new ManualClock(0);
            var chip = new SimulatedPn532(clock);
            byte[] buffer = new byte[14];
            chip.Write(GetFirmwareVersion, 0, GetFirmwareVersion.Length);
            clock.Advance(1);
            chip.Read(buffer, 0, 7);
            clock.Advance(1);

            chip.Read(buffer, 0, 1);
            Assert.AreEqual(0x01, buffer[0]);
            chip.Read(buffer, 0, 8);
            chip.Read(buffer, 0, 1);
            Assert.AreEqual(0x00, buffer[0], "the short read consumed the frame");

            chip.Write(new byte[] { 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00 }, 0, 6);
            chip.Read(buffer, 0, 14);
            Assert.AreEqual(0xE8, buffer[12], "the NACK brought the whole frame back");
        }

        [TestMethod]
        public void An_ACK_from_the_host_aborts_the_command()
        {
            var clock = new ManualClock(0);
            var chip = new SimulatedPn532(clock);
            byte[] buffer = new byte[14];
            chip.Write(GetFirmwareVersion, 0, GetFirmwareVersion.Length);
            clock.Advance(1);
            chip.Read(buffer, 0, 7);

            chip.Write(new byte[] { 0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00 }, 0, 6);
            clock.Advance(10);

            chip.Read(buffer, 0, 1);
            Assert.AreEqual(0x00, buffer[0]);
            Assert.AreEqual(1, chip.AbortsReceived);
        }

        [TestMethod]
        public void A_pulled_cable_acknowledges_nothing_and_a_reset_pulse_powers_the_chip_up_again()
        {
            var clock = new ManualClock(0);
            var chip = new SimulatedPn532(clock);
            var reset = new Terminal.Hal.Simulated.Buses.SimulatedOutputPin(true);
            chip.ConnectReset(reset);

            chip.Unplugged = true;
            Assert.AreEqual(BusStatus.NotAcknowledged, chip.Write(GetFirmwareVersion, 0, GetFirmwareVersion.Length));
            Assert.IsTrue(chip.InterruptLine.Read());
            chip.Replug();
            reset.Write(false);
            Assert.AreEqual(BusStatus.NotAcknowledged, chip.Read(new byte[1], 0, 1), "held in reset");
            clock.Advance(20);
            reset.Write(true);

            Assert.AreEqual(BusStatus.Ok, chip.Read(new byte[1], 0, 1));
            Assert.AreEqual(20, chip.LastResetPulseMilliseconds);
            Assert.AreEqual(3, chip.PowerUps);
        }

        [TestMethod]
        public void An_idle_poll_of_the_driver_allocates_nothing()
        {
            var clock = new ManualClock(0);
            var stub = new NoTargetStub();
            var reader = new Pn532Reader(stub, null, null, clock, new SimulatedPollingDelay(clock), new Pn532Settings());
            for (int i = 0; i < 10; i++)
            {
                Assert.AreEqual(CardReadOutcome.NoCard, reader.TryRead(out _));
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                reader.TryRead(out _);
            }

            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        /// <summary>A PN532 that answers every command with its ACK and a fixed response, allocating nothing.</summary>
        private sealed class NoTargetStub : II2cDevice
        {
            private static readonly byte[] Acknowledge = { 0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00 };
            private readonly byte[][] responses = new byte[256][];
            private byte[]? pending;
            private byte[]? next;

            public NoTargetStub()
            {
                responses[0x14] = SimulatedPn532.InformationFrame(new byte[] { 0x15 });
                responses[0x02] = SimulatedPn532.InformationFrame(new byte[] { 0x03, 0x32, 0x01, 0x06, 0x07 });
                responses[0x32] = SimulatedPn532.InformationFrame(new byte[] { 0x33 });
                responses[0x4A] = SimulatedPn532.InformationFrame(new byte[] { 0x4B, 0x00 });
            }

            public int Address => 0x24;

            public BusStatus Write(byte[] buffer, int offset, int count)
            {
                if (count > 6)
                {
                    pending = Acknowledge;
                    next = responses[buffer[offset + 6]];
                }

                return BusStatus.Ok;
            }

            public BusStatus Read(byte[] buffer, int offset, int count)
            {
                Array.Clear(buffer, offset, count);
                if (pending == null)
                {
                    return BusStatus.Ok;
                }

                buffer[offset] = 0x01;
                if (count > 1)
                {
                    Array.Copy(pending, 0, buffer, offset + 1, Math.Min(pending.Length, count - 1));
                    pending = next;
                    next = null;
                }

                return BusStatus.Ok;
            }
        }
    }
}
