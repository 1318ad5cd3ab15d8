using System;
using System.Threading.Tasks;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The payment host as a program: <c>dotnet run --project tools/PaymentHost -- [options]</c>.
    /// Exit code 0 after Ctrl+C or SIGTERM, 1 when the host cannot start, 2 for a usage error.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            PaymentHostCommandLine commandLine;
            try
            {
                commandLine = PaymentHostCommandLine.Parse(args, Console.Out);
            }
            catch (FormatException exception)
            {
                Console.Error.WriteLine("payment-host: " + exception.Message);
                Console.Error.WriteLine(PaymentHostCommandLine.Usage);
                return 2;
            }

            if (commandLine.ShowHelp)
            {
                Console.WriteLine(PaymentHostCommandLine.Usage);
                return 0;
            }

            PaymentHostOptions options = commandLine.Options;
            PaymentHostServer server;
            try
            {
                server = PaymentHostServer.Start(options);
            }
            catch (Exception exception) when (exception is System.IO.IOException || exception is InvalidOperationException || exception is Microsoft.Data.Sqlite.SqliteException)
            {
                Console.Error.WriteLine("payment-host: cannot start: " + exception.Message);
                return 1;
            }

            await using (server.ConfigureAwait(false))
            {
                foreach (Uri address in server.Addresses)
                {
                    Console.WriteLine("payment-host: listening on " + address + (address.IsLoopback ? string.Empty : " (plain HTTP: trusted lab network only)"));
                }

                Console.WriteLine("payment-host: ledger " + (options.DatabasePath ?? "in memory"));
                Console.WriteLine("payment-host: Ctrl+C stops");
                await server.WaitForShutdownAsync().ConfigureAwait(false);
            }

            return 0;
        }
    }
}
