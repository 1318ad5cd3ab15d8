using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Tools.PaymentHost;

namespace Terminal.Tests.PaymentHost
{
    /// <summary>
    /// A payment host on a free loopback port with a manual clock and an in-memory ledger, and a client that
    /// speaks the protocol. Every request closes its connection, so HttpClient never silently retries a
    /// dropped one on a pooled connection.
    /// </summary>
    internal sealed class HostFixture : IAsyncDisposable
    {
        public const long StartUtc = 1_795_392_000_000;

        private HostFixture(PaymentHostServer server, ManualClock clock)
        {
            Server = server;
            Clock = clock;
            Http = CreateClient(TimeSpan.FromSeconds(30));
        }

        public PaymentHostServer Server { get; }

        public ManualClock Clock { get; }

        public HttpClient Http { get; }

        public static HostFixture Start(Action<PaymentHostOptions>? configure = null)
        {
            var clock = new ManualClock(StartUtc);
            var options = new PaymentHostOptions { TimeProvider = clock };
            configure?.Invoke(options);
            return new HostFixture(PaymentHostServer.Start(options), clock);
        }

        public static string CardBody(long amount = 1250, string reference = "ORD-1", long createdUtc = StartUtc, string kind = "sale") =>
            "{\"kind\":\"" + kind + "\",\"method\":\"card\",\"amountMinor\":" + Number(amount) + ",\"currency\":156,\"createdUtc\":" + Number(createdUtc)
            + ",\"reference\":\"" + reference + "\",\"card\":{\"last4\":\"4242\",\"brand\":\"UnionPay\",\"entryMode\":\"contactless\",\"payload\":\"QUJDRA==\"},\"qr\":null}";

        public static string QrMerchantBody(long amount = 1250, string reference = "ORD-1", long createdUtc = StartUtc) =>
            "{\"kind\":\"sale\",\"method\":\"qr-merchant\",\"amountMinor\":" + Number(amount) + ",\"currency\":156,\"createdUtc\":" + Number(createdUtc)
            + ",\"reference\":\"" + reference + "\",\"card\":null,\"qr\":null}";

        public static string QrCustomerBody(long amount = 1250, string reference = "ORD-1", long createdUtc = StartUtc) =>
            "{\"kind\":\"sale\",\"method\":\"qr-customer\",\"amountMinor\":" + Number(amount) + ",\"currency\":156,\"createdUtc\":" + Number(createdUtc)
            + ",\"reference\":\"" + reference + "\",\"card\":null,\"qr\":{\"code\":\"286412345678901234\"}}";

        public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
        {
            string text = await response.Content.ReadAsStringAsync();
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }

        public static async Task<string> ErrorAsync(HttpResponseMessage response)
        {
            JsonElement json = await JsonAsync(response);
            Assert.IsTrue(json.TryGetProperty("message", out _), "an error carries a message");
            return json.GetProperty("error").GetString()!;
        }

        public static bool IsReplayed(HttpResponseMessage response) =>
            response.Headers.TryGetValues("Idempotent-Replayed", out var values) && string.Join(",", values) == "true";

        public HttpClient CreateClient(TimeSpan timeout) =>
            new HttpClient(new SocketsHttpHandler()) { BaseAddress = Server.BaseAddress, Timeout = timeout };

        public Task<HttpResponseMessage> AuthorizeAsync(string key, string? body = null, string? fault = null, HttpClient? client = null, string terminal = "T1") =>
            SendAsync(HttpMethod.Post, "v1/payments", key, body ?? CardBody(), fault, client, terminal);

        public Task<HttpResponseMessage> StatusAsync(string key) => SendAsync(HttpMethod.Get, "v1/payments/" + key);

        public async Task<JsonElement> AuthorizeJsonAsync(string key, string? body = null)
        {
            using HttpResponseMessage response = await AuthorizeAsync(key, body);
            Assert.AreEqual(200, (int)response.StatusCode);
            return await JsonAsync(response);
        }

        public async Task<HttpResponseMessage> SendAsync(
            HttpMethod method,
            string path,
            string? idempotencyKey = null,
            string? body = null,
            string? fault = null,
            HttpClient? client = null,
            string? terminal = "T1",
            string? merchant = "M1",
            string? firmware = "1.0.0")
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.ConnectionClose = true;
            if (terminal != null)
            {
                request.Headers.Add("X-Terminal-Id", terminal);
            }

            if (merchant != null)
            {
                request.Headers.Add("X-Merchant-Id", merchant);
            }

            if (firmware != null)
            {
                request.Headers.Add("X-Firmware-Version", firmware);
            }

            if (idempotencyKey != null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (fault != null)
            {
                request.Headers.Add("X-Fault", fault);
            }

            if (body != null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            return await (client ?? Http).SendAsync(request);
        }

        /// <summary>Waits, in short steps and at most 10 s, until the host has committed a payment under a key.</summary>
        public async Task<PaymentRecord> WaitForPaymentAsync(string key)
        {
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                PaymentRecord? payment = Server.Ledger.FindPayment(key);
                if (payment != null && !Server.Ledger.IsInFlight(key))
                {
                    return payment;
                }

                await Task.Delay(10);
            }

            throw new AssertFailedException("the host never committed " + key);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
        }

        private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
