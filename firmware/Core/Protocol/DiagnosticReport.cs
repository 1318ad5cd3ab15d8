using System;
using Terminal.Core.Security;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// A self-test run reported to the host, <c>POST /v1/diagnostics</c> (docs/host-protocol.md, "Diagnostic
    /// report"). Never a financial message: it moves no money and holds no card data (every text is printable ASCII
    /// and is refused if it holds a card-shaped number). A run too long for one journal record is sent in parts,
    /// each a whole report of some of the results with <c>part</c> and <c>parts</c>; the host groups parts by
    /// terminal, plan and start time.
    /// </summary>
    /// <remarks>
    /// <code>
    /// {"terminalId":"T0001234","plan":"S1","startedUtc":1795392000000,"part":1,"parts":1,
    ///  "results":[{"id":"NET-PATH","verdict":"WARN","summary":"30% of echoes lost","finishedUtc":1795392001200,
    ///              "durationMs":1200,"measurements":[["loss","30","%"],["rtt_p95","180","ms"]]}]}
    /// </code>
    /// </remarks>
    public sealed class DiagnosticReport
    {
        /// <summary>The longest plan name (<c>S1</c>, <c>ALL</c>, a cause id).</summary>
        public const int MaximumPlanLength = 16;

        /// <summary>The most results in one part.</summary>
        public const int MaximumResults = 32;

        /// <summary>The most parts of one run.</summary>
        public const int MaximumParts = 99;

        private const int TerminalBit = 1;
        private const int PlanBit = 2;
        private const int StartedBit = 4;
        private const int PartBit = 8;
        private const int PartsBit = 16;
        private const int ResultsBit = 32;

        /// <summary>Gets or sets the terminal id, 1..32 printable ASCII.</summary>
        public string TerminalId { get; set; }

        /// <summary>Gets or sets what was run: <c>S1</c>..<c>S5</c>, <c>ALL</c> or a cause id.</summary>
        public string Plan { get; set; }

        /// <summary>Gets or sets when the run started, UTC milliseconds since 1970.</summary>
        public long StartedUtcMilliseconds { get; set; }

        /// <summary>Gets or sets this part's number, 1..<see cref="PartCount"/>.</summary>
        public int Part { get; set; } = 1;

        /// <summary>Gets or sets how many parts the run was sent in, 1..99.</summary>
        public int PartCount { get; set; } = 1;

        /// <summary>Gets or sets the results in this part, 0..32.</summary>
        public DiagnosticResult[] Results { get; set; } = new DiagnosticResult[0];

        /// <summary>Encodes the report as a whole body if it fits.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <param name="length">The body's length; 0 when it does not fit.</param>
        /// <returns><c>true</c> when it fits; <c>false</c> when it is longer than <paramref name="capacity"/> (the buffer's bytes are then undefined).</returns>
        /// <exception cref="ArgumentException">A member is invalid or holds a card-shaped number.</exception>
        public bool TryEncode(byte[] buffer, int offset, int capacity, out int length)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            try
            {
                Write(writer);
            }
            catch (ArgumentException)
            {
                // Every text was checked above as printable ASCII: the only thing left to refuse is the length.
                length = 0;
                return false;
            }

            length = ProtocolText.Finish(writer);
            return true;
        }

        /// <summary>Encodes the report as a whole body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            int length;
            if (!TryEncode(buffer, offset, capacity, out length))
            {
                throw new ArgumentException("diagnostic report exceeds " + capacity.ToString() + " bytes");
            }

            return length;
        }

        /// <summary>Decodes a body holding a diagnostic report and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The report.</returns>
        /// <exception cref="ProtocolException">The body does not decode, or a member is invalid; the message names the member.</exception>
        public static DiagnosticReport Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "diagnostic report");
            DiagnosticReport report = new DiagnosticReport();
            int seen = 0;
            string name;
            reader.ReadStartObject("diagnostic report");
            while (reader.ReadMemberName(out name))
            {
                if (name == "terminalId")
                {
                    seen = reader.MarkSeen(seen, TerminalBit, name);
                    report.TerminalId = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "plan")
                {
                    seen = reader.MarkSeen(seen, PlanBit, name);
                    report.Plan = reader.ReadString(name, MaximumPlanLength);
                }
                else if (name == "startedUtc")
                {
                    seen = reader.MarkSeen(seen, StartedBit, name);
                    report.StartedUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "part")
                {
                    seen = reader.MarkSeen(seen, PartBit, name);
                    report.Part = (int)reader.ReadIntegerInRange(name, 1, MaximumParts);
                }
                else if (name == "parts")
                {
                    seen = reader.MarkSeen(seen, PartsBit, name);
                    report.PartCount = (int)reader.ReadIntegerInRange(name, 1, MaximumParts);
                }
                else if (name == "results")
                {
                    seen = reader.MarkSeen(seen, ResultsBit, name);
                    report.Results = ReadResults(reader, name);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            Require(reader, seen, TerminalBit, "terminalId");
            Require(reader, seen, PlanBit, "plan");
            Require(reader, seen, StartedBit, "startedUtc");
            Require(reader, seen, PartBit, "part");
            Require(reader, seen, PartsBit, "parts");
            Require(reader, seen, ResultsBit, "results");
            reader.ReadEndOfDocument();

            string member;
            string problem = report.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return report;
        }

        private void Write(JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("terminalId", TerminalId);
            writer.WriteString("plan", Plan);
            writer.WriteNumber("startedUtc", StartedUtcMilliseconds);
            writer.WriteNumber("part", Part);
            writer.WriteNumber("parts", PartCount);
            writer.WritePropertyName("results");
            writer.WriteStartArray();
            for (int i = 0; i < Results.Length; i++)
            {
                DiagnosticResult result = Results[i];
                writer.WriteStartObject();
                writer.WriteString("id", result.CauseId);
                writer.WriteString("verdict", result.Verdict);
                writer.WriteString("summary", result.Summary);
                writer.WriteNumber("finishedUtc", result.FinishedUtcMilliseconds);
                writer.WriteNumber("durationMs", result.DurationMilliseconds);
                writer.WritePropertyName("measurements");
                writer.WriteStartArray();
                for (int m = 0; m < result.MeasurementNames.Length; m++)
                {
                    writer.WriteStartArray();
                    writer.WriteString(result.MeasurementNames[m]);
                    writer.WriteString(result.MeasurementValues[m]);
                    writer.WriteString(result.MeasurementUnits[m]);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static DiagnosticResult[] ReadResults(JsonReader reader, string member)
        {
            DiagnosticResult[] results = new DiagnosticResult[MaximumResults];
            int count = 0;
            reader.ReadStartArray(member);
            while (!reader.ReadEndOfArray())
            {
                if (count == MaximumResults)
                {
                    throw reader.Problem(ProtocolError.UnexpectedValue, member, "more than " + MaximumResults.ToString() + " results");
                }

                results[count++] = ReadResult(reader);
            }

            DiagnosticResult[] exact = new DiagnosticResult[count];
            Array.Copy(results, exact, count);
            return exact;
        }

        private static DiagnosticResult ReadResult(JsonReader reader)
        {
            DiagnosticResult result = new DiagnosticResult();
            int seen = 0;
            string name;
            reader.ReadStartObject("results");
            while (reader.ReadMemberName(out name))
            {
                if (name == "id")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    result.CauseId = reader.ReadString(name, DiagnosticResult.MaximumCauseIdLength);
                }
                else if (name == "verdict")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    result.Verdict = reader.ReadString(name, 8);
                }
                else if (name == "summary")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    result.Summary = reader.ReadString(name, DiagnosticResult.MaximumSummaryLength);
                }
                else if (name == "finishedUtc")
                {
                    seen = reader.MarkSeen(seen, 8, name);
                    result.FinishedUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "durationMs")
                {
                    seen = reader.MarkSeen(seen, 16, name);
                    result.DurationMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "measurements")
                {
                    seen = reader.MarkSeen(seen, 32, name);
                    ReadMeasurements(reader, result);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            Require(reader, seen, 1, "id");
            Require(reader, seen, 2, "verdict");
            Require(reader, seen, 4, "summary");
            Require(reader, seen, 8, "finishedUtc");
            Require(reader, seen, 16, "durationMs");
            Require(reader, seen, 32, "measurements");
            return result;
        }

        private static void ReadMeasurements(JsonReader reader, DiagnosticResult result)
        {
            string[] names = new string[DiagnosticResult.MaximumMeasurements];
            string[] values = new string[DiagnosticResult.MaximumMeasurements];
            string[] units = new string[DiagnosticResult.MaximumMeasurements];
            int count = 0;
            reader.ReadStartArray("measurements");
            while (!reader.ReadEndOfArray())
            {
                if (count == DiagnosticResult.MaximumMeasurements)
                {
                    throw reader.Problem(ProtocolError.UnexpectedValue, "measurements", "more than " + DiagnosticResult.MaximumMeasurements.ToString() + " measurements");
                }

                reader.ReadStartArray("measurements");
                names[count] = reader.ReadString("measurements", DiagnosticResult.MaximumNameLength);
                values[count] = reader.ReadString("measurements", DiagnosticResult.MaximumValueLength);
                units[count] = reader.ReadString("measurements", DiagnosticResult.MaximumUnitLength);
                if (!reader.ReadEndOfArray())
                {
                    throw reader.Problem(ProtocolError.UnexpectedValue, "measurements", "a measurement is [name, value, unit]");
                }

                count++;
            }

            result.MeasurementNames = new string[count];
            result.MeasurementValues = new string[count];
            result.MeasurementUnits = new string[count];
            Array.Copy(names, result.MeasurementNames, count);
            Array.Copy(values, result.MeasurementValues, count);
            Array.Copy(units, result.MeasurementUnits, count);
        }

        private static void Require(JsonReader reader, int seen, int bit, string member)
        {
            if ((seen & bit) == 0)
            {
                throw reader.Missing(member);
            }
        }

        private string FindProblem(out string member)
        {
            member = "terminalId";
            string problem = ProtocolText.IdentifierProblem(member, TerminalId, ProtocolLimits.MaximumIdentifierLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            member = "plan";
            problem = ProtocolText.IdentifierProblem(member, Plan, MaximumPlanLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            member = "startedUtc";
            problem = ProtocolText.TimeProblem(member, StartedUtcMilliseconds);
            if (problem != null)
            {
                return problem;
            }

            member = "part";
            if (PartCount < 1 || PartCount > MaximumParts || Part < 1 || Part > PartCount)
            {
                return "'part' must be 1..parts and 'parts' 1.." + MaximumParts.ToString();
            }

            member = "results";
            if (Results == null || Results.Length > MaximumResults)
            {
                return "'results' must hold 0.." + MaximumResults.ToString() + " results";
            }

            for (int i = 0; i < Results.Length; i++)
            {
                problem = ResultProblem(Results[i]);
                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        private static string ResultProblem(DiagnosticResult result)
        {
            if (result == null)
            {
                return "a result is null";
            }

            string problem = ProtocolText.IdentifierProblem("id", result.CauseId, DiagnosticResult.MaximumCauseIdLength, false, false);
            if (problem == null && !IsVerdict(result.Verdict))
            {
                problem = "'verdict' must be PASS, WARN, FAIL, SKIP or OPERATOR";
            }

            if (problem == null)
            {
                problem = SafeText("summary", result.Summary, DiagnosticResult.MaximumSummaryLength, true);
            }

            if (problem == null)
            {
                problem = ProtocolText.TimeProblem("finishedUtc", result.FinishedUtcMilliseconds);
            }

            if (problem == null && result.DurationMilliseconds < 0)
            {
                problem = "'durationMs' must not be negative";
            }

            if (problem != null)
            {
                return problem;
            }

            string[] names = result.MeasurementNames;
            string[] values = result.MeasurementValues;
            string[] units = result.MeasurementUnits;
            if (names == null || values == null || units == null || names.Length != values.Length || names.Length != units.Length || names.Length > DiagnosticResult.MaximumMeasurements)
            {
                return "'measurements' must be at most " + DiagnosticResult.MaximumMeasurements.ToString() + " [name, value, unit] triples";
            }

            for (int m = 0; m < names.Length; m++)
            {
                problem = ProtocolText.IdentifierProblem("measurements", names[m], DiagnosticResult.MaximumNameLength, false, false);
                if (problem == null)
                {
                    problem = SafeText("measurements", values[m], DiagnosticResult.MaximumValueLength, true);
                }

                if (problem == null)
                {
                    problem = SafeText("measurements", units[m], DiagnosticResult.MaximumUnitLength, true);
                }

                if (problem != null)
                {
                    return problem;
                }
            }

            return null;
        }

        // Free text a self-test wrote: printable ASCII, and never anything shaped like a card number.
        private static string SafeText(string member, string value, int maximumLength, bool emptyAllowed)
        {
            string problem = ProtocolText.IdentifierProblem(member, value, maximumLength, false, emptyAllowed);
            if (problem == null && CardDataGuard.ContainsPanLikeNumber(value))
            {
                problem = "'" + member + "' holds a card-shaped number";
            }

            return problem;
        }

        private static bool IsVerdict(string verdict)
        {
            return verdict == "PASS" || verdict == "WARN" || verdict == "FAIL" || verdict == "SKIP" || verdict == "OPERATOR";
        }
    }
}
