using System;
using System.Globalization;
using System.IO;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>The program's command line, read into <see cref="PaymentHostOptions"/>.</summary>
    public sealed class PaymentHostCommandLine
    {
        /// <summary>The address the program listens on without <c>--urls</c> or <c>--listen</c>.</summary>
        public const string DefaultUrls = "http://127.0.0.1:8080";

        /// <summary>The QR auto-pay delay of the program, in milliseconds (the embedded default is never).</summary>
        public const long DefaultQrAutoPayMilliseconds = 10_000;

        /// <summary>The usage text.</summary>
        public const string Usage =
            "usage: dotnet run --project tools/PaymentHost -- [options]\n"
            + "  --urls URLS                 listen addresses, ';'-separated (default " + DefaultUrls + ")\n"
            + "  --listen HOST:PORT          listen on http://HOST:PORT, e.g. 0.0.0.0:8080 for a terminal on Wi-Fi\n"
            + "                              (plain HTTP: a trusted lab network only)\n"
            + "  --db PATH|:memory:          the ledger's SQLite file (default a new file in the temp folder)\n"
            + "  --terminals T1,T2           accept only these terminal ids (default any well-formed id)\n"
            + "  --merchants M1,M2           accept only these merchant ids (default any well-formed id)\n"
            + "  --minimum-firmware X.Y.Z    announced by echo (default 1.0.0)\n"
            + "  --latest-firmware X.Y.Z     announced by echo (default 1.0.0)\n"
            + "  --qr-expiry-ms N            a qr-merchant order closes after N ms (default 300000)\n"
            + "  --qr-auto-pay-ms N|off      the customer pays a qr-merchant order after N ms (default 10000)\n"
            + "  --quiet                     no request log on standard output\n"
            + "  --help                      this text";

        private PaymentHostCommandLine(PaymentHostOptions options, bool showHelp)
        {
            Options = options;
            ShowHelp = showHelp;
        }

        /// <summary>The options the arguments ask for.</summary>
        public PaymentHostOptions Options { get; }

        /// <summary>Whether <c>--help</c> was given.</summary>
        public bool ShowHelp { get; }

        /// <summary>Reads the arguments.</summary>
        /// <param name="arguments">The program's arguments.</param>
        /// <param name="requestLog">Where the request log goes unless <c>--quiet</c>.</param>
        /// <returns>The options and whether to show help.</returns>
        /// <exception cref="FormatException">An argument is unknown, lacks its value or has a bad one.</exception>
        public static PaymentHostCommandLine Parse(string[] arguments, TextWriter? requestLog)
        {
            ArgumentNullException.ThrowIfNull(arguments);
            var options = new PaymentHostOptions
            {
                Urls = DefaultUrls,
                DatabasePath = Path.Combine(
                    Path.GetTempPath(),
                    "payment-host",
                    "ledger-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".db"),
                QrAutoPayMilliseconds = DefaultQrAutoPayMilliseconds,
                RequestLog = requestLog,
            };
            bool help = false;
            for (int index = 0; index < arguments.Length; index++)
            {
                string name = arguments[index];
                switch (name)
                {
                    case "--help":
                    case "-h":
                        help = true;
                        break;
                    case "--quiet":
                        options.RequestLog = null;
                        break;
                    case "--urls":
                        options.Urls = Value(arguments, ref index);
                        break;
                    case "--listen":
                        options.Urls = "http://" + Listen(Value(arguments, ref index));
                        break;
                    case "--db":
                        string path = Value(arguments, ref index);
                        options.DatabasePath = path == ":memory:" ? null : path;
                        break;
                    case "--terminals":
                        AddAll(options.TerminalIds, Value(arguments, ref index));
                        break;
                    case "--merchants":
                        AddAll(options.MerchantIds, Value(arguments, ref index));
                        break;
                    case "--minimum-firmware":
                        options.MinimumFirmware = Value(arguments, ref index);
                        break;
                    case "--latest-firmware":
                        options.LatestFirmware = Value(arguments, ref index);
                        break;
                    case "--qr-expiry-ms":
                        options.QrExpiryMilliseconds = Number(name, Value(arguments, ref index));
                        break;
                    case "--qr-auto-pay-ms":
                        string delay = Value(arguments, ref index);
                        options.QrAutoPayMilliseconds = delay == "off" ? null : Number(name, delay);
                        break;
                    default:
                        throw new FormatException("unknown option '" + name + "'");
                }
            }

            try
            {
                options.Validate();
            }
            catch (ArgumentException exception)
            {
                throw new FormatException(exception.Message, exception);
            }

            return new PaymentHostCommandLine(options, help);
        }

        private static string Value(string[] arguments, ref int index)
        {
            if (index + 1 >= arguments.Length)
            {
                throw new FormatException(arguments[index] + " needs a value");
            }

            index++;
            return arguments[index];
        }

        private static string Listen(string hostAndPort)
        {
            int colon = hostAndPort.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(hostAndPort.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
            {
                throw new FormatException("--listen takes HOST:PORT, such as 0.0.0.0:8080");
            }

            return hostAndPort;
        }

        private static long Number(string name, string text)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
            {
                throw new FormatException(name + " takes a whole number of milliseconds");
            }

            return value;
        }

        private static void AddAll(System.Collections.Generic.ISet<string> set, string list)
        {
            foreach (string id in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(id);
            }
        }
    }
}
