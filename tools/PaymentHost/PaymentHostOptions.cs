using System;
using System.Collections.Generic;
using System.IO;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>How a <see cref="PaymentHostServer"/> listens, keeps its ledger and answers.</summary>
    public sealed class PaymentHostOptions
    {
        /// <summary>The largest request or response body, in bytes (<c>docs/host-protocol.md</c>, Conventions).</summary>
        public const int MaximumBodyBytes = 4096;

        /// <summary>
        /// The addresses to listen on, separated by <c>;</c>. Default <c>http://127.0.0.1:0</c>: a free port on
        /// loopback, reported by <see cref="PaymentHostServer.BaseAddress"/>.
        /// </summary>
        public string Urls { get; set; } = "http://127.0.0.1:0";

        /// <summary>
        /// The SQLite file of the ledger, created when missing and kept after the host stops; <see langword="null"/>
        /// (the default) for a private in-memory database (shared cache) that lives as long as the server.
        /// </summary>
        public string? DatabasePath { get; set; }

        /// <summary>The terminal ids the host accepts; empty (the default) accepts any well-formed id.</summary>
        public ISet<string> TerminalIds { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The merchant ids the host accepts; empty (the default) accepts any well-formed id.</summary>
        public ISet<string> MerchantIds { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The oldest firmware the host supports, announced by echo (<c>major.minor.patch</c>).</summary>
        public string MinimumFirmware { get; set; } = "1.0.0";

        /// <summary>The newest firmware, announced by echo (<c>major.minor.patch</c>).</summary>
        public string LatestFirmware { get; set; } = "1.0.0";

        /// <summary>How long a <c>qr-merchant</c> order stays payable, in milliseconds; then the host closes it. Default 5 minutes.</summary>
        public long QrExpiryMilliseconds { get; set; } = 5 * 60 * 1000;

        /// <summary>
        /// After how many milliseconds the simulated customer pays a <c>qr-merchant</c> order by itself;
        /// <see langword="null"/> (the default) waits for <c>POST /admin/qr/{key}/pay</c>.
        /// </summary>
        public long? QrAutoPayMilliseconds { get; set; }

        /// <summary>The host's clock: server time, issuer time checks, QR expiry and auto-pay. Default the system clock.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Where to write one line per request (method, path, status, key; never card data); <see langword="null"/> for none.</summary>
        public TextWriter? RequestLog { get; set; }

        /// <summary>Checks the options.</summary>
        /// <exception cref="ArgumentException">A value is out of range or ill-formed.</exception>
        public void Validate()
        {
            if (string.IsNullOrWhiteSpace(Urls))
            {
                throw new ArgumentException("Urls is empty");
            }

            if (!Identifiers.IsFirmwareVersion(MinimumFirmware) || !Identifiers.IsFirmwareVersion(LatestFirmware))
            {
                throw new ArgumentException("firmware versions are major.minor.patch");
            }

            if (QrExpiryMilliseconds < 1)
            {
                throw new ArgumentException("QrExpiryMilliseconds must be positive");
            }

            if (QrAutoPayMilliseconds != null && QrAutoPayMilliseconds < 0)
            {
                throw new ArgumentException("QrAutoPayMilliseconds must not be negative");
            }

            foreach (string id in TerminalIds)
            {
                if (!Identifiers.IsIdentifier(id))
                {
                    throw new ArgumentException("terminal id '" + id + "' is not printable ASCII of 1-32 characters");
                }
            }

            foreach (string id in MerchantIds)
            {
                if (!Identifiers.IsIdentifier(id))
                {
                    throw new ArgumentException("merchant id '" + id + "' is not printable ASCII of 1-32 characters");
                }
            }

            ArgumentNullException.ThrowIfNull(TimeProvider);
        }
    }
}
