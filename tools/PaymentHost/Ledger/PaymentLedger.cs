using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Data.Sqlite;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The host's ledger in SQLite: payments, burned keys (tombstones), stored idempotent responses, QR
    /// notifications, result uploads and settlements. It answers "was this customer charged, and how many
    /// times" (<see cref="Charges"/>, <see cref="Summary"/>): the truth a chaos campaign checks. Every
    /// change and the response stored under its idempotency key commit in one transaction, so a dropped
    /// response is replayed, never processed twice. Thread-safe: one connection behind one lock.
    /// Pending QR orders whose auto-pay or expiry time has come are settled at the start of every call.
    /// </summary>
    public sealed class PaymentLedger : IDisposable
    {
        private const string Schema = @"
CREATE TABLE IF NOT EXISTS payments (
    key TEXT PRIMARY KEY NOT NULL,
    host_sequence INTEGER,
    terminal_id TEXT NOT NULL,
    merchant_id TEXT NOT NULL,
    kind TEXT,
    method TEXT,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency INTEGER NOT NULL DEFAULT 0,
    created_utc INTEGER NOT NULL DEFAULT 0,
    reference TEXT,
    card_last4 TEXT,
    card_brand TEXT,
    entry_mode TEXT,
    status TEXT NOT NULL,
    response_code TEXT,
    authorization_code TEXT,
    host_reference TEXT,
    status_utc INTEGER NOT NULL,
    qr_content TEXT,
    expires_utc INTEGER,
    auto_pay_utc INTEGER,
    tombstone INTEGER NOT NULL DEFAULT 0,
    settled_batch INTEGER);
CREATE INDEX IF NOT EXISTS payments_reference ON payments(reference);
CREATE INDEX IF NOT EXISTS payments_status ON payments(status);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY NOT NULL,
    scope TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    status_code INTEGER NOT NULL,
    body BLOB NOT NULL,
    stored_utc INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS notifications (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_key TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    status TEXT NOT NULL,
    host_reference TEXT,
    created_utc INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY NOT NULL,
    payment_key TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    status TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency INTEGER NOT NULL,
    method TEXT NOT NULL,
    last4 TEXT,
    host_reference TEXT,
    late INTEGER NOT NULL,
    terminal_time_utc INTEGER NOT NULL,
    received_utc INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS settlements (
    key TEXT PRIMARY KEY NOT NULL,
    terminal_id TEXT NOT NULL,
    batch INTEGER NOT NULL,
    from_utc INTEGER NOT NULL,
    to_utc INTEGER NOT NULL,
    status TEXT NOT NULL,
    received_utc INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS diagnostics (
    key TEXT PRIMARY KEY NOT NULL,
    terminal_id TEXT NOT NULL,
    plan TEXT NOT NULL,
    started_utc INTEGER NOT NULL,
    part INTEGER NOT NULL,
    parts INTEGER NOT NULL,
    results INTEGER NOT NULL,
    worst TEXT NOT NULL,
    body TEXT NOT NULL,
    received_utc INTEGER NOT NULL);";

        private readonly object gate = new object();
        private readonly SqliteConnection connection;
        private readonly PaymentHostOptions options;
        private readonly Dictionary<string, InFlightRequest> inFlight = new Dictionary<string, InFlightRequest>(StringComparer.Ordinal);
        private bool disposed;

        /// <summary>Opens (or creates) the ledger the options name.</summary>
        /// <param name="options">The host's options: <see cref="PaymentHostOptions.DatabasePath"/>, the clock and the QR timings.</param>
        internal PaymentLedger(PaymentHostOptions options)
        {
            this.options = options;
            var builder = new SqliteConnectionStringBuilder { Pooling = false };
            if (options.DatabasePath == null)
            {
                builder.DataSource = "payment-host-" + Guid.NewGuid().ToString("N");
                builder.Mode = SqliteOpenMode.Memory;
                builder.Cache = SqliteCacheMode.Shared;
            }
            else
            {
                string? folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                builder.DataSource = options.DatabasePath;
                builder.Mode = SqliteOpenMode.ReadWriteCreate;
            }

            connection = new SqliteConnection(builder.ToString());
            connection.Open();
            if (options.DatabasePath != null)
            {
                Run("PRAGMA journal_mode=WAL;");
            }

            Run("PRAGMA synchronous=FULL;");
            Run(Schema);
        }

        /// <summary>The ledger's time now, host UTC milliseconds.</summary>
        internal long NowUtc => options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

        /// <summary>The payment under a key, tombstones included; <see langword="null"/> when the host never saw the key.</summary>
        /// <param name="key">The payment's key.</param>
        /// <returns>The payment as it stands now.</returns>
        public PaymentRecord? FindPayment(string key) => Execute(null, transaction => transaction.Find(key));

        /// <summary>Whether a request under an idempotency key is being processed right now.</summary>
        /// <param name="idempotencyKey">The key.</param>
        /// <returns><see langword="true"/> between acceptance and commit.</returns>
        public bool IsInFlight(string idempotencyKey)
        {
            lock (gate)
            {
                return inFlight.ContainsKey(idempotencyKey);
            }
        }

        /// <summary>"Was this customer charged, and how many times" for one merchant reference.</summary>
        /// <param name="reference">The merchant's reference of the sale.</param>
        /// <returns>Net approvals, their keys, reversed keys and the net amount charged.</returns>
        public ChargeReport Charges(string reference) => Execute(null, transaction => transaction.Charges(reference));

        /// <summary>The self-test reports (<c>POST /v1/diagnostics</c>) a terminal sent, one per idempotency key, in arrival order.</summary>
        /// <param name="terminalId">The terminal id.</param>
        /// <returns>The stored reports.</returns>
        public IReadOnlyList<DiagnosticsRecord> Diagnostics(string terminalId) => Execute(null, transaction => transaction.Diagnostics(terminalId));

        /// <summary>Counts over the whole ledger, with the references charged more than once.</summary>
        /// <returns>The summary.</returns>
        public LedgerSummary Summary() => Execute(null, transaction => transaction.Summary());

        /// <summary>
        /// The simulated customer pays a pending <c>qr-merchant</c> order (what <c>POST /admin/qr/{key}/pay</c> does).
        /// </summary>
        /// <param name="key">The order's payment key.</param>
        /// <param name="payment">The payment after the call: approved when paid; as it stood when it was not pending; <see langword="null"/> when unknown.</param>
        /// <returns><see langword="true"/> when the order was pending and is now approved.</returns>
        public bool TryPayQrOrder(string key, out PaymentRecord? payment)
        {
            PaymentRecord? after = null;
            bool paid = Execute(null, transaction => transaction.TryPayQrOrder(key, out after));
            payment = after;
            return paid;
        }

        /// <summary>Closes the database. The server calls it when it stops.</summary>
        public void Dispose()
        {
            lock (gate)
            {
                if (disposed)
                {
                    return;
                }

                disposed = true;
                connection.Dispose();
            }
        }

        /// <summary>
        /// The idempotency table's verdict for a state-changing request, and when the key is new, the key
        /// marked in flight (to be released by <see cref="Execute{T}"/> or <see cref="EndInFlight"/>).
        /// </summary>
        /// <param name="key">The <c>Idempotency-Key</c>.</param>
        /// <param name="scope">The operation and its path key: the same key on another operation is a reuse.</param>
        /// <param name="fingerprint">SHA-256 of the body bytes.</param>
        internal IdempotencyDecision BeginIdempotent(string key, string scope, byte[] fingerprint)
        {
            lock (gate)
            {
                ThrowIfDisposed();
                if (inFlight.TryGetValue(key, out InFlightRequest? running))
                {
                    return running.Scope == scope && running.Fingerprint.AsSpan().SequenceEqual(fingerprint)
                        ? IdempotencyDecision.InProgress()
                        : IdempotencyDecision.Reused();
                }

                using (SqliteCommand command = connection.CreateCommand())
                {
                    command.CommandText = "SELECT scope, fingerprint, status_code, body FROM idempotency WHERE key = $key";
                    command.Parameters.AddWithValue("$key", key);
                    using SqliteDataReader reader = command.ExecuteReader();
                    if (reader.Read())
                    {
                        bool same = reader.GetString(0) == scope && ((byte[])reader.GetValue(1)).AsSpan().SequenceEqual(fingerprint);
                        return same ? IdempotencyDecision.Replay(reader.GetInt32(2), (byte[])reader.GetValue(3)) : IdempotencyDecision.Reused();
                    }
                }

                inFlight.Add(key, new InFlightRequest(scope, fingerprint));
                return IdempotencyDecision.Started();
            }
        }

        /// <summary>Releases a key marked in flight without storing anything (the request was refused).</summary>
        /// <param name="key">The key; releasing a key not in flight is harmless.</param>
        internal void EndInFlight(string key)
        {
            lock (gate)
            {
                inFlight.Remove(key);
            }
        }

        /// <summary>
        /// Runs work in one SQLite transaction under the ledger's lock, after settling due QR orders, and
        /// commits it; releases <paramref name="inFlightKey"/> in the same lock, so no request sees the key
        /// neither stored nor in flight.
        /// </summary>
        internal T Execute<T>(string? inFlightKey, Func<LedgerTransaction, T> work)
        {
            lock (gate)
            {
                try
                {
                    ThrowIfDisposed();
                    using SqliteTransaction transaction = connection.BeginTransaction();
                    var unit = new LedgerTransaction(connection, transaction, NowUtc, options);
                    unit.SettleDueQrOrders();
                    T result = work(unit);
                    transaction.Commit();
                    return result;
                }
                finally
                {
                    if (inFlightKey != null)
                    {
                        inFlight.Remove(inFlightKey);
                    }
                }
            }
        }

        private void Run(string sql)
        {
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);

        private sealed class InFlightRequest
        {
            public InFlightRequest(string scope, byte[] fingerprint)
            {
                Scope = scope;
                Fingerprint = fingerprint;
            }

            public string Scope { get; }

            public byte[] Fingerprint { get; }
        }
    }
}
