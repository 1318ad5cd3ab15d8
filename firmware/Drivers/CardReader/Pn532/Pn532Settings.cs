using System;
using Terminal.Hal.CardReader;

namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// The timing and protocol choices of <see cref="Pn532Reader"/>. The defaults suit a PN532 breakout on I2C at
    /// 100 kHz and a terminal in China; each says where its value comes from. The board or a test changes them
    /// before it creates the reader; the reader checks them once (<see cref="Validate"/>).
    /// </summary>
    public sealed class Pn532Settings
    {
        /// <summary>
        /// Gets or sets how long to wait for the ACK frame after a command, in milliseconds (1 to 1000). The PN532
        /// acknowledges in about 1 ms; Adafruit's and Seeed's drivers wait 10 ms (PN532_ACK_WAIT_TIME). 30 ms
        /// leaves room for a busy I2C bus.
        /// </summary>
        public int AcknowledgeTimeoutMilliseconds { get; set; } = 30;

        /// <summary>
        /// Gets or sets how long to wait for the response of a command that does not talk to a card
        /// (SAMConfiguration, GetFirmwareVersion, RFConfiguration, InRelease, the communication line test), in
        /// milliseconds (1 to 10000).
        /// </summary>
        public int CommandTimeoutMilliseconds { get; set; } = 100;

        /// <summary>
        /// Gets or sets how long to wait for InListPassiveTarget's answer, in milliseconds (1 to 10000). With
        /// <see cref="PassiveActivationRetries"/> at 1 the PN532 answers "no target" after two polls of the field,
        /// a few milliseconds.
        /// </summary>
        public int DetectionTimeoutMilliseconds { get; set; } = 150;

        /// <summary>
        /// Gets or sets how long to wait for one InDataExchange with a card, in milliseconds (1 to 10000). The
        /// PN532 times out a silent card by itself (status 01h); this bounds a PN532 that stops answering. EMV
        /// cards answer GET PROCESSING OPTIONS in 50 to 300 ms.
        /// </summary>
        public int CardExchangeTimeoutMilliseconds { get; set; } = 1000;

        /// <summary>
        /// Gets or sets how long to wait for a ROM or RAM test, in milliseconds (1 to 10000). dotnet/iot's PN532
        /// binding waits 1500 ms for them, an empirical value; 2000 ms gives margin.
        /// </summary>
        public int SelfTestTimeoutMilliseconds { get; set; } = 2000;

        /// <summary>
        /// Gets or sets the pause between two polls of the ready byte or the IRQ line, in milliseconds (1 to 100).
        /// 1 ms: the ACK arrives within about a millisecond, and a longer pause only delays every exchange. Not 0:
        /// a poll loop must give the CPU away (and let a simulated clock move).
        /// </summary>
        public int PollIntervalMilliseconds { get; set; } = 1;

        /// <summary>
        /// Gets or sets how many frame bytes the first read of a response fetches (8 to 275). A response longer
        /// than this is fetched again whole after a NACK (the PN532 resends its last response, UM0701-02
        /// §6.2.1.4), as ESPHome's PN532 I2C driver does. 64 bytes hold every response but card records, and
        /// take about 6 ms at 100 kHz.
        /// </summary>
        public int FirstReadBytes { get; set; } = 64;

        /// <summary>
        /// Gets or sets how many times a damaged response (wrong LCS or DCS, garbled) is asked for again with a NACK
        /// before the exchange fails with a link fault (0 to 5).
        /// </summary>
        public int NegativeAcknowledgeRetries { get; set; } = 2;

        /// <summary>
        /// Gets or sets how many times a command is sent again when its ACK did not come or came damaged (0 to 5).
        /// The running command is aborted first with an ACK from the host (UM0701-02 §6.2.1.3). Every command this
        /// driver resends is harmless twice (detection, SELECT, READ RECORD; GET PROCESSING OPTIONS only counts
        /// one more card transaction).
        /// </summary>
        public int CommandRetries { get; set; } = 1;

        /// <summary>
        /// Gets or sets how long after a failed resynchronisation the reader is tried again, in milliseconds (0 to
        /// 600000). In between, reads answer <see cref="CardReadOutcome.ReaderNotResponding"/> without touching
        /// the bus, so a pulled cable does not cost a reset pulse every poll.
        /// </summary>
        public int ReconnectIntervalMilliseconds { get; set; } = 1000;

        /// <summary>
        /// Gets or sets MxRtyPassiveActivation of RFConfiguration item 05h (UM0701-02 §7.3.1): how many more times
        /// InListPassiveTarget polls the field before answering "no target" (0 to 254; FFh, "forever", is refused
        /// because a read must not wait for a card).
        /// </summary>
        public int PassiveActivationRetries { get; set; } = 1;

        /// <summary>
        /// Gets or sets how long RSTPDN is held low for a hard reset, in milliseconds (0 to 1000; 0 with no reset
        /// line). 20 ms covers the RC of the breakouts' 10 kΩ pull-ups; Adafruit's driver holds 400 ms, with no
        /// datasheet reason given.
        /// </summary>
        public int ResetPulseMilliseconds { get; set; } = 20;

        /// <summary>
        /// Gets or sets the wait after RSTPDN goes high before the first command, in milliseconds (0 to 1000). 10 ms,
        /// after the reset timing diagram of the PN532 data sheet §12.23 as Seeed's driver reads it.
        /// </summary>
        public int ResetRecoveryMilliseconds { get; set; } = 10;

        /// <summary>
        /// Gets or sets how many times the first command after a reset is written when the chip does not acknowledge
        /// its I2C address (1 to 10): a PN532 in power-down wakes on its address and may miss that first transfer.
        /// dotnet/iot's binding tries its wake-up write three times.
        /// </summary>
        public int WakeUpAttempts { get; set; } = 3;

        /// <summary>Gets or sets the wait between two wake-up attempts, in milliseconds (0 to 100).</summary>
        public int WakeUpRetryDelayMilliseconds { get; set; } = 2;

        /// <summary>
        /// Gets or sets whether the self-test runs the ROM and RAM tests after the communication line test. They
        /// take up to a second or two; the communication line test alone takes milliseconds.
        /// </summary>
        public bool RunMemoryTests { get; set; } = true;

        /// <summary>
        /// Gets or sets the Terminal Transaction Qualifiers (tag 9F66, 4 bytes) put in the PDOL of GET PROCESSING
        /// OPTIONS. Default 22 80 40 00: byte 1 qVSDC supported (bit 6) and signature supported (bit 2); byte 2
        /// online cryptogram required (bit 8); byte 3 consumer device CVM supported (bit 7). The acquirer's kernel
        /// configuration gives the real value.
        /// </summary>
        public byte[] TerminalTransactionQualifiers { get; set; } = new byte[] { 0x22, 0x80, 0x40, 0x00 };

        /// <summary>Gets or sets the terminal country code (tag 9F1A, ISO 3166-1 numeric, 0 to 999) put in the PDOL: 156, China.</summary>
        public int TerminalCountryCode { get; set; } = 156;

        /// <summary>Gets or sets the transaction currency code (tag 5F2A, ISO 4217 numeric, 0 to 999) put in the PDOL: 156, yuan.</summary>
        public int TransactionCurrencyCode { get; set; } = 156;

        /// <summary>
        /// Gets or sets the most payload bytes a read carries (64 to <see cref="CardRead.MaximumPayloadBytes"/>).
        /// Card records that do not fit whole are left out of the payload (the host then asks for them or declines).
        /// </summary>
        public int MaximumPayloadBytes { get; set; } = CardRead.MaximumPayloadBytes;

        /// <summary>Checks every value against its documented range.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A value is outside its range; the message names it.</exception>
        /// <exception cref="ArgumentException"><see cref="TerminalTransactionQualifiers"/> is not 4 bytes.</exception>
        public void Validate()
        {
            Check(AcknowledgeTimeoutMilliseconds, 1, 1000, "AcknowledgeTimeoutMilliseconds");
            Check(CommandTimeoutMilliseconds, 1, 10000, "CommandTimeoutMilliseconds");
            Check(DetectionTimeoutMilliseconds, 1, 10000, "DetectionTimeoutMilliseconds");
            Check(CardExchangeTimeoutMilliseconds, 1, 10000, "CardExchangeTimeoutMilliseconds");
            Check(SelfTestTimeoutMilliseconds, 1, 10000, "SelfTestTimeoutMilliseconds");
            Check(PollIntervalMilliseconds, 1, 100, "PollIntervalMilliseconds");
            Check(FirstReadBytes, 8, Pn532FrameCodec.MaximumFrameLength, "FirstReadBytes");
            Check(NegativeAcknowledgeRetries, 0, 5, "NegativeAcknowledgeRetries");
            Check(CommandRetries, 0, 5, "CommandRetries");
            Check(ReconnectIntervalMilliseconds, 0, 600000, "ReconnectIntervalMilliseconds");
            Check(PassiveActivationRetries, 0, 254, "PassiveActivationRetries");
            Check(ResetPulseMilliseconds, 0, 1000, "ResetPulseMilliseconds");
            Check(ResetRecoveryMilliseconds, 0, 1000, "ResetRecoveryMilliseconds");
            Check(WakeUpAttempts, 1, 10, "WakeUpAttempts");
            Check(WakeUpRetryDelayMilliseconds, 0, 100, "WakeUpRetryDelayMilliseconds");
            Check(TerminalCountryCode, 0, 999, "TerminalCountryCode");
            Check(TransactionCurrencyCode, 0, 999, "TransactionCurrencyCode");
            Check(MaximumPayloadBytes, 64, CardRead.MaximumPayloadBytes, "MaximumPayloadBytes");
            if (TerminalTransactionQualifiers == null || TerminalTransactionQualifiers.Length != 4)
            {
                throw new ArgumentException("TerminalTransactionQualifiers must be 4 bytes", "TerminalTransactionQualifiers");
            }
        }

        private static void Check(int value, int minimum, int maximum, string name)
        {
            if (value < minimum || value > maximum)
            {
                throw new ArgumentOutOfRangeException(name, name + " must be " + minimum.ToString() + " to " + maximum.ToString());
            }
        }
    }
}
