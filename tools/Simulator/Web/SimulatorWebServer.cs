using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Terminal.Hal.Keypad;
using Terminal.Hal.Simulated.CardReader;
using Terminal.Tools.Simulator.Panels;
using Terminal.Tools.Simulator.Rig;

namespace Terminal.Tools.Simulator.Web
{
    /// <summary>
    /// The simulator's page on 127.0.0.1 (ASP.NET Core, loopback only): the static page (embedded in this assembly) and
    /// a small JSON API. Reads come from the loop's last <see cref="TerminalSnapshot"/>; actions on the terminal are
    /// queued onto the loop's thread (<see cref="TerminalLoop.Invoke{T}"/>); the network and host switches, outside
    /// the terminal, act at once so that the network can be pulled while the app waits for the host.
    /// </summary>
    /// <remarks>
    /// API: <c>GET /api/state</c>, <c>GET /api/screen.png</c>, <c>GET /api/roll</c>; <c>POST /api/keys</c>
    /// <c>{"keys":["4","2","ok"]}</c>, <c>POST /api/card</c> <c>{"card":"unionpay"}</c>, <c>POST /api/scan</c>
    /// <c>{"code":"alipay"}</c>, <c>POST /api/switch</c> <c>{"name":"network-down","on":true}</c>,
    /// <c>POST /api/power</c> <c>{"action":"cut"|"on"|"reboot"}</c>, <c>POST /api/console</c> <c>{"line":"help"}</c>.
    /// Errors are <c>400 {"error":"..."}</c>.
    /// </remarks>
    public sealed class SimulatorWebServer : IAsyncDisposable
    {
        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        private readonly WebApplication application;
        private readonly TerminalLoop loop;
        private readonly SimulatedTerminal terminal;

        private SimulatorWebServer(WebApplication application, TerminalLoop loop, SimulatedTerminal terminal, Uri address)
        {
            this.application = application;
            this.loop = loop;
            this.terminal = terminal;
            Address = address;
        }

        /// <summary>Gets the page's address, for example <c>http://127.0.0.1:8080/</c>.</summary>
        public Uri Address { get; }

        /// <summary>Starts serving the page on 127.0.0.1 and returns once it listens.</summary>
        /// <param name="loop">The running terminal loop.</param>
        /// <param name="terminal">The terminal the loop runs; the server touches only its thread-safe switches.</param>
        /// <param name="port">The TCP port; 0 for a free one.</param>
        /// <returns>The server.</returns>
        /// <exception cref="IOException">The port is taken.</exception>
        public static SimulatorWebServer Start(TerminalLoop loop, SimulatedTerminal terminal, int port)
        {
            ArgumentNullException.ThrowIfNull(loop);
            ArgumentNullException.ThrowIfNull(terminal);
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            WebApplication application = builder.Build();
            var routes = new Routes(loop, terminal);
            routes.Map(application);
            application.StartAsync().GetAwaiter().GetResult();
            string bound = application.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SimulatorWebServer(application, loop, terminal, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
        }

        /// <summary>Waits until the process is asked to stop (Ctrl+C, SIGTERM).</summary>
        /// <returns>The wait.</returns>
        public Task WaitForShutdownAsync() => application.WaitForShutdownAsync();

        /// <summary>Stops serving.</summary>
        /// <returns>The stop.</returns>
        public async ValueTask DisposeAsync()
        {
            await application.StopAsync().ConfigureAwait(false);
            await application.DisposeAsync().ConfigureAwait(false);
            GC.KeepAlive(loop);
            GC.KeepAlive(terminal);
        }

        private sealed class Routes(TerminalLoop loop, SimulatedTerminal terminal)
        {
            public void Map(WebApplication app)
            {
                app.MapGet("/", context => WriteResource(context, "index.html", "text/html; charset=utf-8"));
                app.MapGet("/app.js", context => WriteResource(context, "app.js", "text/javascript; charset=utf-8"));
                app.MapGet("/app.css", context => WriteResource(context, "app.css", "text/css; charset=utf-8"));
                app.MapGet("/api/state", context => WriteJson(context, State(loop.Snapshot, terminal)));
                app.MapGet("/api/screen.png", async context =>
                {
                    context.Response.ContentType = "image/png";
                    context.Response.Headers.CacheControl = "no-store";
                    byte[] png = loop.Snapshot.ScreenPng;
                    await context.Response.Body.WriteAsync(png).ConfigureAwait(false);
                });
                app.MapGet("/api/roll", context =>
                {
                    TerminalSnapshot snapshot = loop.Snapshot;
                    return WriteJson(context, new { snapshot.RollVersion, Slips = snapshot.Roll });
                });
                app.MapPost("/api/keys", Keys);
                app.MapPost("/api/card", Card);
                app.MapPost("/api/scan", Scan);
                app.MapPost("/api/switch", Switch);
                app.MapPost("/api/power", Power);
                app.MapPost("/api/console", Console);
            }

            // The network and host parts are read live: the snapshot stands still while the app waits for the host.
            private static object State(TerminalSnapshot snapshot, SimulatedTerminal terminal) => new
            {
                snapshot.Version,
                snapshot.ScreenVersion,
                snapshot.ScreenText,
                snapshot.ScreenLit,
                snapshot.SaleState,
                snapshot.Status,
                snapshot.StatusMessage,
                Queues = new { Display = snapshot.QueueDepths[0], Printer = snapshot.QueueDepths[1], Host = snapshot.QueueDepths[2] },
                snapshot.RollVersion,
                Receipts = snapshot.Roll.Count(slip => slip.Cut),
                Switches = snapshot.Switches.ToDictionary(
                    pair => pair.Key,
                    pair => FaultSwitches.TryParse(pair.Key, out FaultSwitch faultSwitch) && IsOutside(faultSwitch) ? terminal.IsOn(faultSwitch) : pair.Value),
                HostRequestInFlight = terminal.Network.InFlightPath,
                snapshot.PoweredOn,
                snapshot.Boots,
                snapshot.SelfTests,
                snapshot.ClockUtc,
                snapshot.HostAddress,
                Cards = TestCards.CardNames,
                Codes = TestCards.CodeNames,
            };

            private async Task Keys(HttpContext context)
            {
                JsonElement? body = await ReadBody(context).ConfigureAwait(false);
                var words = new List<string>();
                if (body is { } element && element.TryGetProperty("keys", out JsonElement keys) && keys.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement key in keys.EnumerateArray())
                    {
                        words.Add(key.ValueKind == JsonValueKind.String ? key.GetString()! : "?");
                    }
                }

                if (words.Count == 0)
                {
                    await Refuse(context, "send {\"keys\":[\"4\",\"2\",\"ok\"]}").ConfigureAwait(false);
                    return;
                }

                if (!KeyNames.TryParseAll(words, out List<KeyCode> codes, out string unknownWord))
                {
                    await Refuse(context, "no key '" + unknownWord + "'").ConfigureAwait(false);
                    return;
                }

                await loop.Invoke(t =>
                {
                    t.TapKeys(codes.ToArray());
                    return true;
                }).ConfigureAwait(false);
                await WriteJson(context, new { Ok = true }).ConfigureAwait(false);
            }

            private async Task Card(HttpContext context)
            {
                string name = await ReadString(context, "card").ConfigureAwait(false);
                if (!TestCards.TryCreateCard(name, out EmvTestCard card))
                {
                    await Refuse(context, "no test card '" + name + "'; try " + string.Join(", ", TestCards.CardNames)).ConfigureAwait(false);
                    return;
                }

                await loop.Invoke(t =>
                {
                    t.TapCard(card);
                    return true;
                }).ConfigureAwait(false);
                await WriteJson(context, new { Ok = true }).ConfigureAwait(false);
            }

            private async Task Scan(HttpContext context)
            {
                string name = await ReadString(context, "code").ConfigureAwait(false);
                if (name.Length == 0)
                {
                    await Refuse(context, "send {\"code\":\"alipay\"}").ConfigureAwait(false);
                    return;
                }

                bool sent = await loop.Invoke(t => t.Scan(TestCards.CodeOf(name))).ConfigureAwait(false);
                await WriteJson(context, new { Ok = sent, Message = sent ? "scanned" : "the scanner is not looking: no sale waits for a code" }).ConfigureAwait(false);
            }

            private async Task Switch(HttpContext context)
            {
                JsonElement? body = await ReadBody(context).ConfigureAwait(false);
                string name = body is { } element && element.TryGetProperty("name", out JsonElement nameElement) && nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString()! : string.Empty;
                bool on = body is { } element2 && element2.TryGetProperty("on", out JsonElement onElement) && onElement.ValueKind == JsonValueKind.True;
                if (!FaultSwitches.TryParse(name, out FaultSwitch faultSwitch))
                {
                    await Refuse(context, "no switch '" + name + "'; try " + string.Join(", ", FaultSwitches.All.Select(FaultSwitches.NameOf))).ConfigureAwait(false);
                    return;
                }

                // The network and the host are outside the terminal: they switch at once, even while the app waits for an answer.
                string refused = IsOutside(faultSwitch)
                    ? terminal.SetSwitch(faultSwitch, on)
                    : await loop.Invoke(t => t.SetSwitch(faultSwitch, on)).ConfigureAwait(false);
                if (refused.Length > 0)
                {
                    await Refuse(context, refused).ConfigureAwait(false);
                    return;
                }

                await WriteJson(context, new { Ok = true }).ConfigureAwait(false);
            }

            private static bool IsOutside(FaultSwitch faultSwitch) =>
                faultSwitch is FaultSwitch.NetworkDown or FaultSwitch.HostSlow or FaultSwitch.HostAnswersAfterTimeout;

            private async Task Power(HttpContext context)
            {
                string action = await ReadString(context, "action").ConfigureAwait(false);
                Action<SimulatedTerminal>? act = action switch
                {
                    "cut" => t => t.CutPower(),
                    "on" => t => t.PowerOn(),
                    "reboot" => t => t.Reboot(),
                    _ => null,
                };
                if (act == null)
                {
                    await Refuse(context, "send {\"action\":\"cut\"}, \"on\" or \"reboot\"").ConfigureAwait(false);
                    return;
                }

                await loop.Invoke(t =>
                {
                    act(t);
                    return true;
                }).ConfigureAwait(false);
                await WriteJson(context, new { Ok = true }).ConfigureAwait(false);
            }

            private async Task Console(HttpContext context)
            {
                string line = await ReadString(context, "line").ConfigureAwait(false);
                string output = await loop.Invoke(t => t.ExecuteConsole(line)).ConfigureAwait(false);
                await WriteJson(context, new { Output = output }).ConfigureAwait(false);
            }

            private static async Task<JsonElement?> ReadBody(HttpContext context)
            {
                try
                {
                    using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body).ConfigureAwait(false);
                    return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
                }
                catch (JsonException)
                {
                    return null;
                }
            }

            private static async Task<string> ReadString(HttpContext context, string member)
            {
                JsonElement? body = await ReadBody(context).ConfigureAwait(false);
                return body is { } element && element.TryGetProperty(member, out JsonElement value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : string.Empty;
            }

            private static Task Refuse(HttpContext context, string error)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return WriteJson(context, new { Error = error });
            }

            private static async Task WriteJson(HttpContext context, object value)
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await JsonSerializer.SerializeAsync(context.Response.Body, value, value.GetType(), Json).ConfigureAwait(false);
            }

            private static async Task WriteResource(HttpContext context, string name, string contentType)
            {
                using Stream? resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("wwwroot/" + name);
                if (resource == null)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                context.Response.ContentType = contentType;
                context.Response.Headers.CacheControl = "no-store";
                await resource.CopyToAsync(context.Response.Body).ConfigureAwait(false);
            }
        }
    }
}
