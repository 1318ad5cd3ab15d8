using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The answer to <c>GET /v1/echo</c> (docs/host-protocol.md, "Echo"): the network and gateway test
    /// (NET-PATH, NET-GATEWAY), the host's clock for the skew check (SW-CLOCK) and the firmware
    /// versions for SW-VERSION. All members are required; the status must be "ok" and the versions
    /// "major.minor.patch".
    /// </summary>
    public sealed class EchoResult
    {
        /// <summary>Gets or sets the host's clock, UTC milliseconds since 1970.</summary>
        public long ServerTimeUtcMilliseconds { get; set; }

        /// <summary>Gets or sets the oldest firmware the host still serves, "major.minor.patch".</summary>
        public string MinimumFirmware { get; set; }

        /// <summary>Gets or sets the newest firmware, "major.minor.patch".</summary>
        public string LatestFirmware { get; set; }

        /// <summary>Encodes the echo answer as a whole body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            writer.WriteStartObject();
            writer.WriteString("status", "ok");
            writer.WriteNumber("serverTimeUtc", ServerTimeUtcMilliseconds);
            writer.WriteString("minimumFirmware", MinimumFirmware);
            writer.WriteString("latestFirmware", LatestFirmware);
            writer.WriteEndObject();
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding an echo answer and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The echo answer.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static EchoResult Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "echo");
            EchoResult echo = new EchoResult();
            int seen = 0;
            string name;
            reader.ReadStartObject("echo");
            while (reader.ReadMemberName(out name))
            {
                if (name == "status")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    string status = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                    if (status != "ok")
                    {
                        throw ProtocolText.UnknownValue(reader, name, status);
                    }
                }
                else if (name == "serverTimeUtc")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    echo.ServerTimeUtcMilliseconds = reader.ReadInteger(name);
                }
                else if (name == "minimumFirmware")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    echo.MinimumFirmware = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "latestFirmware")
                {
                    seen = reader.MarkSeen(seen, 8, name);
                    echo.LatestFirmware = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            string[] names = { "status", "serverTimeUtc", "minimumFirmware", "latestFirmware" };
            for (int i = 0; i < names.Length; i++)
            {
                if ((seen & (1 << i)) == 0)
                {
                    throw reader.Missing(names[i]);
                }
            }

            reader.ReadEndOfDocument();
            string member;
            string problem = echo.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return echo;
        }

        private string FindProblem(out string member)
        {
            member = "serverTimeUtc";
            string problem = ProtocolText.TimeProblem(member, ServerTimeUtcMilliseconds);
            if (problem != null)
            {
                return problem;
            }

            member = "minimumFirmware";
            if (!ProtocolText.IsVersion(MinimumFirmware))
            {
                return "'minimumFirmware' is not a version major.minor.patch";
            }

            member = "latestFirmware";
            if (!ProtocolText.IsVersion(LatestFirmware))
            {
                return "'latestFirmware' is not a version major.minor.patch";
            }

            return null;
        }
    }
}
