using System;
using System.Collections.Generic;
using System.Text;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Hal.Simulated.Scanner
{
    /// <summary>
    /// A GM65-class QR scanner module behind a <see cref="SimulatedSerialPort"/>: a zone-bit register map in RAM and
    /// in flash, the serial command protocol (read 0x07, write 0x08, save 0x09, replies "02 00 00 Lens Datas CRC"),
    /// scanning in the four read modes, and the side effects the driver depends on: the speed divisor at
    /// 0x002A-0x002B (applied after the reply), the command trigger at 0x0002 bit 0, factory reset by 0x00D9 = 0x50.
    /// It is written apart from the driver's codec (its own CRC and frame parser), so each checks the other.
    /// </summary>
    /// <remarks>
    /// Fault switches: <see cref="Silent"/> (hung: no reply, no scan), <see cref="GarbleReplies"/> (a bad reply
    /// header), <see cref="CorruptChecksums"/> (replies with a wrong CRC), <see cref="FrozenZoneBit"/> (a zone bit
    /// that ignores writes), <see cref="FactoryReset"/> (back to default zone bits and 9600 bit/s), and the port's own
    /// <see cref="SimulatedSerialPort.Unplugged"/> for a pulled cable. As the manual says, a command with a wrong CRC or
    /// format gets no reply, and one whose bytes come more than 400 ms after its "7E 00" is forgotten.
    /// The default zone bits are this emulator's model of a factory-fresh module (manual mode, no end mark, 9600).
    /// </remarks>
    public sealed class Gm65Emulator : ISerialPeer
    {
        /// <summary>The speed after a factory reset, bits per second.</summary>
        public const int FactoryBaudRate = 9600;

        /// <summary>How many zone bits the emulator holds (0x0000-0x01FF).</summary>
        public const int ZoneBitCount = 0x200;

        private const int IncompleteCommandTimeoutMilliseconds = 400;

        private static readonly int[] Speeds = { 1200, 4800, 9600, 14400, 19200, 38400, 57600, 115200 };
        private static readonly int[] Divisors = { 0x09C4, 0x0271, 0x0139, 0x00D0, 0x009C, 0x004E, 0x0034, 0x001A };

        private readonly SimulatedSerialPort port;
        private readonly ManualClock? clock;
        private readonly SimulatedOutputPin? trigger;
        private readonly byte[] ram = new byte[ZoneBitCount];
        private readonly byte[] flash = new byte[ZoneBitCount];
        private readonly List<byte> received = new List<byte>();
        private readonly Queue<string> codesBeforeNextReply = new Queue<string>();
        private long commandStartedAt;
        private bool commandTriggered;

        /// <summary>Creates a factory-fresh module at 9600 bit/s and plugs it into <paramref name="port"/> (as its <see cref="SimulatedSerialPort.Peer"/>).</summary>
        /// <param name="port">The terminal's UART and cable.</param>
        /// <param name="clock">For the manual's 400 ms limit on a command's bytes; <c>null</c> to ignore time.</param>
        /// <param name="trigger">The trigger line the terminal drives (low = pressed, read in manual mode); <c>null</c> when not wired.</param>
        public Gm65Emulator(SimulatedSerialPort port, ManualClock? clock = null, SimulatedOutputPin? trigger = null)
        {
            ArgumentNullException.ThrowIfNull(port);
            this.port = port;
            this.clock = clock;
            this.trigger = trigger;
            byte[] defaults = FactoryZoneBits();
            Array.Copy(defaults, ram, ZoneBitCount);
            Array.Copy(defaults, flash, ZoneBitCount);
            port.Peer = this;
            port.PeerBaudRate = FactoryBaudRate;
        }

        /// <summary>Gets or sets whether the module is hung: it neither answers nor scans.</summary>
        public bool Silent { get; set; }

        /// <summary>Gets or sets whether replies leave with a broken header (a garbled frame).</summary>
        public bool GarbleReplies { get; set; }

        /// <summary>Gets or sets whether replies leave with a wrong CRC.</summary>
        public bool CorruptChecksums { get; set; }

        /// <summary>Gets or sets a zone bit that ignores writes (a module that does not keep a setting); -1 for none.</summary>
        public int FrozenZoneBit { get; set; } = -1;

        /// <summary>Gets the speed the module talks at now.</summary>
        public int BaudRate => port.PeerBaudRate;

        /// <summary>Gets how many well-formed commands the module received (executed, or swallowed while <see cref="Silent"/>).</summary>
        public int CommandsReceived { get; private set; }

        /// <summary>Gets how many commands were refused for a wrong CRC, type or range (no reply, as the manual says).</summary>
        public int CommandsRefused { get; private set; }

        /// <summary>Gets how many times the zone bits were saved to flash (flash wear).</summary>
        public int FlashSaves { get; private set; }

        /// <summary>Gets how many codes went out on the line.</summary>
        public int CodesSent { get; private set; }

        /// <summary>Gets whether a code shown now would be read: depends on the read mode, the trigger and the command trigger.</summary>
        public bool IsLooking
        {
            get
            {
                if (Silent)
                {
                    return false;
                }

                switch (ram[0x0000] & 0x03)
                {
                    case 0:
                        return trigger != null && !trigger.Level;
                    case 1:
                        return commandTriggered;
                    default:
                        return true;
                }
            }
        }

        /// <summary>The zone bits of a factory-fresh module in this emulator: manual mode, serial output, no end mark, 9600 bit/s, a version block.</summary>
        /// <returns>A new array of <see cref="ZoneBitCount"/> bytes.</returns>
        public static byte[] FactoryZoneBits()
        {
            var zoneBits = new byte[ZoneBitCount];
            zoneBits[0x0000] = 0xD4; // decode LED on, sound on, aimer and light standard, manual mode
            zoneBits[0x000D] = 0x00; // serial (TTL-232) output
            zoneBits[0x002A] = 0x39; // 9600 bit/s: divisor 0x0139, low byte first
            zoneBits[0x002B] = 0x01;
            zoneBits[0x0060] = 0x60; // end mark "none", end mark off
            byte[] version = { 0x64, 0x6E, 0x15, 0x03, 0x05, 0x00, 0x00 }; // hw 1.00, sw 1.10, 2021-03-05
            Array.Copy(version, 0, zoneBits, 0x00E1, version.Length);
            return zoneBits;
        }

        /// <summary>Gets a zone bit as the module holds it in RAM now.</summary>
        /// <param name="address">0x0000 to 0x01FF.</param>
        /// <returns>The value.</returns>
        public byte ZoneBit(int address) => ram[address];

        /// <summary>Gets a zone bit as saved in the module's flash (what a power cycle brings back).</summary>
        /// <param name="address">0x0000 to 0x01FF.</param>
        /// <returns>The value.</returns>
        public byte SavedZoneBit(int address) => flash[address];

        /// <summary>Changes a zone bit behind the driver's back (someone scanned a setup barcode).</summary>
        /// <param name="address">0x0000 to 0x01FF.</param>
        /// <param name="value">The new value.</param>
        public void SetZoneBit(int address, byte value) => ram[address] = value;

        /// <summary>Puts the module in the state a terminal leaves it in: the given speed and read mode, CR end mark, all saved.</summary>
        /// <param name="baudRate">The speed (a GM65 speed).</param>
        /// <param name="readMode">Zone bit 0x0000 bits 1-0: 0 manual, 1 command, 2 continuous, 3 sensor.</param>
        public void ConfigureAsInstalled(int baudRate, int readMode)
        {
            int divisor = Divisors[Array.IndexOf(Speeds, baudRate)];
            ram[0x0000] = (byte)((ram[0x0000] & ~0x03) | readMode);
            ram[0x000D] = (byte)(ram[0x000D] & ~0x03);
            ram[0x0060] = (byte)((ram[0x0060] & ~0x7F) | 0x01);
            ram[0x002A] = (byte)(divisor & 0xFF);
            ram[0x002B] = (byte)(divisor >> 8);
            Array.Copy(ram, flash, ZoneBitCount);
            port.PeerBaudRate = baudRate;
        }

        /// <summary>Restores the factory zone bits, in RAM and flash, and the factory speed (as the reset barcode or 0x00D9 = 0x50 do).</summary>
        public void FactoryReset()
        {
            byte[] defaults = FactoryZoneBits();
            Array.Copy(defaults, ram, ZoneBitCount);
            Array.Copy(defaults, flash, ZoneBitCount);
            commandTriggered = false;
            port.PeerBaudRate = FactoryBaudRate;
        }

        /// <summary>Power off and on: RAM comes back from flash, and with it the saved speed.</summary>
        public void PowerCycle()
        {
            Array.Copy(flash, ram, ZoneBitCount);
            commandTriggered = false;
            received.Clear();
            int speed = SpeedOf(ram[0x002A] | (ram[0x002B] << 8));
            port.PeerBaudRate = speed > 0 ? speed : FactoryBaudRate;
        }

        /// <summary>A customer shows a code: when the module is looking, it sends the text and its end mark.</summary>
        /// <param name="text">The code's text (sent as UTF-8 bytes, so non-ASCII text reaches the driver as such).</param>
        /// <returns><c>true</c> when the code went out on the line.</returns>
        public bool Scan(string text)
        {
            byte[]? bytes = CodeBytes(text);
            if (bytes == null)
            {
                return false;
            }

            port.SendToTerminal(bytes);
            return true;
        }

        /// <summary>A code read at the moment the next command arrives: its bytes go out just before that command's reply.</summary>
        /// <param name="text">The code's text.</param>
        public void ScanBeforeNextReply(string text) => codesBeforeNextReply.Enqueue(text);

        /// <summary>A code whose sending is cut by a pulled cable: only its first bytes go out, then the cable is unplugged.</summary>
        /// <param name="text">The code's text.</param>
        /// <param name="bytesBeforeCut">How many bytes reach the terminal.</param>
        /// <returns><c>true</c> when the module was looking and started sending.</returns>
        public bool ScanCutOff(string text, int bytesBeforeCut)
        {
            byte[]? bytes = CodeBytes(text);
            if (bytes == null)
            {
                return false;
            }

            port.SendToTerminal(bytes, 0, Math.Min(bytesBeforeCut, bytes.Length));
            port.Unplugged = true;
            return true;
        }

        /// <inheritdoc/>
        public void Receive(byte[] data, int offset, int count)
        {
            long now = clock?.MonotonicMilliseconds ?? 0;
            if (received.Count > 0 && now - commandStartedAt > IncompleteCommandTimeoutMilliseconds)
            {
                // Manual, 8.2: "more than 400ms after 0x7e 0x00, treat as unknown command".
                received.Clear();
            }

            for (int index = offset; index < offset + count; index++)
            {
                if (received.Count == 0)
                {
                    commandStartedAt = now;
                }

                received.Add(data[index]);
            }

            ProcessReceived();
        }

        /// <summary>The GM65 CRC, written as the manual's reference C routine (bit by bit, the 17-bit way), apart from the driver's.</summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The CRC, 0 to 0xFFFF.</returns>
        public static int Crc(byte[] data, int offset, int count)
        {
            int crc = 0;
            for (int index = offset; index < offset + count; index++)
            {
                for (int bit = 0x80; bit != 0; bit /= 2)
                {
                    crc *= 2;
                    if ((crc & 0x10000) != 0)
                    {
                        crc ^= 0x11021;
                    }

                    if ((data[index] & bit) != 0)
                    {
                        crc ^= 0x1021;
                    }
                }
            }

            return crc;
        }

        /// <summary>Builds a reply frame as the module does: 02 00, type, Lens (0x00 = 256), data, CRC over type..data.</summary>
        /// <param name="data">1 to 256 data bytes.</param>
        /// <param name="type">The type byte (0x00 = success).</param>
        /// <returns>The frame.</returns>
        public static byte[] EncodeReply(byte[] data, byte type = 0x00)
        {
            ArgumentNullException.ThrowIfNull(data);
            ArgumentOutOfRangeException.ThrowIfLessThan(data.Length, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(data.Length, 256);
            var frame = new byte[data.Length + 6];
            frame[0] = 0x02;
            frame[1] = 0x00;
            frame[2] = type;
            frame[3] = (byte)(data.Length & 0xFF);
            Array.Copy(data, 0, frame, 4, data.Length);
            int crc = Crc(frame, 2, data.Length + 2);
            frame[^2] = (byte)(crc >> 8);
            frame[^1] = (byte)crc;
            return frame;
        }

        /// <summary>Decodes one command frame as the module does (CRC or "AB CD" accepted).</summary>
        /// <param name="frame">The bytes, starting with 7E 00.</param>
        /// <param name="type">The Types byte.</param>
        /// <param name="address">The address.</param>
        /// <param name="data">The data bytes.</param>
        /// <returns><c>true</c> when the bytes are exactly one well-formed frame with a good CRC.</returns>
        public static bool TryDecodeCommand(byte[] frame, out int type, out int address, out byte[] data)
        {
            ArgumentNullException.ThrowIfNull(frame);
            type = 0;
            address = 0;
            data = Array.Empty<byte>();
            if (frame.Length < 9 || frame[0] != 0x7E || frame[1] != 0x00)
            {
                return false;
            }

            int length = frame[3] == 0 ? 256 : frame[3];
            if (frame.Length != length + 8)
            {
                return false;
            }

            int crc = Crc(frame, 2, length + 4);
            bool crcSkipped = frame[^2] == 0xAB && frame[^1] == 0xCD;
            if (!crcSkipped && (frame[^2] != (byte)(crc >> 8) || frame[^1] != (byte)crc))
            {
                return false;
            }

            type = frame[2];
            address = (frame[4] << 8) | frame[5];
            data = new byte[length];
            Array.Copy(frame, 6, data, 0, length);
            return true;
        }

        private static int SpeedOf(int divisor)
        {
            int index = Array.IndexOf(Divisors, divisor);
            return index < 0 ? 0 : Speeds[index];
        }

        private byte[]? CodeBytes(string text)
        {
            if (!IsLooking || (ram[0x000D] & 0x03) != 0)
            {
                return null;
            }

            var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
            if ((ram[0x0060] & 0x01) != 0)
            {
                switch ((ram[0x0060] >> 5) & 0x03)
                {
                    case 0:
                        bytes.Add(0x0D);
                        break;
                    case 1:
                        bytes.Add(0x0D);
                        bytes.Add(0x0A);
                        break;
                    case 2:
                        bytes.Add(0x09);
                        break;
                }
            }

            if ((ram[0x0000] & 0x03) == 1)
            {
                commandTriggered = false; // one read per command trigger
            }

            CodesSent++;
            return bytes.ToArray();
        }

        private void ProcessReceived()
        {
            while (true)
            {
                // Hunt for "7E 00": anything before it is noise the module ignores.
                while (received.Count > 0 && (received[0] != 0x7E || (received.Count > 1 && received[1] != 0x00)))
                {
                    received.RemoveAt(0);
                }

                if (received.Count < 6)
                {
                    return;
                }

                int length = received[3] == 0 ? 256 : received[3];
                if (received.Count < length + 8)
                {
                    return;
                }

                byte[] frame = received.GetRange(0, length + 8).ToArray();
                if (!TryDecodeCommand(frame, out int type, out int address, out byte[] data) || !Execute(type, address, data))
                {
                    // No reply; look for a real header inside what looked like a frame.
                    CommandsRefused++;
                    received.RemoveAt(0);
                    continue;
                }

                received.RemoveRange(0, length + 8);
            }
        }

        private bool Execute(int type, int address, byte[] data)
        {
            if (type < 0x07 || type > 0x09)
            {
                return false;
            }

            CommandsReceived++;
            if (Silent)
            {
                return true;
            }

            switch (type)
            {
                case 0x07:
                    int count = data[0] == 0 ? 256 : data[0];
                    if (data.Length != 1 || address + count > ZoneBitCount)
                    {
                        return false;
                    }

                    var values = new byte[count];
                    Array.Copy(ram, address, values, 0, count);
                    Reply(values);
                    return true;
                case 0x08:
                    if (address + data.Length > ZoneBitCount)
                    {
                        return false;
                    }

                    for (int index = 0; index < data.Length; index++)
                    {
                        if (address + index != FrozenZoneBit)
                        {
                            ram[address + index] = data[index];
                        }
                    }

                    Reply(new byte[] { 0x00 });
                    AfterWrite(address, data.Length);
                    return true;
                default:
                    if (address != 0 || data.Length != 1 || data[0] != 0)
                    {
                        return false;
                    }

                    Array.Copy(ram, flash, ZoneBitCount);
                    FlashSaves++;
                    Reply(new byte[] { 0x00 });
                    return true;
            }
        }

        // Side effects that follow the reply (the reply leaves at the old speed).
        private void AfterWrite(int address, int length)
        {
            bool Touches(int zoneBit) => address <= zoneBit && zoneBit < address + length;

            if (Touches(0x0002) && (ram[0x0002] & 0x01) != 0)
            {
                ram[0x0002] &= 0xFE;
                commandTriggered = (ram[0x0000] & 0x03) == 1;
            }

            if (Touches(0x00D9) && ram[0x00D9] == 0x50)
            {
                FactoryReset();
                return;
            }

            if (Touches(0x002A) || Touches(0x002B))
            {
                int speed = SpeedOf(ram[0x002A] | (ram[0x002B] << 8));
                if (speed > 0)
                {
                    port.PeerBaudRate = speed;
                }
            }
        }

        private void Reply(byte[] data)
        {
            while (codesBeforeNextReply.Count > 0)
            {
                Scan(codesBeforeNextReply.Dequeue());
            }

            byte[] frame = EncodeReply(data);
            if (CorruptChecksums)
            {
                frame[^1] ^= 0x5A;
            }

            if (GarbleReplies)
            {
                frame[1] = 0x5A;
            }

            port.SendToTerminal(frame);
        }
    }
}
