using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Terminal.Tools.PaymentHost
{
    /// <summary>
    /// The payment host, embeddable: Kestrel serving <c>docs/host-protocol.md</c> plus the <c>/admin</c>
    /// endpoints, over a SQLite ledger. A test starts one on a free loopback port and arms faults and reads
    /// the ledger in-process:
    /// <code>
    /// await using PaymentHostServer host = PaymentHostServer.Start(new PaymentHostOptions());
    /// host.Faults.Arm(new FaultRule(FaultKind.DropResponse, count: 1));
    /// var client = new HttpClient { BaseAddress = host.BaseAddress };
    /// ...
    /// Assert.AreEqual(1, host.Ledger.Charges("ORD-1").Charges);
    /// </code>
    /// Whoever starts the server disposes it; disposing stops Kestrel, releases held requests and closes the ledger.
    /// </summary>
    public sealed class PaymentHostServer : IAsyncDisposable, IDisposable
    {
        private readonly WebApplication application;
        private readonly CancellationTokenSource stopping;
        private int disposed;

        private PaymentHostServer(WebApplication application, CancellationTokenSource stopping, PaymentHostOptions options, PaymentLedger ledger, FaultSwitchboard faults, IReadOnlyList<Uri> addresses)
        {
            this.application = application;
            this.stopping = stopping;
            Options = options;
            Ledger = ledger;
            Faults = faults;
            Addresses = addresses;
            BaseAddress = ToConnectable(addresses[0]);
        }

        /// <summary>
        /// Where to send requests: the first listening address with a trailing slash, with a wildcard host
        /// (<c>0.0.0.0</c>, <c>[::]</c>) replaced by loopback so that a local client can use it.
        /// </summary>
        public Uri BaseAddress { get; }

        /// <summary>Every address Kestrel listens on, ports resolved, as Kestrel reports them.</summary>
        public IReadOnlyList<Uri> Addresses { get; }

        /// <summary>The options the server was started with. Do not change them while it runs.</summary>
        public PaymentHostOptions Options { get; }

        /// <summary>The fault switches, as <c>/admin/faults</c> sets them.</summary>
        public FaultSwitchboard Faults { get; }

        /// <summary>The ledger, as <c>/admin/ledger</c> reads it.</summary>
        public PaymentLedger Ledger { get; }

        /// <summary>Starts the host and returns once Kestrel listens.</summary>
        /// <param name="options">How to listen, where the ledger lives, the clock and the QR timings.</param>
        /// <returns>The running server; dispose it to stop.</returns>
        /// <exception cref="ArgumentException">The options do not validate.</exception>
        public static PaymentHostServer Start(PaymentHostOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            options.Validate();
            var ledger = new PaymentLedger(options);
            var stopping = new CancellationTokenSource();
            WebApplication? application = null;
            try
            {
                var faults = new FaultSwitchboard();
                WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
                {
                    ApplicationName = typeof(PaymentHostServer).Assembly.GetName().Name,
                    ContentRootPath = AppContext.BaseDirectory,
                    Args = Array.Empty<string>(),
                });
                builder.Logging.ClearProviders();
                builder.WebHost.UseUrls(options.Urls);
                builder.WebHost.ConfigureKestrel(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http1);
                });
                builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
                application = builder.Build();

                application.Use((context, next) => RunRequestAsync(context, next, options));
                new ProtocolEndpoints(options, ledger, faults, stopping.Token).Map(application);
                new AdminEndpoints(ledger, faults).Map(application);

                application.StartAsync().GetAwaiter().GetResult();
                var addresses = new List<Uri>();
                IServerAddressesFeature? feature = application.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>();
                foreach (string address in feature?.Addresses ?? (ICollection<string>)Array.Empty<string>())
                {
                    addresses.Add(new Uri(address.EndsWith('/') ? address : address + "/"));
                }

                if (addresses.Count == 0)
                {
                    throw new InvalidOperationException("Kestrel reports no listening address");
                }

                var server = new PaymentHostServer(application, stopping, options, ledger, faults, addresses);
                return server;
            }
            catch
            {
                stopping.Cancel();
                if (application != null)
                {
                    ((IDisposable)application).Dispose();
                }

                ledger.Dispose();
                stopping.Dispose();
                throw;
            }
        }

        /// <summary>Completes when the host is asked to stop (Ctrl+C or SIGTERM when run as a program).</summary>
        /// <param name="cancellation">Stops waiting.</param>
        /// <returns>A task that completes at shutdown.</returns>
        public Task WaitForShutdownAsync(CancellationToken cancellation = default) => application.WaitForShutdownAsync(cancellation);

        /// <summary>Stops Kestrel (held requests are released), then closes the ledger.</summary>
        /// <returns>A task that completes when everything is closed.</returns>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
            {
                return;
            }

            await stopping.CancelAsync().ConfigureAwait(false);
            Faults.Clear();
            try
            {
                await application.StopAsync().ConfigureAwait(false);
            }
            finally
            {
                await application.DisposeAsync().ConfigureAwait(false);
                Ledger.Dispose();
                stopping.Dispose();
            }
        }

        /// <summary>Stops the server synchronously; see <see cref="DisposeAsync"/>.</summary>
        public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

        private static Uri ToConnectable(Uri address)
        {
            if (address.Host == "0.0.0.0" || address.Host == "[::]" || address.Host == "::")
            {
                string loopback = address.Host == "0.0.0.0" ? "127.0.0.1" : "[::1]";
                return new Uri(address.Scheme + "://" + loopback + ":" + address.Port.ToString(CultureInfo.InvariantCulture) + "/");
            }

            return address;
        }

        /// <summary>
        /// Around every request: turns an unmatched route or method into a JSON error, an unexpected exception
        /// into 500 <c>unavailable</c>, and writes the request log line (never a body, so never card data).
        /// </summary>
        private static async Task RunRequestAsync(HttpContext context, RequestDelegate next, PaymentHostOptions options)
        {
            try
            {
                await next(context).ConfigureAwait(false);
                if (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && context.Response.StatusCode >= 400)
                {
                    bool notFound = context.Response.StatusCode == StatusCodes.Status404NotFound;
                    await HttpExchange.WriteErrorAsync(
                        context,
                        context.Response.StatusCode,
                        notFound ? "not_found" : "malformed",
                        notFound ? "no such operation: " + context.Request.Method + " " + context.Request.Path : "method not allowed: " + context.Request.Method + " " + context.Request.Path).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                await HttpExchange.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "unavailable", "host error: " + exception.Message).ConfigureAwait(false);
            }
            catch (Exception) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client left mid-request: nothing to answer.
            }
            finally
            {
                Log(context, options);
            }
        }

        private static void Log(HttpContext context, PaymentHostOptions options)
        {
            if (options.RequestLog == null)
            {
                return;
            }

            string outcome = context.Items.TryGetValue(HttpExchange.AbortedByItem, out object? fault)
                ? "aborted by " + fault
                : context.RequestAborted.IsCancellationRequested ? "client left" : context.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
            string line = DateTimeOffset.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + context.Request.Method + " "
                + context.Request.Path + context.Request.QueryString + " -> " + outcome;
            string? key = context.Request.Headers["Idempotency-Key"];
            if (!string.IsNullOrEmpty(key))
            {
                line += " key=" + key;
            }

            string? faults = context.Request.Headers["X-Fault"];
            if (!string.IsNullOrEmpty(faults))
            {
                line += " fault=" + faults;
            }

            lock (options.RequestLog)
            {
                options.RequestLog.WriteLine(line);
                options.RequestLog.Flush();
            }
        }
    }
}
