using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Storage;
using Terminal.Hal.Storage;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// Feeds recovery damaged journal images: real journals with flipped bits, overwritten runs,
    /// cut or garbage-extended files, and wholly random files with journal names. Recovery must not
    /// crash or hang, and every record it accepts must be one the journal really wrote, byte for byte.
    /// </summary>
    public sealed class CorruptionCampaign
    {
        private const string TerminalId = "T0001234";
        private const long NowUtc = 1795392000000;

        /// <summary>The counts, summed over images.</summary>
        public CorruptionCounters Counters { get; } = new();

        /// <summary>Builds, damages and recovers one image.</summary>
        /// <param name="seed">The image's seed; its remainder by 4 picks the kind of damage.</param>
        public void Run(int seed)
        {
            var random = new Random(seed);
            SimulatedFlash flash = BuildJournal(random);
            Dictionary<uint, string> truth = RecordTruth(flash);
            int mode = seed % 4;
            Damage(flash, random, mode);
            Counters.Images++;

            // Scan every damaged segment directly: no accepted frame may differ from what was written.
            ForEachAcceptedFrame(flash, (bytes, offset) => CheckFrame(bytes, offset, truth, mode));

            TransactionJournal? journal = null;
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    journal = new TransactionJournal(flash.Storage, TerminalId, PowerCutCampaign.ChaosSettings());
                    journal.Open();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            });
            // A background thread: a real hang is reported and must not keep the process alive.
            thread.IsBackground = true;
            thread.Start();
            if (!thread.Join(TimeSpan.FromSeconds(30)))
            {
                Counters.Hangs++;
                return;
            }

            if (failure != null && failure is not StorageException)
            {
                Counters.Crashes++;
                Counters.Note("seed " + seed + ": " + failure.GetType().Name + ": " + failure.Message);
                return;
            }

            if (journal == null)
            {
                return;
            }

            for (int i = 0; i < journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = journal.GetTransaction(i);
                for (int e = 0; e < transaction.EntryCount; e++)
                {
                    JournalEntry entry = transaction.GetEntry(e);
                    Counters.RecordsChecked++;
                    if (entry.Type == JournalRecordType.StateTransition && !truth.ContainsKey(entry.Sequence))
                    {
                        // Recovery itself marks in-flight transactions for inquiry: a record it wrote now.
                        continue;
                    }

                    if (!truth.TryGetValue(entry.Sequence, out string? expected) || expected != Describe(entry.Type, entry.Payload, 0, entry.Payload.Length))
                    {
                        Counters.CorruptAccepted++;
                        Counters.Note("seed " + seed + ": accepted record " + entry.Sequence + " that was never written so");
                    }
                }
            }
        }

        private static SimulatedFlash BuildJournal(Random random)
        {
            var flash = new SimulatedFlash(4 * 1024 * 1024, random.Next());
            var journal = new TransactionJournal(flash.Storage, TerminalId, PowerCutCampaign.ChaosSettings());
            journal.Open();
            var open = new List<uint>();
            int operations = 20 + random.Next(120);
            for (int step = 0; step < operations; step++)
            {
                int roll = random.Next(10);
                if (roll < 4 || open.Count == 0)
                {
                    var intent = new TransactionIntent
                    {
                        Kind = TransactionKind.Sale,
                        Method = PaymentMethod.Card,
                        AmountMinorUnits = 1 + random.Next(99999),
                        CurrencyNumericCode = 156,
                        CreatedUtcMilliseconds = NowUtc,
                        CardLast4 = "4242",
                        CardBrand = "UnionPay",
                        MerchantReference = "ORDER-" + step,
                    };
                    if (journal.BeginTransaction(intent, NowUtc, out uint sequence).IsAccepted)
                    {
                        open.Add(sequence);
                    }
                }
                else if (roll < 7)
                {
                    uint sequence = open[random.Next(open.Count)];
                    open.Remove(sequence);
                    journal.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Approved, ResponseCode = "00", AuthorizationCode = "A" + step, HostReference = "H" + step, HostTimeUtcMilliseconds = NowUtc }, Destinations.All);
                }
                else
                {
                    int destination = 1 << random.Next(3);
                    while (random.Next(3) != 0 && journal.TryPeek(destination, out JournalEntry item))
                    {
                        journal.MarkDelivered(item, destination);
                    }

                    journal.Commit();
                }
            }

            return flash;
        }

        /// <summary>Every record the undamaged journal holds, by sequence, as type and payload bytes.</summary>
        private static Dictionary<uint, string> RecordTruth(SimulatedFlash flash)
        {
            var truth = new Dictionary<uint, string>();
            ForEachAcceptedFrame(flash, (bytes, offset) =>
            {
                JournalRecordType type = FrameFormat.ReadType(bytes, offset);
                int payloadOffset = offset + FrameFormat.HeaderBytes;
                int length = FrameFormat.ReadPayloadLength(bytes, offset);
                truth[FrameFormat.ReadSequence(bytes, offset)] = Describe(type, bytes, payloadOffset, length);
                if (type == JournalRecordType.Carried)
                {
                    var inner = (JournalRecordType)bytes[payloadOffset];
                    uint original = FrameFormat.ReadUInt32(bytes, payloadOffset + 1);
                    truth[original] = Describe(inner, bytes, payloadOffset + 6, length - 6);
                }
            });

            return truth;
        }

        /// <summary>Runs <paramref name="visit"/> on every frame the scanner accepts in every segment file.</summary>
        private static void ForEachAcceptedFrame(SimulatedFlash flash, Action<byte[], int> visit)
        {
            var scanner = new SegmentScanner();
            foreach (string name in flash.FileNames)
            {
                if (!name.EndsWith(".seg", StringComparison.Ordinal))
                {
                    continue;
                }

                byte[] bytes = flash.ReadDurableBytes(name);
                scanner.ResetSequence();
                scanner.Scan(bytes, bytes.Length);
                for (int i = 0; i < scanner.FrameCount; i++)
                {
                    visit(bytes, scanner.GetFrameOffset(i));
                }
            }
        }

        private void CheckFrame(byte[] bytes, int offset, Dictionary<uint, string> truth, int mode)
        {
            Counters.FramesChecked++;
            uint sequence = FrameFormat.ReadSequence(bytes, offset);
            JournalRecordType type = FrameFormat.ReadType(bytes, offset);
            string actual = Describe(type, bytes, offset + FrameFormat.HeaderBytes, FrameFormat.ReadPayloadLength(bytes, offset));
            if (!truth.TryGetValue(sequence, out string? expected) || expected != actual)
            {
                Counters.CorruptAccepted++;
                Counters.Note("mode " + mode + ": scanner accepted frame " + sequence + " that was never written so");
            }
        }

        private static string Describe(JournalRecordType type, byte[] bytes, int offset, int length)
        {
            return ((int)type).ToString() + ":" + Convert.ToHexString(bytes, offset, length);
        }

        private static void Damage(SimulatedFlash flash, Random random, int mode)
        {
            List<string> segments = new();
            foreach (string name in flash.FileNames)
            {
                if (name.EndsWith(".seg", StringComparison.Ordinal))
                {
                    segments.Add(name);
                }
            }

            switch (mode)
            {
                case 0:
                    flash.FlipRandomBits(1 + random.Next(24), random);
                    break;
                case 1:
                    foreach (string name in segments)
                    {
                        byte[] bytes = flash.ReadDurableBytes(name);
                        if (bytes.Length == 0)
                        {
                            continue;
                        }

                        int start = random.Next(bytes.Length);
                        int run = Math.Min(bytes.Length - start, 1 + random.Next(64));
                        for (int i = 0; i < run; i++)
                        {
                            bytes[start + i] = random.Next(2) == 0 ? (byte)0xFF : (byte)random.Next(256);
                        }

                        Replace(flash, name, bytes);
                    }

                    break;
                case 2:
                    foreach (string name in segments)
                    {
                        byte[] bytes = flash.ReadDurableBytes(name);
                        int keep = random.Next(bytes.Length + 1);
                        byte[] changed = new byte[keep + random.Next(200)];
                        Array.Copy(bytes, changed, keep);
                        for (int i = keep; i < changed.Length; i++)
                        {
                            changed[i] = (byte)random.Next(256);
                        }

                        Replace(flash, name, changed);
                    }

                    break;
                default:
                    flash.SilentFormat();
                    int files = 1 + random.Next(4);
                    for (int f = 0; f < files; f++)
                    {
                        byte[] garbage = new byte[random.Next(4096)];
                        random.NextBytes(garbage);
                        // Salt the garbage with frame magic bytes so the resync path is exercised.
                        for (int i = 0; i < garbage.Length; i += 1 + random.Next(40))
                        {
                            garbage[i] = FrameFormat.Magic;
                        }

                        Replace(flash, TransactionJournal.SegmentName(1 + random.Next(9)), garbage);
                    }

                    break;
            }
        }

        private static void Replace(SimulatedFlash flash, string name, byte[] bytes)
        {
            flash.Storage.Delete(name);
            IStorageFile file = flash.Storage.OpenAppend(name);
            file.Append(bytes, 0, bytes.Length);
            file.Close();
        }
    }
}
