using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The ledger's operations inside one SQLite transaction, at one instant (<see cref="now"/>). Created
    /// only by <see cref="PaymentLedger.Execute{T}"/>, under the ledger's lock.
    /// </summary>
    internal sealed class LedgerTransaction
    {
        private const string PaymentColumns =
            "key, terminal_id, merchant_id, kind, method, amount_minor, currency, created_utc, reference, card_last4, status, "
            + "response_code, authorization_code, host_reference, status_utc, qr_content, expires_utc, auto_pay_utc, tombstone, settled_batch";

        private const string UnsettledApprovals =
            "terminal_id = $terminal AND tombstone = 0 AND status = 'approved' AND settled_batch IS NULL AND created_utc <= $to";

        private const string AuthorizationCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        private readonly SqliteConnection connection;
        private readonly SqliteTransaction transaction;
        private readonly long now;
        private readonly PaymentHostOptions options;

        public LedgerTransaction(SqliteConnection connection, SqliteTransaction transaction, long now, PaymentHostOptions options)
        {
            this.connection = connection;
            this.transaction = transaction;
            this.now = now;
            this.options = options;
        }

        /// <summary>The instant of this transaction, host UTC milliseconds.</summary>
        public long Now => now;

        public PaymentRecord? Find(string key)
        {
            using SqliteCommand command = Command("SELECT " + PaymentColumns + " FROM payments WHERE key = $key", ("$key", key));
            using SqliteDataReader reader = command.ExecuteReader();
            return reader.Read() ? ReadPayment(reader) : null;
        }

        /// <summary>Pays pending QR orders whose auto-pay time has come, and closes those past their expiry.</summary>
        public void SettleDueQrOrders()
        {
            var due = new List<PaymentRecord>();
            using (SqliteCommand command = Command(
                "SELECT " + PaymentColumns + " FROM payments WHERE status = 'pending' AND ((auto_pay_utc IS NOT NULL AND auto_pay_utc <= $now) OR expires_utc <= $now)",
                ("$now", now)))
            using (SqliteDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    due.Add(ReadPayment(reader));
                }
            }

            foreach (PaymentRecord payment in due)
            {
                long expires = payment.ExpiresUtc ?? now;
                if (payment.AutoPayUtc != null && payment.AutoPayUtc.Value <= now && payment.AutoPayUtc.Value < expires)
                {
                    Approve(payment, payment.AutoPayUtc.Value);
                }
                else
                {
                    ChangeStatus(payment, PaymentStatuses.Closed, expires);
                }
            }
        }

        /// <summary>
        /// Authorizes a new payment: the scripted issuer decides, unless <paramref name="forceApproval"/> (the
        /// approve faults). A key already in the ledger, a burned one above all, is answered as it stands and
        /// never processed again.
        /// </summary>
        public PaymentRecord Authorize(string key, AuthorizationRequest request, string terminalId, string merchantId, bool forceApproval)
        {
            PaymentRecord? existing = Find(key);
            if (existing != null)
            {
                return existing;
            }

            string code = forceApproval ? ScriptedIssuer.Approved : ScriptedIssuer.Decide(request.AmountMinor, request.CreatedUtc, now);
            bool approved = code == ScriptedIssuer.Approved;
            bool pending = approved && request.Method == "qr-merchant" && !forceApproval;
            string status = pending ? PaymentStatuses.Pending : approved ? PaymentStatuses.Approved : PaymentStatuses.Declined;

            long sequence = NextHostSequence();
            long? expires = pending ? now + options.QrExpiryMilliseconds : null;
            long? autoPay = pending && options.QrAutoPayMilliseconds != null ? now + options.QrAutoPayMilliseconds.Value : null;
            Execute(
                "INSERT INTO payments (key, host_sequence, terminal_id, merchant_id, kind, method, amount_minor, currency, created_utc, reference, "
                + "card_last4, card_brand, entry_mode, status, response_code, authorization_code, host_reference, status_utc, qr_content, expires_utc, auto_pay_utc, tombstone) "
                + "VALUES ($key, $sequence, $terminal, $merchant, $kind, $method, $amount, $currency, $created, $reference, "
                + "$last4, $brand, $entry, $status, $code, $authorization, $hostReference, $now, $qr, $expires, $autoPay, 0)",
                ("$key", key),
                ("$sequence", sequence),
                ("$terminal", terminalId),
                ("$merchant", merchantId),
                ("$kind", request.Kind),
                ("$method", request.Method),
                ("$amount", request.AmountMinor),
                ("$currency", request.Currency),
                ("$created", request.CreatedUtc),
                ("$reference", request.Reference),
                ("$last4", request.CardLast4),
                ("$brand", request.CardBrand),
                ("$entry", request.EntryMode),
                ("$status", status),
                ("$code", pending ? null : code),
                ("$authorization", approved && !pending ? AuthorizationCode(key) : null),
                ("$hostReference", "HR" + sequence.ToString("D10", CultureInfo.InvariantCulture)),
                ("$now", now),
                ("$qr", pending ? "pay://host/" + key : null),
                ("$expires", expires),
                ("$autoPay", autoPay));

            PaymentRecord created = Find(key)!;
            if (created.Method == "qr-merchant" && created.Status == PaymentStatuses.Approved)
            {
                Notify(created, PaymentStatuses.Approved, now);
            }

            return created;
        }

        /// <summary>Closes a pending QR order; a final payment is returned unchanged; an unknown key is burned.</summary>
        public PaymentRecord Close(string key, string terminalId, string merchantId)
        {
            PaymentRecord? payment = Find(key);
            if (payment == null)
            {
                return Burn(key, terminalId, merchantId);
            }

            if (payment.Status == PaymentStatuses.Pending)
            {
                ChangeStatus(payment, PaymentStatuses.Closed, now);
                return Find(key)!;
            }

            return payment;
        }

        /// <summary>
        /// Undoes an approval (reversed); closes a pending order; returns a declined, closed or reversed payment
        /// unchanged; burns an unknown key (closed).
        /// </summary>
        public PaymentRecord Reverse(string key, string terminalId, string merchantId)
        {
            PaymentRecord? payment = Find(key);
            if (payment == null)
            {
                return Burn(key, terminalId, merchantId);
            }

            if (payment.Status == PaymentStatuses.Approved)
            {
                ChangeStatus(payment, PaymentStatuses.Reversed, now);
                return Find(key)!;
            }

            if (payment.Status == PaymentStatuses.Pending)
            {
                ChangeStatus(payment, PaymentStatuses.Closed, now);
                return Find(key)!;
            }

            return payment;
        }

        public bool TryPayQrOrder(string key, out PaymentRecord? payment)
        {
            payment = Find(key);
            if (payment == null || payment.Status != PaymentStatuses.Pending)
            {
                return false;
            }

            Approve(payment, now);
            payment = Find(key);
            return true;
        }

        public void StoreResult(string key, ResultUpload result, string terminalId)
        {
            Execute(
                "INSERT INTO results (key, payment_key, terminal_id, status, amount_minor, currency, method, last4, host_reference, late, terminal_time_utc, received_utc) "
                + "VALUES ($key, $payment, $terminal, $status, $amount, $currency, $method, $last4, $hostReference, $late, $terminalTime, $now)",
                ("$key", key),
                ("$payment", result.PaymentKey),
                ("$terminal", terminalId),
                ("$status", result.Status),
                ("$amount", result.AmountMinor),
                ("$currency", result.Currency),
                ("$method", result.Method),
                ("$last4", result.Last4),
                ("$hostReference", result.HostReference),
                ("$late", result.Late ? 1 : 0),
                ("$terminalTime", result.TerminalTimeUtc),
                ("$now", now));
        }

        /// <summary>Stores a self-test report under its key; the idempotency table answers a replay before this runs.</summary>
        public void StoreDiagnostics(string key, DiagnosticsReport report, byte[] body)
        {
            Execute(
                "INSERT INTO diagnostics (key, terminal_id, plan, started_utc, part, parts, results, worst, body, received_utc) "
                + "VALUES ($key, $terminal, $plan, $started, $part, $parts, $results, $worst, $body, $now)",
                ("$key", key),
                ("$terminal", report.TerminalId),
                ("$plan", report.Plan),
                ("$started", report.StartedUtc),
                ("$part", report.Part),
                ("$parts", report.Parts),
                ("$results", report.ResultCount),
                ("$worst", report.Worst),
                ("$body", System.Text.Encoding.UTF8.GetString(body)),
                ("$now", now));
        }

        /// <summary>The self-test reports of a terminal, in arrival order.</summary>
        public List<DiagnosticsRecord> Diagnostics(string terminalId)
        {
            var list = new List<DiagnosticsRecord>();
            using SqliteCommand command = Command(
                "SELECT key, plan, started_utc, part, parts, results, worst, body, received_utc FROM diagnostics WHERE terminal_id = $terminal ORDER BY rowid",
                ("$terminal", terminalId));
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(new DiagnosticsRecord
                {
                    Key = reader.GetString(0),
                    TerminalId = terminalId,
                    Plan = reader.GetString(1),
                    StartedUtc = reader.GetInt64(2),
                    Part = reader.GetInt32(3),
                    Parts = reader.GetInt32(4),
                    Results = reader.GetInt32(5),
                    Worst = reader.GetString(6),
                    Body = reader.GetString(7),
                    ReceivedUtc = reader.GetInt64(8),
                });
            }

            return list;
        }

        /// <summary>
        /// Compares the terminal's totals with the host's: approved payments of the terminal not settled yet,
        /// created (terminal time) no later than the batch's <c>toUtc</c>, per method and kind. Equal (lines of
        /// zero count and zero amount ignored): those payments are marked settled in the batch.
        /// </summary>
        public SettlementOutcome Settle(string key, SettlementRequest request, string terminalId)
        {
            var hostTotals = new List<SettlementTotal>();
            using (SqliteCommand command = Command(
                "SELECT method, kind, COUNT(*), SUM(amount_minor) FROM payments WHERE " + UnsettledApprovals + " GROUP BY method, kind ORDER BY method, kind",
                ("$terminal", terminalId),
                ("$to", request.ToUtc)))
            using (SqliteDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    hostTotals.Add(new SettlementTotal { Method = reader.GetString(0), Kind = reader.GetString(1), Count = reader.GetInt64(2), AmountMinor = reader.GetInt64(3) });
                }
            }

            bool settled = SameTotals(request.Totals, hostTotals);
            if (settled)
            {
                Execute("UPDATE payments SET settled_batch = $batch WHERE " + UnsettledApprovals, ("$batch", request.Batch), ("$terminal", terminalId), ("$to", request.ToUtc));
            }

            Execute(
                "INSERT INTO settlements (key, terminal_id, batch, from_utc, to_utc, status, received_utc) VALUES ($key, $terminal, $batch, $from, $to, $status, $now)",
                ("$key", key),
                ("$terminal", terminalId),
                ("$batch", request.Batch),
                ("$from", request.FromUtc),
                ("$to", request.ToUtc),
                ("$status", settled ? "settled" : "mismatch"),
                ("$now", now));
            return new SettlementOutcome { Settled = settled, Batch = request.Batch, HostTotals = hostTotals };
        }

        /// <summary>The terminal's notifications after a cursor, oldest first, at most <paramref name="limit"/>.</summary>
        public List<Notification> Notifications(string terminalId, long after, int limit)
        {
            var list = new List<Notification>();
            using SqliteCommand command = Command(
                "SELECT sequence, payment_key, status, host_reference FROM notifications WHERE terminal_id = $terminal AND sequence > $after ORDER BY sequence LIMIT $limit",
                ("$terminal", terminalId),
                ("$after", after),
                ("$limit", limit));
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(new Notification
                {
                    Sequence = reader.GetInt64(0),
                    PaymentKey = reader.GetString(1),
                    Status = reader.GetString(2),
                    HostReference = reader.IsDBNull(3) ? null : reader.GetString(3),
                });
            }

            return list;
        }

        public void StoreResponse(string key, string scope, byte[] fingerprint, int statusCode, byte[] body)
        {
            Execute(
                "INSERT INTO idempotency (key, scope, fingerprint, status_code, body, stored_utc) VALUES ($key, $scope, $fingerprint, $status, $body, $now)",
                ("$key", key),
                ("$scope", scope),
                ("$fingerprint", fingerprint),
                ("$status", statusCode),
                ("$body", body),
                ("$now", now));
        }

        public ChargeReport Charges(string reference)
        {
            var approved = new List<string>();
            var reversed = new List<string>();
            var refunds = new List<string>();
            long net = 0;
            using (SqliteCommand command = Command(
                "SELECT key, kind, status, amount_minor FROM payments WHERE reference = $reference AND tombstone = 0 ORDER BY host_sequence",
                ("$reference", reference)))
            using (SqliteDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    string key = reader.GetString(0);
                    bool sale = reader.GetString(1) == "sale";
                    string status = reader.GetString(2);
                    long amount = reader.GetInt64(3);
                    if (status == PaymentStatuses.Approved)
                    {
                        (sale ? approved : refunds).Add(key);
                        net += sale ? amount : -amount;
                    }
                    else if (status == PaymentStatuses.Reversed && sale)
                    {
                        reversed.Add(key);
                    }
                }
            }

            return new ChargeReport
            {
                Reference = reference,
                Charges = approved.Count,
                ApprovedKeys = approved,
                ReversedKeys = reversed,
                RefundKeys = refunds,
                NetChargedMinor = net,
            };
        }

        public LedgerSummary Summary()
        {
            var byStatus = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [PaymentStatuses.Approved] = 0,
                [PaymentStatuses.Declined] = 0,
                [PaymentStatuses.Pending] = 0,
                [PaymentStatuses.Reversed] = 0,
                [PaymentStatuses.Closed] = 0,
            };
            int payments = 0;
            using (SqliteCommand command = Command("SELECT status, COUNT(*) FROM payments WHERE tombstone = 0 GROUP BY status"))
            using (SqliteDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    int count = reader.GetInt32(1);
                    byStatus[reader.GetString(0)] = count;
                    payments += count;
                }
            }

            var doubleCharged = new List<string>();
            using (SqliteCommand command = Command(
                "SELECT reference FROM payments WHERE tombstone = 0 AND kind = 'sale' AND status = 'approved' GROUP BY reference HAVING COUNT(*) > 1 ORDER BY reference"))
            using (SqliteDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    doubleCharged.Add(reader.GetString(0));
                }
            }

            return new LedgerSummary
            {
                Payments = payments,
                ByStatus = byStatus,
                Tombstones = Count("SELECT COUNT(*) FROM payments WHERE tombstone = 1"),
                DoubleCharges = doubleCharged.Count,
                DoubleChargedReferences = doubleCharged,
                Results = Count("SELECT COUNT(*) FROM results"),
                ResultsDisagreeingWithLedger = Count(
                    "SELECT COUNT(*) FROM results r LEFT JOIN payments p ON p.key = r.payment_key WHERE p.key IS NULL OR p.status <> r.status"),
                Notifications = Count("SELECT COUNT(*) FROM notifications"),
                SettlementsSettled = Count("SELECT COUNT(*) FROM settlements WHERE status = 'settled'"),
                SettlementsMismatched = Count("SELECT COUNT(*) FROM settlements WHERE status = 'mismatch'"),
                Diagnostics = Count("SELECT COUNT(*) FROM diagnostics"),
            };
        }

        private static bool SameTotals(List<SettlementTotal> terminal, List<SettlementTotal> host)
        {
            var expected = new Dictionary<string, (long Count, long Amount)>(StringComparer.Ordinal);
            foreach (SettlementTotal line in host)
            {
                expected[line.Method + "/" + line.Kind] = (line.Count, line.AmountMinor);
            }

            int matched = 0;
            foreach (SettlementTotal line in terminal)
            {
                if (line.Count == 0 && line.AmountMinor == 0)
                {
                    continue;
                }

                if (!expected.TryGetValue(line.Method + "/" + line.Kind, out (long Count, long Amount) hostLine)
                    || hostLine.Count != line.Count || hostLine.Amount != line.AmountMinor)
                {
                    return false;
                }

                matched++;
            }

            return matched == expected.Count;
        }

        private static string AuthorizationCode(string key)
        {
            byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("authorization:" + key));
            var code = new StringBuilder(6);
            for (int index = 0; index < 6; index++)
            {
                code.Append(AuthorizationCodeAlphabet[hash[index] % AuthorizationCodeAlphabet.Length]);
            }

            return code.ToString();
        }

        private static PaymentRecord ReadPayment(SqliteDataReader reader) => new PaymentRecord
        {
            Key = reader.GetString(0),
            TerminalId = reader.GetString(1),
            MerchantId = reader.GetString(2),
            Kind = NullableString(reader, 3),
            Method = NullableString(reader, 4),
            AmountMinor = reader.GetInt64(5),
            Currency = reader.GetInt32(6),
            CreatedUtc = reader.GetInt64(7),
            Reference = NullableString(reader, 8),
            CardLast4 = NullableString(reader, 9),
            Status = reader.GetString(10),
            ResponseCode = NullableString(reader, 11),
            AuthorizationCode = NullableString(reader, 12),
            HostReference = NullableString(reader, 13),
            StatusUtc = reader.GetInt64(14),
            QrContent = NullableString(reader, 15),
            ExpiresUtc = NullableLong(reader, 16),
            AutoPayUtc = NullableLong(reader, 17),
            IsTombstone = reader.GetInt64(18) != 0,
            SettledBatch = NullableLong(reader, 19),
        };

        private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

        private static long? NullableLong(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

        /// <summary>A tombstone: the key is burned, so an authorization arriving later is answered closed.</summary>
        private PaymentRecord Burn(string key, string terminalId, string merchantId)
        {
            Execute(
                "INSERT INTO payments (key, terminal_id, merchant_id, status, status_utc, tombstone) VALUES ($key, $terminal, $merchant, 'closed', $now, 1)",
                ("$key", key),
                ("$terminal", terminalId),
                ("$merchant", merchantId),
                ("$now", now));
            return Find(key)!;
        }

        private void Approve(PaymentRecord payment, long at)
        {
            Execute(
                "UPDATE payments SET status = 'approved', response_code = $code, authorization_code = $authorization, status_utc = $at WHERE key = $key",
                ("$code", ScriptedIssuer.Approved),
                ("$authorization", AuthorizationCode(payment.Key)),
                ("$at", at),
                ("$key", payment.Key));
            Notify(payment, PaymentStatuses.Approved, at);
        }

        private void ChangeStatus(PaymentRecord payment, string status, long at)
        {
            Execute("UPDATE payments SET status = $status, status_utc = $at WHERE key = $key", ("$status", status), ("$at", at), ("$key", payment.Key));
            Notify(payment, status, at);
        }

        /// <summary>A notification for every change of a <c>qr-merchant</c> order out of pending, or of its approval.</summary>
        private void Notify(PaymentRecord payment, string status, long at)
        {
            if (payment.Method != "qr-merchant")
            {
                return;
            }

            Execute(
                "INSERT INTO notifications (payment_key, terminal_id, status, host_reference, created_utc) VALUES ($key, $terminal, $status, $hostReference, $at)",
                ("$key", payment.Key),
                ("$terminal", payment.TerminalId),
                ("$status", status),
                ("$hostReference", payment.HostReference),
                ("$at", at));
        }

        private long NextHostSequence()
        {
            using SqliteCommand command = Command("SELECT COALESCE(MAX(host_sequence), 0) + 1 FROM payments");
            return (long)command.ExecuteScalar()!;
        }

        private int Count(string sql)
        {
            using SqliteCommand command = Command(sql);
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        private void Execute(string sql, params (string Name, object? Value)[] parameters)
        {
            using SqliteCommand command = Command(sql, parameters);
            command.ExecuteNonQuery();
        }

        private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
        {
            SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach ((string name, object? value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            return command;
        }
    }
}
