using System;
using System.Collections.Generic;
using System.Linq;
using Terminal.Core.Journal;
using Terminal.Hal.Simulated.Storage;

namespace Terminal.Tools.Chaos
{
    /// <summary>
    /// Cuts the power at every mutation (create, append, sync, delete, rename) of seeded random
    /// journal workloads, keeping, for each cut, every distinct way the unsynced bytes can survive:
    /// every byte prefix of the torn write (or, when sampling, none, all, each frame boundary and
    /// sampled prefixes). Each image is recovered, checked
    /// against the <see cref="WorkloadModel"/>, drained, and recovered again; a sample of the
    /// recoveries is itself cut and recovered once more.
    /// </summary>
    public sealed class PowerCutCampaign
    {
        /// <summary>Journal limits small enough that segments roll, compact and carry forward all the time.</summary>
        public static JournalSettings ChaosSettings()
        {
            return new JournalSettings
            {
                SegmentSizeBytes = 1536,
                TargetSegmentCount = 3,
                MaximumLiveTransactions = 40,
                MaximumPendingAmountMinorUnits = long.MaxValue / 4,
                MaximumPendingAgeMilliseconds = long.MaxValue / 4,
                ReserveFreeBytes = 0,
                MaximumPendingAcknowledgements = 8,
            };
        }

        private const string TerminalId = "T0001234";
        private const long NowUtc = 1795392000000;

        private readonly int _prefixSamples;
        private string _step = string.Empty;
        private string _cut = string.Empty;
        private readonly int _secondCutOneIn;

        /// <summary>Creates a campaign.</summary>
        /// <param name="prefixSamples">Random byte prefixes sampled per cut, on top of none, all and frame boundaries; 0 for every prefix.</param>
        /// <param name="secondCutOneIn">One recovery in this many is itself cut.</param>
        public PowerCutCampaign(int prefixSamples = 0, int secondCutOneIn = 8)
        {
            _prefixSamples = prefixSamples;
            _secondCutOneIn = secondCutOneIn;
        }

        /// <summary>Called with the first image that fails a check and the failure's description; for debugging.</summary>
        public Action<SimulatedFlash, string>? FirstFailure { get; set; }

        private SimulatedFlash? _image;

        /// <summary>The counts, summed over runs.</summary>
        public ChaosCounters Counters { get; } = new();

        /// <summary>Runs one seeded workload of <paramref name="operations"/> steps, cutting at every mutation.</summary>
        public void Run(int seed, int operations)
        {
            var random = new Random(seed);
            var verifyRandom = new Random(seed ^ 0x5EED);
            var flash = new SimulatedFlash(4 * 1024 * 1024, seed);
            var model = new WorkloadModel();
            var journal = new TransactionJournal(flash.Storage, TerminalId, ChaosSettings());
            journal.Open();

            flash.BeforeMutation = (kind, file, index) => ForkAndVerify(flash, model, verifyRandom, kind, file);

            int referenceCounter = 0;
            for (int step = 0; step < operations; step++)
            {
                _step = "seed " + seed + " step " + step;
                try
                {
                    journal = RunStep(journal, model, random, seed, step, ref referenceCounter, flash, verifyRandom);
                }
                catch (Exception exception) when (exception is not PowerCutException)
                {
                    // The journal broke on a plain workload: a verdict, not a crash of the campaign.
                    Counters.RecoveryFailures++;
                    Counters.Note(_step + ": the workload threw " + exception.GetType().Name + ": " + exception.Message);
                    break;
                }
            }

            flash.BeforeMutation = null;
            Counters.Runs++;
        }

        /// <summary>One random step of the workload; returns the journal to go on with (a new one after a restart).</summary>
        private TransactionJournal RunStep(TransactionJournal journal, WorkloadModel model, Random random, int seed, int step, ref int referenceCounter, SimulatedFlash flash, Random verifyRandom)
        {
            TransactionJournal next = journal;
            long commitsBefore = journal.Statistics.Commits;
            int roll = random.Next(100);
            if (roll < 25)
            {
                var transaction = new ModelTransaction(1 + random.Next(100000), "S" + seed + "-" + referenceCounter++);
                model.IntentInFlight = transaction;
                CapacityVerdict verdict = journal.BeginTransaction(Intent(transaction), NowUtc, out uint sequence);
                model.IntentInFlight = null;
                if (verdict.IsAccepted)
                {
                    transaction.Sequence = sequence;
                    model.Transactions[sequence] = transaction;
                    Counters.Transactions++;
                }
            }
            else if (roll < 45)
            {
                ModelTransaction? open = PickUnresolved(model, random);
                if (open != null)
                {
                    bool approved = random.Next(5) != 0;
                    int destinations = random.Next(4) == 0 ? Destinations.Display | Destinations.Host : Destinations.All;
                    var response = new HostResponse
                    {
                        Outcome = approved ? TransactionOutcome.Approved : TransactionOutcome.Declined,
                        ResponseCode = approved ? "00" : "51",
                        AuthorizationCode = approved ? "AUTH" + (step % 100) : string.Empty,
                        HostReference = "H" + open.Reference,
                        HostTimeUtcMilliseconds = NowUtc + step,
                    };
                    string content = "R:" + open.Sequence + ":" + (int)response.Outcome + ":" + response.HostReference + ":" + destinations;
                    var item = new ModelItem(open.Sequence, content, destinations);
                    model.ItemInFlight = item;
                    JournalEntry entry = journal.RecordResponse(open.Sequence, response, destinations);
                    model.ItemInFlight = null;
                    Record(model, open, item, entry);
                }
            }
            else if (roll < 50)
            {
                ModelTransaction? open = PickUnresolved(model, random);
                if (open != null)
                {
                    journal.RecordOutcomeUnknown(open.Sequence);
                }
            }
            else if (roll < 55)
            {
                ModelTransaction? open = PickUnresolved(model, random);
                if (open != null)
                {
                    string content = "M:" + open.Sequence + ":" + (int)HostMessageKind.Reversal + ":CANCEL:" + Destinations.Host;
                    var item = new ModelItem(open.Sequence, content, Destinations.Host);
                    model.ItemInFlight = item;
                    JournalEntry entry = journal.RecordCancellation(open.Sequence, "CANCEL");
                    model.ItemInFlight = null;
                    Record(model, open, item, entry);
                }
            }
            else if (roll < 85)
            {
                int destination = 1 << random.Next(3);
                for (int n = 0; n < 3 && journal.TryPeek(destination, out JournalEntry item); n++)
                {
                    if (random.Next(6) == 0)
                    {
                        break; // the receiver is unreachable this time
                    }

                    Deliver(model, journal, item, destination, model.Received[destination]);

                    // A full acknowledgement buffer is committed inside MarkDelivered before this
                    // acknowledgement joins it: what was acknowledged up to then is durable, this is not.
                    commitsBefore = journal.Statistics.Commits;
                    journal.MarkDelivered(item, destination);
                    NoteCommits(journal, model, commitsBefore);
                    if (model.Items.TryGetValue(item.Sequence, out ModelItem? known))
                    {
                        known.Acknowledged |= destination;
                    }

                    commitsBefore = journal.Statistics.Commits;
                }
            }
            else if (roll < 95)
            {
                journal.Commit();
            }
            else
            {
                // A clean restart: what was not committed is forgotten, nothing else.
                flash.BeforeMutation = null;
                next = new TransactionJournal(flash.Storage, TerminalId, ChaosSettings());
                flash.BeforeMutation = (kind, file, index) => ForkAndVerify(flash, model, verifyRandom, kind, file);
                next.Open();
                foreach (ModelItem item in model.Items.Values)
                {
                    item.Acknowledged = item.DurablyAcknowledged;
                }

                Counters.CleanReboots++;
                return next;
            }

            // The other steps make no acknowledgement: a commit in them flushed all made before.
            NoteCommits(journal, model, commitsBefore);
            return next;
        }

        private static TransactionIntent Intent(ModelTransaction transaction)
        {
            return new TransactionIntent
            {
                Kind = TransactionKind.Sale,
                Method = PaymentMethod.Card,
                AmountMinorUnits = transaction.AmountMinorUnits,
                CurrencyNumericCode = 156,
                CreatedUtcMilliseconds = NowUtc,
                CardLast4 = "4242",
                CardBrand = "UnionPay",
                MerchantReference = transaction.Reference,
            };
        }

        private static void Record(WorkloadModel model, ModelTransaction transaction, ModelItem item, JournalEntry? entry)
        {
            if (entry == null)
            {
                return;
            }

            item.Sequence = entry.Sequence;
            model.Items[entry.Sequence] = item;
            transaction.Items.Add(item);
            transaction.Resolved = true;
        }

        /// <summary>A commit flushes every acknowledgement made before it.</summary>
        private static void NoteCommits(TransactionJournal journal, WorkloadModel model, long commitsBefore)
        {
            if (journal.Statistics.Commits > commitsBefore)
            {
                MarkAcknowledgementsDurable(model);
            }
        }

        private static void MarkAcknowledgementsDurable(WorkloadModel model)
        {
            foreach (ModelItem item in model.Items.Values)
            {
                item.DurablyAcknowledged |= item.Acknowledged;
            }
        }

        private static ModelTransaction? PickUnresolved(WorkloadModel model, Random random)
        {
            ModelTransaction[] open = model.Transactions.Values.Where(t => !t.Resolved).ToArray();
            return open.Length == 0 ? null : open[random.Next(open.Length)];
        }

        private void Deliver(WorkloadModel model, TransactionJournal journal, JournalEntry item, int destination, Dictionary<string, string> receiver)
        {
            string key = journal.IdempotencyKeyFor(item);
            string content = WorkloadModel.ContentOf(item);
            if (receiver.TryGetValue(key, out string? earlier))
            {
                Counters.Redeliveries++;
                if (earlier != content)
                {
                    Counters.CorruptAccepted++; // same key, different content
                }

                return;
            }

            receiver[key] = content;
            Counters.Deliveries++;
        }

        // ---- one cut --------------------------------------------------------------------------

        private void ForkAndVerify(SimulatedFlash flash, WorkloadModel model, Random random, MutationKind kind, string mutatedFile)
        {
            Counters.CutPoints++;
            string[] names = flash.FileNames;
            int unsynced = 0;
            string? pendingFile = null;
            foreach (string name in names)
            {
                int pending = flash.UnsyncedByteCount(name);
                if (pending > 0)
                {
                    unsynced = pending;
                    pendingFile = name;
                }
            }

            var prefixes = new SortedSet<int> { 0, unsynced };
            if (pendingFile != null)
            {
                byte[] tail = flash.ReadUnsyncedBytes(pendingFile);
                for (int offset = 0; offset < tail.Length;)
                {
                    int length = FrameFormat.Validate(tail, offset, tail.Length);
                    if (length == 0)
                    {
                        break;
                    }

                    offset += length;
                    prefixes.Add(offset - 1);
                    prefixes.Add(offset);
                    prefixes.Add(Math.Min(tail.Length, offset + 1));
                }

                if (_prefixSamples == 0)
                {
                    // Exhaustive: every length of the torn write.
                    for (int keep = 1; keep < unsynced; keep++)
                    {
                        prefixes.Add(keep);
                    }
                }
                else
                {
                    for (int i = 0; i < _prefixSamples && unsynced > 1; i++)
                    {
                        prefixes.Add(1 + random.Next(unsynced - 1));
                    }
                }
            }

            foreach (int keep in prefixes)
            {
                _cut = _step + ", before " + kind + " of " + mutatedFile + ", " + keep + " of " + unsynced + " unsynced bytes of " + pendingFile + " kept: ";
                SimulatedFlash image = flash.CloneAfterPowerCut((name, count) => name == pendingFile ? Math.Min(keep, count) : count);
                VerifyImage(image, model, random);
                Counters.Cuts++;
            }
        }

        private void VerifyImage(SimulatedFlash image, WorkloadModel model, Random random)
        {
            _image = image.CloneAfterPowerCut((name, count) => count);
            TransactionJournal recovered;
            try
            {
                if (random.Next(_secondCutOneIn) == 0)
                {
                    image.CutPowerAtMutation(image.MutationCount + 1 + random.Next(6));
                    try
                    {
                        new TransactionJournal(image.Storage, TerminalId, ChaosSettings()).Open();
                        image.CutPowerAtMutation(0);
                    }
                    catch (PowerCutException)
                    {
                        Counters.SecondCuts++;
                        image.PowerOn();
                    }
                }

                recovered = new TransactionJournal(image.Storage, TerminalId, ChaosSettings());
                RecoveryReport report = recovered.Open();

                // A power cut is not damage: reporting it as corruption would send a technician out.
                if (report.NeedsAttention)
                {
                    Counters.FalseAlarms++;
                    Fail("recovery reported damage after a power cut (" + report.CorruptRegions + " regions, " + report.RejectedRecords + " rejected)");
                }
            }
            catch (Exception exception) when (exception is not PowerCutException)
            {
                Counters.RecoveryFailures++;
                Fail("recovery threw " + exception.GetType().Name + ": " + exception.Message);
                return;
            }

            try
            {
                CheckAgainstModel(recovered, model);
                DrainAndCheck(image, recovered, model);
            }
            catch (Exception exception) when (exception is not PowerCutException)
            {
                Counters.RecoveryFailures++;
                Fail("the recovered journal threw " + exception.GetType().Name + ": " + exception.Message);
            }
        }

        private void Fail(string note)
        {
            Counters.Note(_cut + note);
            if (FirstFailure != null && _image != null)
            {
                FirstFailure(_image, _cut + note);
                FirstFailure = null;
            }
        }

        private void CheckAgainstModel(TransactionJournal recovered, WorkloadModel model)
        {
            var seen = new HashSet<uint>();
            for (int i = 0; i < recovered.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = recovered.GetTransaction(i);
                seen.Add(transaction.Sequence);
                TransactionIntent intent = transaction.Intent.DecodeIntent();
                bool known = model.Transactions.TryGetValue(transaction.Sequence, out ModelTransaction? expected);
                if (!known)
                {
                    ModelTransaction? flying = model.IntentInFlight;
                    if (flying == null || flying.Reference != intent.MerchantReference || flying.AmountMinorUnits != intent.AmountMinorUnits)
                    {
                        Counters.CorruptAccepted++;
                        Fail("unknown transaction " + transaction.Sequence + " " + intent.MerchantReference);
                    }

                    continue;
                }

                if (expected!.Reference != intent.MerchantReference || expected.AmountMinorUnits != intent.AmountMinorUnits)
                {
                    Counters.CorruptAccepted++;
                    Fail("transaction " + transaction.Sequence + " content differs");
                }

                for (int e = 0; e < transaction.EntryCount; e++)
                {
                    JournalEntry entry = transaction.GetEntry(e);
                    if (entry.Destinations == Destinations.None)
                    {
                        continue;
                    }

                    string content = WorkloadModel.ContentOf(entry);
                    if (model.Items.TryGetValue(entry.Sequence, out ModelItem? item))
                    {
                        if (item.Content != content)
                        {
                            Counters.CorruptAccepted++;
                            Fail("item " + entry.Sequence + " content differs");
                        }

                        int stillPending = entry.DurablyPending;
                        if ((stillPending & item.DurablyAcknowledged) != 0)
                        {
                            Counters.Duplicated++;
                            Fail("item " + entry.Sequence + " forgot a committed delivery");
                        }
                    }
                    else if (model.ItemInFlight == null || model.ItemInFlight.Content != content)
                    {
                        Counters.CorruptAccepted++;
                        Fail("unknown item " + entry.Sequence + " " + content);
                    }
                }

                // A cancellation and its reversal are one commit: never one without the other.
                if (transaction.State == TransactionState.Cancelled && !HasEntry(transaction, JournalRecordType.HostMessage))
                {
                    Counters.Lost++;
                    Fail("transaction " + transaction.Sequence + " cancelled without its reversal");
                }

                // A committed answer must not be forgotten while its transaction is still tracked.
                if (expected.Resolved && !transaction.IsResolved)
                {
                    Counters.Lost++;
                    Fail("transaction " + transaction.Sequence + " lost its committed answer");
                }
            }

            foreach (ModelTransaction transaction in model.Transactions.Values)
            {
                if (seen.Contains(transaction.Sequence))
                {
                    continue;
                }

                // Absent is right only when its answer is committed and every delivery was acknowledged.
                bool delivered = transaction.Resolved && transaction.Items.All(i => (i.Destinations & ~i.Acknowledged) == 0);
                if (!delivered)
                {
                    Counters.Lost++;
                    Fail("transaction " + transaction.Sequence + " missing after recovery");
                }
            }
        }

        private static bool HasEntry(JournalTransaction transaction, JournalRecordType type)
        {
            for (int i = 0; i < transaction.EntryCount; i++)
            {
                if (transaction.GetEntry(i).Type == type)
                {
                    return true;
                }
            }

            return false;
        }

        private void DrainAndCheck(SimulatedFlash image, TransactionJournal recovered, WorkloadModel model)
        {
            // Resolve what waits for a status inquiry, as the host would answer it, then deliver everything.
            var receivers = new Dictionary<int, Dictionary<string, string>>
            {
                [Destinations.Display] = new(),
                [Destinations.Printer] = new(),
                [Destinations.Host] = new(),
            };
            var unresolved = new List<uint>();
            for (int i = 0; i < recovered.LiveTransactionCount; i++)
            {
                if (!recovered.GetTransaction(i).IsResolved)
                {
                    unresolved.Add(recovered.GetTransaction(i).Sequence);
                }
            }

            foreach (uint sequence in unresolved)
            {
                recovered.RecordResponse(sequence, new HostResponse { Outcome = TransactionOutcome.Declined, ResponseCode = "25", HostReference = "INQUIRY", HostTimeUtcMilliseconds = NowUtc }, Destinations.Host);
            }

            foreach (int destination in new[] { Destinations.Display, Destinations.Printer, Destinations.Host })
            {
                while (recovered.TryPeek(destination, out JournalEntry item))
                {
                    string key = recovered.IdempotencyKeyFor(item);
                    string content = WorkloadModel.ContentOf(item);
                    if (model.Received[destination].TryGetValue(key, out string? earlier) && earlier != content)
                    {
                        Counters.CorruptAccepted++;
                        Fail("key " + key + " redelivered with other content");
                    }

                    receivers[destination][key] = content;
                    recovered.MarkDelivered(item, destination);
                }
            }

            recovered.Commit();

            // Every committed item reached every destination: before the cut or after recovery.
            foreach (ModelItem item in model.Items.Values)
            {
                foreach (int destination in new[] { Destinations.Display, Destinations.Printer, Destinations.Host })
                {
                    if ((item.Destinations & destination) == 0)
                    {
                        continue;
                    }

                    string key = TerminalId + "-" + item.Sequence;
                    if (!model.Received[destination].ContainsKey(key) && !receivers[destination].ContainsKey(key))
                    {
                        Counters.Lost++;
                        Fail("item " + key + " never reached " + Destinations.NameOf(destination));
                    }
                }
            }

            // The same transaction's result under two keys is a duplicate the receivers cannot catch.
            foreach (int destination in new[] { Destinations.Display, Destinations.Printer, Destinations.Host })
            {
                var byTransaction = new Dictionary<string, string>();
                foreach (KeyValuePair<string, string> pair in model.Received[destination].Concat(receivers[destination]))
                {
                    string identity = pair.Value.Substring(0, pair.Value.IndexOf(':', 2));
                    if (byTransaction.TryGetValue(identity, out string? otherKey) && otherKey != pair.Key)
                    {
                        Counters.Duplicated++;
                        Fail("transaction result " + identity + " under keys " + otherKey + " and " + pair.Key);
                    }

                    byTransaction[identity] = pair.Key;
                }
            }

            // After a clean restart nothing may be left to deliver.
            var again = new TransactionJournal(image.Storage, TerminalId, ChaosSettings());
            RecoveryReport report = again.Open();
            if (report.NeedsAttention)
            {
                Counters.FalseAlarms++;
                Fail("the boot after a repaired power cut reported damage (" + report.CorruptRegions + " regions)");
            }

            foreach (int destination in new[] { Destinations.Display, Destinations.Printer, Destinations.Host })
            {
                Counters.Undelivered += again.PendingCount(destination);
            }
        }
    }
}
