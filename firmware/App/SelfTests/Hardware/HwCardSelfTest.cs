using Terminal.Hal.CardReader;
using Terminal.Hal.Keypad;

namespace Terminal.App.SelfTests.Hardware
{
    /// <summary>
    /// HW-CARD: card/NFC reader fault. Automatic part: the reader's own health check (<see cref="ICardReader.CheckHealth"/>:
    /// on the PN532, SAMConfiguration, GetFirmwareVersion with the chip's IC byte, RFConfiguration of the antenna
    /// field's retries, and the Diagnose communication line, ROM and RAM tests). With a technician: present the test
    /// card and read it (proves the antenna field end to end). Only the card's last four digits are kept.
    /// </summary>
    public sealed class HwCardSelfTest : SelfTest
    {
        private static readonly Remedy ReseatReader = new Remedy("请重新插紧读卡器连接线；仍有问题请联系维修。", "Re-seat the reader cable; call service if it stays.");

        /// <summary>Creates the test.</summary>
        public HwCardSelfTest()
            : base("HW-CARD")
        {
        }

        /// <summary>Gets or sets how long the technician has to present the test card, in milliseconds.</summary>
        public int CardTimeoutMilliseconds { get; set; } = 30000;

        /// <summary>Gets or sets the pause between two polls of the reader, in milliseconds (the keypad is read meanwhile: CANCEL stops the test).</summary>
        public int PollIntervalMilliseconds { get; set; } = 200;

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            ICardReader reader = context.Peripherals == null ? null : context.Peripherals.CardReader;
            if (reader == null)
            {
                return Verdict(CheckVerdict.Skip, "no card reader fitted");
            }

            CardReaderHealth health = reader.CheckHealth();
            if (health.Verdict == CardReaderVerdict.LinkFault)
            {
                return Health(Verdict(CheckVerdict.Fail, "card reader does not answer properly on its bus (cable, see HW-LINK)", ReseatReader), health, "not tested");
            }

            if (health.Verdict == CardReaderVerdict.ReaderFault)
            {
                return Health(Verdict(CheckVerdict.Fail, "card reader chip fails its self-test: " + health.Detail), health, "not tested");
            }

            IOperatorPrompt person = context.Operator;
            if (person == null)
            {
                return Health(Verdict(CheckVerdict.Operator, "reader chip passes its self-test; a technician must read the test card at the terminal"), health, "not tested");
            }

            person.Instruct("请将测试卡放在读卡区。", "Present the test card to the reader.");
            long started = context.Clock == null ? 0 : context.Clock.MonotonicMilliseconds;
            int polls = 0;
            while (true)
            {
                CardRead read;
                CardReadOutcome outcome = reader.TryRead(out read);
                polls++;
                switch (outcome)
                {
                    case CardReadOutcome.CardRead:
                        string card = read.BrandName + " last4 " + read.Last4;
                        read.Clear();
                        return Health(Verdict(CheckVerdict.Pass, "reader chip passes its self-test; test card read (" + card + ")"), health, card);
                    case CardReadOutcome.CardNotSupported:
                        return Health(Verdict(CheckVerdict.Pass, "reader chip passes its self-test; a card answered (not a payment card)"), health, "not a payment card");
                    case CardReadOutcome.CardReadFailed:
                        return Health(Verdict(CheckVerdict.Fail, "the test card answered but could not be read: weak antenna field or damaged card"), health, "read failed");
                    case CardReadOutcome.ReaderNotResponding:
                    case CardReadOutcome.LinkFault:
                        return Health(Verdict(CheckVerdict.Fail, "card reader stopped answering during the card read (cable, see HW-LINK)", ReseatReader), health, "link lost");
                    case CardReadOutcome.ReaderFault:
                        return Health(Verdict(CheckVerdict.Fail, "card reader fault during the card read"), health, "reader fault");
                }

                long elapsed = context.Clock == null ? (long)polls * PollIntervalMilliseconds : context.Clock.MonotonicMilliseconds - started;
                if (elapsed >= CardTimeoutMilliseconds)
                {
                    return Health(Verdict(CheckVerdict.Fail, "no card seen in " + (CardTimeoutMilliseconds / 1000).ToString() + " s: antenna field dead, or no card presented"), health, "no card")
                        .Measure("polls", polls, string.Empty);
                }

                KeyCode key;
                if (person.TryReadKey(PollIntervalMilliseconds, out key) && key == KeyCode.Cancel)
                {
                    return Health(Verdict(CheckVerdict.Operator, "card read cancelled by the technician"), health, "cancelled");
                }
            }
        }

        private static SelfTestResult Health(SelfTestResult result, CardReaderHealth health, string card)
        {
            return result
                .Measure("chip", health.FirmwareVersion.Length == 0 ? "no answer" : health.FirmwareVersion, string.Empty)
                .Measure("chip_self_test", health.Verdict == CardReaderVerdict.Pass ? "pass" : health.Verdict == CardReaderVerdict.LinkFault ? "link fault" : "fail", string.Empty)
                .Measure("test_card", card, string.Empty);
        }
    }
}
