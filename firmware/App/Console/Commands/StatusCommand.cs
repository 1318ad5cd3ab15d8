using Terminal.App.SelfTests;
using Terminal.Core.Journal;
using Terminal.Hal.Platform;

namespace Terminal.App.Console.Commands
{
    /// <summary><c>status</c>: where the terminal stands: identity, firmware, clock, network, queues, sign-in lockout, last self-test verdict.</summary>
    public sealed class StatusCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "status"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "status"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "terminal state: firmware, clock, network, queues, lockout, last self-test"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (request.Count != 0)
            {
                BadArguments(response, "no arguments");
                return;
            }

            string state = services.App == null ? "unknown" : StatusName(services.App.Status);
            string message = services.App == null ? string.Empty : services.App.StatusMessage;
            INetworkStatus network = services.Platform == null ? null : services.Platform.Network;
            TransactionJournal journal = services.CurrentJournal();
            int queued = journal == null ? -1 : journal.PendingCount(Destinations.Display) + journal.PendingCount(Destinations.Printer) + journal.PendingCount(Destinations.Host);
            string selfTest = services.SelfTestResults == null ? "NOT-RUN" : SelfTestRun.OverallName(SelfTestRun.Summarize(services.SelfTestResults.ToArray()));
            bool locked = services.Access != null && services.Access.IsLockedOut;
            string now = ConsoleText.FormatUtc(services.Clock.UtcNowMilliseconds);
            if (request.Json)
            {
                ConsoleJson json = new ConsoleJson().BeginObject()
                    .String("terminal_id", services.TerminalId)
                    .String("firmware", services.FirmwareVersion)
                    .String("state", state)
                    .String("message", message)
                    .String("utc", now)
                    .Number("uptime_s", services.Clock.MonotonicMilliseconds / 1000)
                    .Boolean("network_up", network != null && network.LinkUp)
                    .String("address", network == null ? string.Empty : network.Address)
                    .Number("signal_dbm", network == null ? 0 : network.SignalDbm)
                    .Number("queued", queued)
                    .String("selftest", selfTest)
                    .Boolean("sign_in_locked", locked)
                    .EndObject();
                response.Json(json);
                return;
            }

            response.Line("terminal   " + (services.TerminalId.Length == 0 ? "(not provisioned)" : services.TerminalId) + "  firmware " + services.FirmwareVersion);
            response.Line("state      " + state + (message.Length == 0 ? string.Empty : ": " + message));
            response.Line("clock      " + now + "  up " + (services.Clock.MonotonicMilliseconds / 1000).ToString() + " s");
            response.Line("network    " + (network == null ? "not available" : network.LinkUp ? "up " + network.Address + " " + network.SignalDbm.ToString() + " dBm" : "down"));
            response.Line("queued     " + (queued < 0 ? "journal not open" : queued.ToString() + " results waiting"));
            response.Line("self-test  " + selfTest);
            response.Line("sign-in    " + (locked ? "locked" : "open"));
        }

        private static string StatusName(TerminalStatus status)
        {
            switch (status)
            {
                case TerminalStatus.Ready:
                    return "ready";
                case TerminalStatus.NotProvisioned:
                    return "not-provisioned";
                case TerminalStatus.StorageAlarm:
                    return "storage-alarm";
                default:
                    return "off";
            }
        }
    }
}
