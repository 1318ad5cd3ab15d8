using System;
using System.Collections;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.App.Payments
{
    /// <summary>
    /// Settlement (docs/host-protocol.md, "Settlement"; shared/failure-causes.md S4, S5).
    /// <para>
    /// Counting: an approval is counted into the <see cref="SettlementBatch"/> right after the journal
    /// committed it and before any of its deliveries, so the journal still holds the transaction when
    /// the count is lost to a power cut; <see cref="OpenBatch"/> (boot) and <see cref="Settle"/> count
    /// every approved transaction the journal holds that the batch does not list. Journal first, batch
    /// second: the other order could count a payment the journal never recorded.
    /// </para>
    /// <para>
    /// Settling: refused while a payment is unresolved (the host would count an approval the terminal
    /// does not know yet) or a result is still queued for the host; the request is frozen in the batch
    /// file before it goes out, under the key <c>&lt;key namespace&gt;-S&lt;batch&gt;.&lt;attempt&gt;</c>; a lost answer
    /// is retried with the same key and bytes, a mismatch moves to the next attempt (a new key).
    /// </para>
    /// </summary>
    public sealed partial class PaymentFlow
    {
        private const long MillisecondsPerDay = 86400000;
        private const long MillisecondsPerMinute = 60000;

        private readonly ArrayList _uncounted = new ArrayList();
        private SettlementBatch _batch;
        private SettlementSettings _settlementSettings = SettlementSettings.CreateDefault();

        /// <summary>Creates the flow with a settlement batch kept on the journal's drive.</summary>
        /// <param name="journal">The open journal.</param>
        /// <param name="host">The client of the payment host.</param>
        /// <param name="clock">The terminal's clock.</param>
        /// <param name="settings">Limits and timings.</param>
        /// <param name="batchStorage">The drive the journal uses; the batch file <see cref="SettlementBatch.FileName"/> lives there.</param>
        public PaymentFlow(TransactionJournal journal, HostClient host, IClock clock, PaymentFlowSettings settings, IFileStorage batchStorage)
            : this(journal, host, clock, settings)
        {
            if (batchStorage == null)
            {
                throw new ArgumentNullException("batchStorage");
            }

            _batch = new SettlementBatch(batchStorage);
        }

        /// <summary>Gets or sets when the batch is settled automatically; never null.</summary>
        public SettlementSettings SettlementSettings
        {
            get { return _settlementSettings; }
            set { _settlementSettings = value == null ? SettlementSettings.CreateDefault() : value; }
        }

        /// <summary>Gets the settlement batch; <c>null</c> when the flow was created without a drive for it.</summary>
        public SettlementBatch Batch
        {
            get { return _batch; }
        }

        /// <summary>
        /// The boot step of settlement: loads the batch (finishing an interrupted rewrite) and counts
        /// every approved transaction the journal holds that the batch does not list yet (an approval
        /// whose count a power cut took). Call it after the journal's <c>Open</c>.
        /// </summary>
        /// <returns>The transactions counted now.</returns>
        /// <exception cref="InvalidOperationException">The flow has no batch drive.</exception>
        /// <exception cref="SettlementBatchException">The batch file is damaged (HW-STORAGE).</exception>
        /// <exception cref="StorageException">The drive failed.</exception>
        public int OpenBatch()
        {
            if (_batch == null)
            {
                throw new InvalidOperationException("the flow was created without a drive for the settlement batch");
            }

            _batch.Load(_clock.UtcNowMilliseconds);
            return Recount();
        }

        /// <summary>
        /// Closes the batch with the host: refuses while a payment is unresolved or a result is still
        /// queued for the host; otherwise sends the batch's totals and starts the next batch when the
        /// host agrees. Safe to call again at any time: a request without an answer is sent again
        /// under the same key.
        /// </summary>
        /// <returns>Settled, Mismatch (with the host's totals), Refused or NoAnswer, with the cashier's message and the cause id.</returns>
        public SettlementOutcome Settle()
        {
            return SettleCore(-1);
        }

        /// <summary>
        /// Whether the daily automatic settlement is due: the configured UTC time of day has passed,
        /// no automatic settlement ended today (settled or mismatch), and the batch is not empty.
        /// </summary>
        /// <param name="nowUtcMilliseconds">The time now, UTC milliseconds since 1970.</param>
        /// <returns><c>true</c> when <see cref="AutoSettle"/> would settle.</returns>
        public bool ShouldAutoSettle(long nowUtcMilliseconds)
        {
            int minute = _settlementSettings.AutoSettleMinuteOfDayUtc;
            if (_batch == null || minute < 0 || minute >= SettlementSettings.MinutesPerDay || nowUtcMilliseconds < 0)
            {
                return false;
            }

            if (nowUtcMilliseconds % MillisecondsPerDay < minute * MillisecondsPerMinute)
            {
                return false;
            }

            try
            {
                EnsureBatch();
            }
            catch (SettlementBatchException)
            {
                return false;
            }
            catch (StorageException)
            {
                return false;
            }

            return nowUtcMilliseconds / MillisecondsPerDay != _batch.LastAutoSettleDay && (!_batch.IsEmpty || _uncounted.Count > 0);
        }

        /// <summary>
        /// The daily automatic settlement: settles when <see cref="ShouldAutoSettle"/> says so. A settled
        /// or mismatched batch records the day (in the same batch write), so it fires once per day; a
        /// refusal or a lost answer leaves it due, to be tried again by the next call.
        /// </summary>
        /// <param name="nowUtcMilliseconds">The time now, UTC milliseconds since 1970.</param>
        /// <returns>The settlement's outcome; <c>null</c> when it is not due.</returns>
        public SettlementOutcome AutoSettle(long nowUtcMilliseconds)
        {
            if (!ShouldAutoSettle(nowUtcMilliseconds))
            {
                return null;
            }

            return SettleCore(nowUtcMilliseconds / MillisecondsPerDay);
        }

        /// <summary>
        /// Counts a freshly recorded approval into the batch (called by <see cref="Conclude"/> after the journal's commit).
        /// Only what the journal holds as approved counts: a duplicate answer to a resolved transaction changes nothing.
        /// </summary>
        private void CountIntoBatch(JournalTransaction transaction, HostResponse response)
        {
            if (_batch == null || transaction == null || response == null || response.Outcome != TransactionOutcome.Approved
                || transaction.State != TransactionState.Approved)
            {
                return;
            }

            TransactionIntent intent = transaction.Intent.DecodeIntent();
            try
            {
                EnsureBatch();
                _batch.Count(transaction.Sequence, intent.Method, intent.Kind, intent.AmountMinorUnits);
            }
            catch (StorageException)
            {
                // Kept in memory and counted again at the next count, settle or boot (the journal holds it until delivered).
                _uncounted.Add(new UncountedApproval(transaction.Sequence, intent.Method, intent.Kind, intent.AmountMinorUnits));
            }
            catch (SettlementBatchException)
            {
                _uncounted.Add(new UncountedApproval(transaction.Sequence, intent.Method, intent.Kind, intent.AmountMinorUnits));
            }
        }

        private SettlementOutcome SettleCore(long autoSettleDay)
        {
            if (_batch == null)
            {
                return SettlementRefused(0, "Settlement is not set up on this terminal.", "Call service.", "SW-CONFIG");
            }

            try
            {
                EnsureBatch();
                Recount();
            }
            catch (SettlementBatchException exception)
            {
                return SettlementRefused(_batch.IsLoaded ? _batch.BatchNumber : 0, "Settlement refused: " + exception.Message, "Call service. Do not power off.", SettlementBatchException.Cause);
            }
            catch (StorageException exception)
            {
                return SettlementRefused(_batch.IsLoaded ? _batch.BatchNumber : 0, "Settlement refused: the terminal cannot write its batch (" + exception.Message + ").", "Call service. Do not power off.", "HW-STORAGE");
            }

            long batchNumber = _batch.BatchNumber;
            if (_uncounted.Count > 0)
            {
                return SettlementRefused(batchNumber, "Settlement refused: " + _uncounted.Count.ToString() + " approval(s) could not be written to the batch.", "Call service. Do not power off.", "HW-STORAGE");
            }

            int unresolved = CountUnresolved();
            if (unresolved > 0)
            {
                return SettlementRefused(batchNumber, "Settlement refused: results are still being checked (" + unresolved.ToString() + " payment(s) unknown or awaiting the customer).", "Wait until every result is shown, then settle again.", "TX-UNKNOWN");
            }

            SendQueuedHostItems();

            // Only payments' items hold settlement back: a diagnostic report carries no money, and one the host keeps
            // refusing (5xx on its endpoint only) must not block the batch forever. It was offered above all the same.
            int queued = _journal.PendingCount(Destinations.Host) - _journal.QueuedReportCount;
            if (queued > 0)
            {
                return SettlementRefused(batchNumber, "Settlement refused: results still queued for the host (network?): " + queued.ToString() + " waiting.", "Restore the connection; the queue drains by itself. Then settle again.", "TX-PENDING");
            }

            if (!_batch.HasPendingAttempt)
            {
                long now = _clock.UtcNowMilliseconds;
                if (now < _batch.StartedUtcMilliseconds)
                {
                    return SettlementRefused(batchNumber, "Settlement refused: the terminal's clock is before the batch's start.", "Sync the time, then settle again.", "SW-CLOCK");
                }

                try
                {
                    // Durable before the request goes out: a reboot resends the same request under the same key.
                    _batch.BeginAttempt(now, _journal.NextSequence);
                }
                catch (StorageException exception)
                {
                    return SettlementRefused(batchNumber, "Settlement refused: the terminal cannot write its batch (" + exception.Message + ").", "Call service. Do not power off.", "HW-STORAGE");
                }
            }

            SettlementRequest request = new SettlementRequest();
            request.Batch = batchNumber;
            request.FromUtcMilliseconds = _batch.StartedUtcMilliseconds;
            request.ToUtcMilliseconds = _batch.PendingToUtcMilliseconds;
            request.Totals = _batch.GetPendingTotals();
            string key = _journal.KeyNamespace + "-S" + batchNumber.ToString() + "." + _batch.Attempt.ToString();

            HostReply reply;
            try
            {
                reply = _host.Settle(key, request);
            }
            catch (ArgumentException exception)
            {
                return SettlementRefused(batchNumber, "Settlement refused: the request is invalid (" + exception.Message + ").", "Call service.", "SW-CONFIG");
            }

            if (reply.Advice == HostReplyAdvice.Success && reply.Settlement != null)
            {
                SettlementResult result = reply.Settlement;
                if (result.Status == SettlementStatus.Settled)
                {
                    try
                    {
                        _batch.CompleteSettled(autoSettleDay);
                    }
                    catch (StorageException exception)
                    {
                        // The host settled; the next Settle sends the same request again and gets the stored answer.
                        return new SettlementOutcome(SettlementOutcomeStatus.Settled, batchNumber, request.Totals, null, "Settled with the host, but the next batch could not be started (" + exception.Message + ").", "Settle again to finish; call service if it repeats.", "HW-STORAGE");
                    }

                    return new SettlementOutcome(SettlementOutcomeStatus.Settled, batchNumber, request.Totals, null, "Batch " + batchNumber.ToString() + " settled.", string.Empty, string.Empty);
                }

                try
                {
                    _batch.RecordMismatch(autoSettleDay);
                }
                catch (StorageException exception)
                {
                    return new SettlementOutcome(SettlementOutcomeStatus.Mismatch, batchNumber, request.Totals, result.HostTotals, "The host's totals differ, and the batch could not be updated (" + exception.Message + ").", "Call service.", "HW-STORAGE");
                }

                return new SettlementOutcome(SettlementOutcomeStatus.Mismatch, batchNumber, request.Totals, result.HostTotals, "Settlement failed: the host's totals differ from the terminal's. The batch stays open.", "Check the transaction record, let queued results reach the host, then settle again.", "TX-PENDING");
            }

            if (reply.Advice == HostReplyAdvice.ConfigurationError)
            {
                return SettlementRefused(batchNumber, "Settlement refused by the host: it does not know this terminal.", "Check the terminal's configuration.", "SW-CONFIG");
            }

            string cause = reply.CauseId != null && reply.CauseId.Length > 0 ? reply.CauseId : "NET-GATEWAY";
            return new SettlementOutcome(SettlementOutcomeStatus.NoAnswer, batchNumber, request.Totals, null, "No answer to the settlement. Nothing is lost: it is sent again under the same key.", "Check the connection, then settle again.", cause);
        }

        private void EnsureBatch()
        {
            if (!_batch.IsLoaded)
            {
                OpenBatch();
            }
        }

        /// <summary>Counts every approved transaction the journal holds that the batch does not list, and approvals a storage error kept in memory.</summary>
        private int Recount()
        {
            int counted = 0;
            for (int i = 0; i < _journal.LiveTransactionCount; i++)
            {
                JournalTransaction transaction = _journal.GetTransaction(i);
                if (transaction.State != TransactionState.Approved || _batch.IsCounted(transaction.Sequence))
                {
                    continue;
                }

                TransactionIntent intent = transaction.Intent.DecodeIntent();
                if (_batch.Count(transaction.Sequence, intent.Method, intent.Kind, intent.AmountMinorUnits))
                {
                    counted++;
                }
            }

            while (_uncounted.Count > 0)
            {
                UncountedApproval approval = (UncountedApproval)_uncounted[0];
                if (_batch.Count(approval.Sequence, approval.Method, approval.Kind, approval.AmountMinorUnits))
                {
                    counted++;
                }

                _uncounted.RemoveAt(0);
            }

            return counted;
        }

        private int CountUnresolved()
        {
            int unresolved = 0;
            for (int i = 0; i < _journal.LiveTransactionCount; i++)
            {
                if (!_journal.GetTransaction(i).IsResolved)
                {
                    unresolved++;
                }
            }

            return unresolved;
        }

        private SettlementOutcome SettlementRefused(long batchNumber, string message, string nextStep, string causeId)
        {
            SettlementTotal[] totals = _batch != null && _batch.IsLoaded ? _batch.GetTotals() : null;
            return new SettlementOutcome(SettlementOutcomeStatus.Refused, batchNumber, totals, null, message, nextStep, causeId);
        }

        /// <summary>An approval whose count a storage error stopped: counted again at the next chance.</summary>
        private sealed class UncountedApproval
        {
            public UncountedApproval(uint sequence, PaymentMethod method, TransactionKind kind, long amountMinorUnits)
            {
                Sequence = sequence;
                Method = method;
                Kind = kind;
                AmountMinorUnits = amountMinorUnits;
            }

            public uint Sequence { get; }

            public PaymentMethod Method { get; }

            public TransactionKind Kind { get; }

            public long AmountMinorUnits { get; }
        }
    }
}
