using Terminal.Core.Maintenance;

namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>log show [N]</c>, <c>log export</c>, <c>log counters</c>: reads the event log: the newest N records
    /// (default 20, at most 200), every kept record, or the per-kind counters and the chain check. Read only:
    /// nothing in the console can change or delete a record.
    /// </summary>
    public sealed class LogCommand : ConsoleCommand
    {
        private static readonly EventKind[] Kinds = new EventKind[]
        {
            EventKind.Maintenance, EventKind.SelfTest, EventKind.Fault, EventKind.Reset, EventKind.Alarm, EventKind.Console, EventKind.Access,
        };

        /// <inheritdoc/>
        public override string Name
        {
            get { return "log"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "log show [1..200] | export | counters"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "read the event log: newest records, all of them, or the counters"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            string verb = CommandLineParser.LowerAscii(request.Argument(0));
            int count = 20;
            bool valid = (verb == "show" && (request.Count == 1 || (request.Count == 2 && TryCount(request.Argument(1), out count))))
                || ((verb == "export" || verb == "counters") && request.Count == 1);
            if (!valid)
            {
                BadArguments(response, "show [N], export or counters");
                return;
            }

            EventLog log = services.EventLog;
            if (log == null)
            {
                response.NotAvailable("event log");
                return;
            }

            if (verb == "counters")
            {
                Counters(request.Json, log, response);
                return;
            }

            // Taken before reading: this command's own audit record is written after the answer.
            int total = log.Count;
            int first = verb == "export" || total <= count ? 0 : total - count;
            ConsoleJson json = new ConsoleJson().BeginObject().BeginArray("records");
            for (int i = first; i < total; i++)
            {
                EventRecord record = log.Read(i);
                if (record == null)
                {
                    if (!request.Json)
                    {
                        response.Line("(record " + i.ToString() + " no longer reads back intact)");
                    }

                    continue;
                }

                string when = ConsoleText.FormatUtc(record.UtcMilliseconds);
                string kind = EventLog.KindName(record.Kind);
                if (request.Json)
                {
                    json.BeginObject().Number("sequence", record.Sequence).String("utc", when).String("kind", kind).String("source", record.Source).String("text", record.Text).EndObject();
                }
                else
                {
                    response.Line(record.Sequence.ToString() + " " + when + " " + kind + " " + record.Source + " " + record.Text);
                }
            }

            if (request.Json)
            {
                response.Json(json.EndArray().EndObject());
            }
        }

        private static void Counters(bool asJson, EventLog log, ConsoleResponse response)
        {
            int breaks = log.VerifyChain();
            ConsoleJson json = new ConsoleJson().BeginObject().Number("kept", log.Count).Number("chain_breaks", breaks).Number("skipped_frames", log.SkippedFrames).BeginObject("counts");
            for (int i = 0; i < Kinds.Length; i++)
            {
                if (asJson)
                {
                    json.Number(EventLog.KindName(Kinds[i]), log.CountOf(Kinds[i]));
                }
                else
                {
                    response.Line(EventLog.KindName(Kinds[i]) + ": " + log.CountOf(Kinds[i]).ToString());
                }
            }

            if (asJson)
            {
                response.Json(json.EndObject().EndObject());
                return;
            }

            response.Line("kept " + log.Count.ToString() + " records, chain " + (breaks == 0 ? "intact" : breaks.ToString() + " breaks") + ", " + log.SkippedFrames.ToString() + " damaged frames skipped at open");
        }

        private static bool TryCount(string text, out int count)
        {
            count = 0;
            if (text.Length == 0 || text.Length > 3)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }

                count = (count * 10) + (text[i] - '0');
            }

            return count >= 1 && count <= 200;
        }
    }
}
