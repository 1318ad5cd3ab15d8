using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Checksums;
using Terminal.Core.Maintenance;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Simulated.Time;
using Terminal.Hal.Storage;

namespace Terminal.Tests.Core.Maintenance
{
    [TestClass]
    public sealed class EventLogTests
    {
        private const long Start = 1795392000000L;

        private static EventLog OpenLog(SimulatedFlash flash, ManualClock clock, int recordsPerFile = 8)
        {
            var log = new EventLog(flash.Storage, clock, recordsPerFile);
            log.Open();
            return log;
        }

        [TestMethod]
        public void Appended_records_read_back_in_order_with_kind_source_text_and_time()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock);

            log.Append(EventKind.Reset, "boot", "clean start");
            clock.Advance(1500);
            EventRecord second = log.Append(EventKind.Maintenance, "menu", "language set to English");

            Assert.AreEqual(2, log.Count);
            EventRecord first = log.Read(0);
            Assert.AreEqual(1u, first.Sequence);
            Assert.AreEqual(EventKind.Reset, first.Kind);
            Assert.AreEqual("boot", first.Source);
            Assert.AreEqual("clean start", first.Text);
            Assert.AreEqual(Start, first.UtcMilliseconds);
            EventRecord read = log.Read(1);
            Assert.AreEqual(second.Sequence, read.Sequence);
            Assert.AreEqual(Start + 1500, read.UtcMilliseconds);
            Assert.AreEqual("2 " + (Start + 1500) + " maintenance menu language set to English", read.ToLine());
            Assert.AreEqual(0, log.VerifyChain());
        }

        [TestMethod]
        public void Reopening_keeps_the_records_the_sequence_and_the_counters()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock);
            log.Append(EventKind.Access, "menu", "sign-in granted");
            log.Append(EventKind.Access, "menu", "sign-in refused");
            log.Append(EventKind.Fault, "printer", "paper out");

            EventLog reopened = OpenLog(flash, clock);

            Assert.AreEqual(3, reopened.Count);
            Assert.AreEqual(3u, reopened.LastSequence);
            Assert.AreEqual(2, reopened.CountOf(EventKind.Access));
            Assert.AreEqual(1, reopened.CountOf(EventKind.Fault));
            Assert.AreEqual(0, reopened.SkippedFrames);
            Assert.AreEqual(4u, reopened.Append(EventKind.Reset, "boot", "x").Sequence);
            Assert.AreEqual(0, reopened.VerifyChain());
        }

        [TestMethod]
        public void The_ring_drops_old_records_but_keeps_one_to_two_files_and_counts_everything()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock, 8);
            for (int i = 1; i <= 50; i++)
            {
                log.Append(i % 3 == 0 ? EventKind.Fault : EventKind.Console, "console", "command " + i);
            }

            EventLog reopened = OpenLog(flash, clock, 8);

            Assert.IsTrue(reopened.Count >= 8 && reopened.Count <= 16, reopened.Count.ToString());
            Assert.AreEqual(50u, reopened.LastSequence);
            Assert.AreEqual((uint)(50 - reopened.Count + 1), reopened.Read(0).Sequence, "the newest are kept, oldest first");
            Assert.AreEqual("command 50", reopened.Read(reopened.Count - 1).Text);
            Assert.AreEqual(16, reopened.CountOf(EventKind.Fault));
            Assert.AreEqual(34, reopened.CountOf(EventKind.Console));
            Assert.AreEqual(0, reopened.VerifyChain(), "the first kept record's predecessor was dropped, which is not a break");
            CollectionAssert.AreEquivalent(new[] { "events-0.log", "events-1.log" }, flash.FileNames);
        }

        [TestMethod]
        public void A_torn_tail_is_cut_at_open_and_the_log_carries_on()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock);
            log.Append(EventKind.Reset, "boot", "one");
            log.Append(EventKind.Reset, "boot", "two");
            int intactLength = flash.ReadDurableBytes("events-0.log").Length;
            byte[] torn = Frames(flash, "events-0.log")[1];
            AppendRaw(flash, "events-0.log", torn, 0, torn.Length / 2); // half of a frame, as a cut mid-append leaves

            EventLog reopened = OpenLog(flash, clock);

            Assert.AreEqual(2, reopened.Count);
            Assert.AreEqual(1, reopened.SkippedFrames);
            Assert.AreEqual(intactLength, flash.ReadDurableBytes("events-0.log").Length, "the torn tail is gone from flash");
            reopened.Append(EventKind.Reset, "boot", "three");
            Assert.AreEqual("three", OpenLog(flash, clock).Read(2).Text);
            Assert.AreEqual(0, reopened.VerifyChain());
        }

        [TestMethod]
        public void A_flipped_bit_skips_that_record_and_the_chain_reports_the_gap()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock);
            for (int i = 1; i <= 5; i++)
            {
                log.Append(EventKind.Maintenance, "menu", "action " + i);
            }

            List<byte[]> frames = Frames(flash, "events-0.log");
            frames[2][12] ^= 0x04; // inside the third record
            Rewrite(flash, "events-0.log", frames);

            EventLog reopened = OpenLog(flash, clock);

            Assert.AreEqual(4, reopened.Count);
            Assert.AreEqual(1, reopened.SkippedFrames);
            Assert.AreEqual("action 4", reopened.Read(2).Text);
            Assert.AreEqual(1, reopened.VerifyChain());
            Assert.AreEqual(5, reopened.CountOf(EventKind.Maintenance), "the counters come from the newest record");
        }

        [TestMethod]
        public void A_record_edited_with_a_correct_frame_checksum_still_breaks_the_chain()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock);
            log.Append(EventKind.Access, "console", "sign-in refused");
            log.Append(EventKind.Access, "console", "sign-in refused");
            log.Append(EventKind.Maintenance, "console", "config set");

            List<byte[]> frames = Frames(flash, "events-0.log");
            byte[] forged = frames[1];
            int at = IndexOf(forged, Encoding.ASCII.GetBytes("refused"));
            Encoding.ASCII.GetBytes("granted").CopyTo(forged, at);
            uint crc = Crc32.Compute(forged, 0, forged.Length - 4);
            BitConverter.GetBytes(crc).CopyTo(forged, forged.Length - 4);
            Rewrite(flash, "events-0.log", frames);

            EventLog reopened = OpenLog(flash, clock);

            Assert.AreEqual(3, reopened.Count, "the forged frame itself is intact");
            Assert.AreEqual("sign-in granted", reopened.Read(1).Text);
            Assert.AreEqual(1, reopened.VerifyChain(), "the record after it names the original's checksum");
        }

        [TestMethod]
        public void A_commit_that_fails_is_not_counted_and_the_next_record_carries_the_right_counters()
        {
            var flash = new SimulatedFlash();
            var clock = new ManualClock(Start);
            EventLog log = OpenLog(flash, clock);
            log.Append(EventKind.Fault, "printer", "paper out");
            flash.BeforeMutation = (kind, name, index) =>
            {
                if (kind == MutationKind.Sync)
                {
                    flash.FailNextMutationWith = StorageError.MediaFault;
                    flash.BeforeMutation = null;
                }
            };

            Assert.ThrowsException<StorageException>(() => log.Append(EventKind.Fault, "printer", "cover open"));
            Assert.AreEqual(1, log.CountOf(EventKind.Fault));
            log.Append(EventKind.Fault, "printer", "head hot");

            EventLog reopened = OpenLog(flash, clock);
            Assert.AreEqual(2, reopened.CountOf(EventKind.Fault), "only the two acknowledged faults count");
            Assert.AreEqual("head hot", reopened.Read(reopened.Count - 1).Text);
            Assert.AreEqual(0, reopened.VerifyChain());
        }

        [TestMethod]
        public void Card_numbers_are_masked_to_the_last_four_in_text_and_source()
        {
            var flash = new SimulatedFlash();
            EventLog log = OpenLog(flash, new ManualClock(Start));

            Assert.AreEqual("pan ************1111 seen", log.Append(EventKind.Console, "console", "pan 4111111111111111 seen").Text);
            Assert.AreEqual("card **** **** **** 0004, amount 100", log.Append(EventKind.Console, "console", "card 6200 0000 0000 0004, amount 100").Text);
            Assert.AreEqual("**** **** *** 2345", log.Append(EventKind.Console, "console", "6212\u00A03456-789.  2345").Text.Replace("?", " ").Replace("-", " ").Replace(".", " ").Replace("   ", " ").Replace("  ", " "));
            Assert.AreEqual("*********0123", log.Append(EventKind.Console, "4000056655660123", "x").Source.Substring(3));
            Assert.AreEqual("order 12345678901 at 2026-11-23 12:00", log.Append(EventKind.Console, "console", "order 12345678901 at 2026-11-23 12:00").Text, "11 digits and dates stay readable");
        }

        [TestMethod]
        public void No_card_number_of_13_to_19_digits_ever_reaches_flash_in_clear()
        {
            string[] separators = { "", "", "", " ", "-", "  ", ".", "/", "\u00A0", "\u3000" };
            Gen<string> separator = Gen.Int[0, separators.Length - 1].Select(i => separators[i]);
            Gen<(string Pan, string Text, bool InSource)> cases =
                from length in Gen.Int[13, 19]
                from digits in Gen.Char['0', '9'].Array[length]
                from between in separator.Array[length]
                from prefix in Gen.String[Gen.Char[' ', '~'], 0, 140]
                from suffix in Gen.String[Gen.Char[' ', '~'], 0, 40]
                from inSource in Gen.Int[0, 9]
                select (new string(digits), Interleave(digits, between, prefix, suffix), inSource == 0);

            cases.SampleSeeded(
                sample =>
                {
                    var flash = new SimulatedFlash(256 * 1024, 1);
                    EventLog log = OpenLog(flash, new ManualClock(Start));
                    EventRecord record = sample.InSource
                        ? log.Append(EventKind.Console, sample.Text, "x")
                        : log.Append(EventKind.Console, "console", sample.Text);

                    string onFlash = Digits(Encoding.Latin1.GetString(flash.ReadDurableBytes("events-0.log")));
                    Assert.IsFalse(onFlash.Contains(sample.Pan, StringComparison.Ordinal), "PAN in clear on flash");
                    Assert.IsFalse(Digits(record.Source + record.Text).Contains(sample.Pan.Substring(0, 12), StringComparison.Ordinal), "first 12 digits in clear in " + record.Text);
                },
                iter: 10_000,
                seed: "0N0XIzNsQ0O2");
        }

        [TestMethod]
        public void A_power_cut_at_any_mutation_never_loses_an_acknowledged_record()
        {
            Gen<(int Seed, int Appends, bool WholeCommits, int CutFraction, int SecondCut)> cases =
                Gen.Select(Gen.Int[1, int.MaxValue], Gen.Int[1, 40], Gen.Bool, Gen.Int[0, 1000], Gen.Int[0, 6]);

            cases.SampleSeeded(
                (seed, appends, wholeCommits, cutFraction, secondCut) =>
                {
                    long total = CountMutations(seed, appends);
                    long cutAt = 1 + (total * cutFraction / 1000);
                    var flash = new SimulatedFlash(512 * 1024, seed) { PowerCutModel = wholeCommits ? PowerCutModel.WholeCommitsOnly : PowerCutModel.TornPrefix };
                    var clock = new ManualClock(Start);
                    var acknowledged = new List<(EventKind Kind, string Text)>();
                    (EventKind Kind, string Text) inFlight = default;
                    flash.CutPowerAtMutation(cutAt);
                    try
                    {
                        EventLog log = OpenLog(flash, clock);
                        for (int i = 0; i < appends; i++)
                        {
                            inFlight = (KindFor(seed, i), "event " + i + " of " + seed);
                            log.Append(inFlight.Kind, "chaos", inFlight.Text);
                            acknowledged.Add(inFlight);
                            inFlight = default;
                            clock.Advance(10);
                        }
                    }
                    catch (PowerCutException)
                    {
                    }

                    flash.CutPowerAtMutation(0);
                    if (flash.IsPoweredOff)
                    {
                        flash.PowerOn();
                    }

                    EventLog reopened;
                    if (secondCut > 0)
                    {
                        // Cut again while the open repairs the tail: the repair must survive being interrupted.
                        flash.CutPowerAtMutation(flash.MutationCount + secondCut);
                        try
                        {
                            OpenLog(flash, clock);
                        }
                        catch (PowerCutException)
                        {
                        }

                        flash.CutPowerAtMutation(0);
                        if (flash.IsPoweredOff)
                        {
                            flash.PowerOn();
                        }
                    }

                    reopened = OpenLog(flash, clock);
                    AssertKeeps(reopened, acknowledged, inFlight);
                    Assert.AreEqual(0, reopened.VerifyChain(), "chain after a cut");
                    EventRecord next = reopened.Append(EventKind.Reset, "boot", "after the cut");
                    Assert.AreEqual(reopened.LastSequence, next.Sequence);
                    EventLog again = OpenLog(flash, clock);
                    Assert.AreEqual("after the cut", again.Read(again.Count - 1).Text);
                    Assert.AreEqual(0, again.VerifyChain());
                },
                iter: 1_500,
                seed: "3KmFZ5dXq1c0");
        }

        private static void AssertKeeps(EventLog log, List<(EventKind Kind, string Text)> acknowledged, (EventKind Kind, string Text) inFlight)
        {
            int ack = acknowledged.Count;
            bool inFlightKept = log.LastSequence == ack + 1;
            Assert.IsTrue(log.LastSequence == ack || (inFlightKept && inFlight.Text != null), $"last sequence {log.LastSequence} after {ack} acknowledged");
            Assert.IsTrue(log.Count >= Math.Min(ack, 8), $"kept {log.Count} of {ack}");
            var expected = new List<(EventKind Kind, string Text)>(acknowledged);
            if (inFlightKept)
            {
                expected.Add(inFlight);
            }

            for (int i = 0; i < log.Count; i++)
            {
                EventRecord record = log.Read(i);
                uint sequence = (uint)(log.LastSequence - log.Count + 1 + i);
                Assert.AreEqual(sequence, record.Sequence, "contiguous");
                Assert.AreEqual(expected[(int)sequence - 1].Text, record.Text);
                Assert.AreEqual(expected[(int)sequence - 1].Kind, record.Kind);
            }

            foreach (EventKind kind in Enum.GetValues<EventKind>())
            {
                Assert.AreEqual(expected.FindAll(e => e.Kind == kind).Count, log.CountOf(kind), "counter of " + kind);
            }
        }

        private static long CountMutations(int seed, int appends)
        {
            var flash = new SimulatedFlash(512 * 1024, seed);
            EventLog log = OpenLog(flash, new ManualClock(Start));
            for (int i = 0; i < appends; i++)
            {
                log.Append(KindFor(seed, i), "chaos", "event " + i + " of " + seed);
            }

            return flash.MutationCount;
        }

        private static EventKind KindFor(int seed, int index) => (EventKind)(1 + ((seed + index) % EventLog.KindCount));

        private static string Interleave(char[] digits, string[] separators, string prefix, string suffix)
        {
            var text = new StringBuilder(prefix).Append(' ');
            for (int i = 0; i < digits.Length; i++)
            {
                text.Append(digits[i]);
                if (i < digits.Length - 1)
                {
                    text.Append(separators[i]);
                }
            }

            return text.Append(' ').Append(suffix).ToString();
        }

        private static string Digits(string text)
        {
            var digits = new StringBuilder();
            foreach (char c in text)
            {
                if (c >= '0' && c <= '9')
                {
                    digits.Append(c);
                }
                else if (c == '*' || char.IsLetter(c))
                {
                    digits.Append('|');
                }
            }

            return digits.ToString();
        }

        private static List<byte[]> Frames(SimulatedFlash flash, string name)
        {
            byte[] content = flash.ReadDurableBytes(name);
            var frames = new List<byte[]>();
            int position = 0;
            while (position < content.Length)
            {
                int total = 3 + (content[position + 1] | (content[position + 2] << 8)) + 4;
                frames.Add(content.AsSpan(position, total).ToArray());
                position += total;
            }

            return frames;
        }

        private static void Rewrite(SimulatedFlash flash, string name, List<byte[]> frames)
        {
            flash.Storage.Delete(name);
            foreach (byte[] frame in frames)
            {
                AppendRaw(flash, name, frame, 0, frame.Length);
            }
        }

        private static void AppendRaw(SimulatedFlash flash, string name, byte[] bytes, int offset, int count)
        {
            IStorageFile file = flash.Storage.OpenAppend(name);
            file.Append(bytes, offset, count);
            file.Close();
        }

        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
                {
                    return i;
                }
            }

            throw new InvalidOperationException("not found");
        }
    }
}
