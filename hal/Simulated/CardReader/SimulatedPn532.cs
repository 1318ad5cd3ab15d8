using System;
using System.Collections.Generic;
using Terminal.Hal.Buses;
using Terminal.Hal.Simulated.Buses;
using Terminal.Hal.Simulated.Time;

namespace Terminal.Hal.Simulated.CardReader
{
    /// <summary>
    /// An NXP PN532 on I2C, emulated at the bus: the real driver writes command frames to it and reads the
    /// status byte, the ACK and the responses back, as over a cable (NXP UM0701-02 §6.2). It answers
    /// SAMConfiguration, GetFirmwareVersion, RFConfiguration, Diagnose (communication line, ROM, RAM tests),
    /// InListPassiveTarget, InDataExchange and InRelease, with an <see cref="EmvTestCard"/> in its field, and
    /// drives P70_IRQ (<see cref="InterruptLine"/>) and obeys RSTPDN (<see cref="ConnectReset"/>).
    /// </summary>
    /// <remarks>
    /// <para>Bus behaviour modelled (UM0701-02 §6.2.4): every read transaction starts with the status byte, 01h
    /// when a frame is ready; a read of 2 bytes or more then carries the frame and consumes it, padded with 00h,
    /// so a read shorter than the frame loses its end; a 1-byte read only looks at the status. A NACK from the
    /// host makes the last response ready again (§6.2.1.4); an ACK from the host aborts the running command
    /// (§6.2.1.3). Time is the <see cref="ManualClock"/>: the ACK is ready 1 ms after the command, responses after
    /// their processing time.</para>
    /// <para>Simplification: after power-up the emulator answers RF commands with the error frame until
    /// SAMConfiguration has run. The real chip starts in low-VBat mode and leaves it with SAMConfiguration
    /// (AN10609 p. 21); what it answers before is not documented, so the emulator makes a driver that forgets
    /// the command fail visibly.</para>
    /// <para>Fault switches: <see cref="Silent"/>, <see cref="GarbleNextResponses"/>, <see cref="GarbleNextAcknowledges"/>,
    /// <see cref="CorruptLengthChecksumNextFrames"/>, <see cref="CorruptDataChecksumNextFrames"/>,
    /// <see cref="Unplugged"/> with <see cref="PullCableAfterTransactions"/> and <see cref="Replug"/>,
    /// <see cref="RomTestFails"/>, <see cref="RamTestFails"/>, <see cref="CommunicationLineTestCorrupts"/>,
    /// <see cref="ErrorFrameForNextCommands"/>, <see cref="IntegratedCircuit"/>, <see cref="MissedTransfersAfterPowerUp"/>, and
    /// <see cref="RemoveCardAfterApdus"/>.</para>
    /// </remarks>
    public sealed partial class SimulatedPn532 : II2cDevice
    {
        /// <summary>The PN532's 7-bit I2C address (48h/49h with the R/W bit, UM0701-02 §6.2.4).</summary>
        public const int DefaultAddress = 0x24;

        private readonly ManualClock clock;
        private readonly List<byte> commands = new List<byte>();
        private byte[]? pending;
        private bool pendingIsResponse;
        private long pendingReadyAt;
        private bool pendingWaitsForCard;
        private byte[]? scheduledResponse;
        private long scheduledProcessingMilliseconds;
        private byte[]? lastResponse;
        private bool inReset;
        private long resetFallAt;
        private bool scheduledWaitsForCard;
        private bool unplugged;
        private int transactionsUntilPull = -1;
        private int missedTransfers;
        private bool samConfigured;
        private int passiveActivationRetries = 0xFF;
        private bool targetActive;
        private EmvTestCard? card;

        /// <summary>Creates a powered-up PN532 with no card in its field.</summary>
        /// <param name="clock">The simulation's clock, also moved by the driver's <see cref="SimulatedPollingDelay"/>.</param>
        /// <param name="address">The 7-bit I2C address.</param>
        public SimulatedPn532(ManualClock clock, int address = DefaultAddress)
        {
            ArgumentNullException.ThrowIfNull(clock);
            this.clock = clock;
            Address = address;
            InterruptLine = new SimulatedInputPin(() => !FrameReady());
            PowerOn();
        }

        /// <inheritdoc/>
        public int Address { get; }

        /// <summary>Gets P70_IRQ as the ESP32 sees it: low while a frame waits to be read, high (pull-up) otherwise and when unplugged.</summary>
        public SimulatedInputPin InterruptLine { get; }

        /// <summary>Gets or sets whether the chip takes commands but never gets ready: no ACK, no response.</summary>
        public bool Silent { get; set; }

        /// <summary>Gets or sets how many of the next response frames (resends included) arrive garbled: every byte XOR 5Ah, start code gone.</summary>
        public int GarbleNextResponses { get; set; }

        /// <summary>Gets or sets how many of the next ACK frames arrive garbled.</summary>
        public int GarbleNextAcknowledges { get; set; }

        /// <summary>Gets or sets how many bus transactions after each power-up go unacknowledged while the chip wakes.</summary>
        public int MissedTransfersAfterPowerUp { get; set; }

        /// <summary>Gets or sets how many of the next response frames (resends included) arrive with a wrong LCS.</summary>
        public int CorruptLengthChecksumNextFrames { get; set; }

        /// <summary>Gets or sets how many of the next response frames (resends included) arrive with a wrong DCS.</summary>
        public int CorruptDataChecksumNextFrames { get; set; }

        /// <summary>Gets or sets how many of the next commands are answered with the error frame (§6.2.1.5).</summary>
        public int ErrorFrameForNextCommands { get; set; }

        /// <summary>Gets or sets whether the cable is pulled: every transaction is not acknowledged and P70_IRQ floats high.</summary>
        public bool Unplugged
        {
            get => unplugged;
            set
            {
                if (unplugged && !value)
                {
                    Replug();
                    return;
                }

                unplugged = value;
            }
        }

        /// <summary>Gets or sets whether the ROM test answers FFh ("not good").</summary>
        public bool RomTestFails { get; set; }

        /// <summary>Gets or sets whether the RAM test answers FFh ("not good").</summary>
        public bool RamTestFails { get; set; }

        /// <summary>Gets or sets whether the communication line test echoes one byte altered, in a well-formed frame.</summary>
        public bool CommunicationLineTestCorrupts { get; set; }

        /// <summary>Gets or sets the IC byte GetFirmwareVersion answers: 32h for a PN532.</summary>
        public byte IntegratedCircuit { get; set; } = 0x32;

        /// <summary>Gets or sets how long the ROM and RAM tests take, in milliseconds.</summary>
        public int MemoryTestMilliseconds { get; set; } = 400;

        /// <summary>Gets or sets how long a card takes to answer one APDU, in milliseconds.</summary>
        public int CardAnswerMilliseconds { get; set; } = 20;

        /// <summary>Gets or sets after how many more answered APDUs the card leaves the field; -1 for never.</summary>
        public int RemoveCardAfterApdus { get; set; } = -1;

        /// <summary>Gets the card in the field; <c>null</c> when there is none.</summary>
        public EmvTestCard? Card => card;

        /// <summary>Gets every command code received, in order (frames the chip could decode).</summary>
        public IReadOnlyList<byte> Commands => commands;

        /// <summary>Gets how many NACK frames the host sent.</summary>
        public int NegativeAcknowledgesReceived { get; private set; }

        /// <summary>Gets how many ACK frames (aborts) the host sent.</summary>
        public int AbortsReceived { get; private set; }

        /// <summary>Gets how many frames the chip sent (ACKs, responses, resends).</summary>
        public int FramesSent { get; private set; }

        /// <summary>Gets how many of them were extended information frames (more than 254 data bytes, §6.2.1.2).</summary>
        public int ExtendedFramesSent { get; private set; }

        /// <summary>Gets how many times the chip powered up (construction, reset pulse, re-plug).</summary>
        public int PowerUps { get; private set; }

        /// <summary>Gets how many bus transactions (reads and writes) were attempted.</summary>
        public int Transactions { get; private set; }

        /// <summary>Gets whether SAMConfiguration has run since the last power-up.</summary>
        public bool SamConfigured => samConfigured;

        /// <summary>Gets how many times RSTPDN was pulled low.</summary>
        public int ResetPulses { get; private set; }

        /// <summary>Gets how long RSTPDN was held low the last time, in milliseconds of the simulation clock.</summary>
        public long LastResetPulseMilliseconds { get; private set; }

        /// <summary>Wires RSTPDN: low holds the chip in reset (it does not answer), the rising edge powers it up afresh.</summary>
        /// <param name="resetLine">The output pin the driver drives.</param>
        public void ConnectReset(SimulatedOutputPin resetLine)
        {
            ArgumentNullException.ThrowIfNull(resetLine);
            resetLine.Changed += high =>
            {
                if (!high && !inReset)
                {
                    inReset = true;
                    resetFallAt = clock.MonotonicMilliseconds;
                    ResetPulses++;
                }
                else if (high && inReset)
                {
                    inReset = false;
                    LastResetPulseMilliseconds = clock.MonotonicMilliseconds - resetFallAt;
                    PowerOn();
                }
            };
        }

        /// <summary>Puts a card in the field. A detection in progress finds it.</summary>
        /// <param name="testCard">The card.</param>
        public void PresentCard(EmvTestCard testCard)
        {
            ArgumentNullException.ThrowIfNull(testCard);
            card = testCard;
            targetActive = false;
        }

        /// <summary>Takes the card out of the field.</summary>
        public void RemoveCard()
        {
            card = null;
            targetActive = false;
        }

        /// <summary>Pulls the cable after this many more bus transactions, mid-operation.</summary>
        /// <param name="transactions">Transactions still served, 0 or more.</param>
        public void PullCableAfterTransactions(int transactions)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(transactions);
            transactionsUntilPull = transactions;
        }

        /// <summary>Plugs the cable back: the chip lost power with it and starts afresh (low-VBat mode, RF settings gone).</summary>
        public void Replug()
        {
            unplugged = false;
            transactionsUntilPull = -1;
            PowerOn();
        }

        /// <inheritdoc/>
        public BusStatus Write(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            CheckRange(buffer, offset, count);
            if (!Answers())
            {
                return BusStatus.NotAcknowledged;
            }

            ReceiveFrame(buffer.AsSpan(offset, count).ToArray());
            return BusStatus.Ok;
        }

        /// <inheritdoc/>
        public BusStatus Read(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            CheckRange(buffer, offset, count);
            if (!Answers())
            {
                return BusStatus.NotAcknowledged;
            }

            Array.Clear(buffer, offset, count);
            bool ready = FrameReady();
            buffer[offset] = ready ? (byte)0x01 : (byte)0x00;
            if (!ready || count == 1)
            {
                return BusStatus.Ok;
            }

            byte[] frame = Damage(pending!, pendingIsResponse);
            Array.Copy(frame, 0, buffer, offset + 1, Math.Min(frame.Length, count - 1));
            FramesSent++;
            if (pending!.Length > 4 && pending[3] == 0xFF && pending[4] == 0xFF)
            {
                ExtendedFramesSent++;
            }

            bool wasResponse = pendingIsResponse;
            pending = null;
            if (!wasResponse && scheduledWaitsForCard)
            {
                // The ACK was read: the detection now waits for a card to enter the field.
                Queue(Array.Empty<byte>(), true, 0);
                pendingWaitsForCard = true;
                scheduledWaitsForCard = false;
            }
            else if (!wasResponse && scheduledResponse != null)
            {
                // The ACK was read: the response follows once the command has run.
                Queue(scheduledResponse, true, scheduledProcessingMilliseconds);
                scheduledResponse = null;
            }

            return BusStatus.Ok;
        }

        private bool Answers()
        {
            Transactions++;
            if (transactionsUntilPull == 0)
            {
                unplugged = true;
                transactionsUntilPull = -1;
            }
            else if (transactionsUntilPull > 0)
            {
                transactionsUntilPull--;
            }

            if (unplugged || inReset)
            {
                return false;
            }

            if (missedTransfers > 0)
            {
                missedTransfers--;
                return false;
            }

            return true;
        }

        private bool FrameReady()
        {
            if (unplugged || inReset || pending == null || Silent)
            {
                return false;
            }

            if (pendingWaitsForCard)
            {
                if (card == null)
                {
                    return false;
                }

                // A card entered the field of a detection that waits forever (MxRtyPassiveActivation FFh).
                pending = InformationFrame(ListTarget());
                lastResponse = pending;
                pendingWaitsForCard = false;
                pendingReadyAt = clock.MonotonicMilliseconds;
            }

            return clock.MonotonicMilliseconds >= pendingReadyAt;
        }

        private void PowerOn()
        {
            PowerUps++;
            missedTransfers = MissedTransfersAfterPowerUp;
            pending = null;
            pendingWaitsForCard = false;
            scheduledResponse = null;
            scheduledWaitsForCard = false;
            lastResponse = null;
            samConfigured = false;
            passiveActivationRetries = 0xFF;
            targetActive = false;
        }

        private void Queue(byte[] frame, bool isResponse, long processingMilliseconds)
        {
            pending = frame;
            pendingIsResponse = isResponse;
            pendingReadyAt = clock.MonotonicMilliseconds + processingMilliseconds;
            if (isResponse && frame.Length > 0)
            {
                lastResponse = frame;
            }
        }

        private byte[] Damage(byte[] frame, bool isResponse)
        {
            byte[] sent = (byte[])frame.Clone();
            if (isResponse ? GarbleNextResponses > 0 : GarbleNextAcknowledges > 0)
            {
                if (isResponse)
                {
                    GarbleNextResponses--;
                }
                else
                {
                    GarbleNextAcknowledges--;
                }

                for (int i = 0; i < sent.Length; i++)
                {
                    sent[i] ^= 0x5A;
                }

                return sent;
            }

            if (!isResponse || sent.Length < 8)
            {
                return sent;
            }

            bool extended = sent[3] == 0xFF && sent[4] == 0xFF;
            if (CorruptLengthChecksumNextFrames > 0)
            {
                CorruptLengthChecksumNextFrames--;
                sent[extended ? 7 : 4] ^= 0x01;
            }
            else if (CorruptDataChecksumNextFrames > 0)
            {
                CorruptDataChecksumNextFrames--;
                sent[sent.Length - 2] ^= 0x01;
            }

            return sent;
        }

        private static void CheckRange(byte[] buffer, int offset, int count)
        {
            if (offset < 0 || count < 1 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }
        }
    }
}
