using System;

namespace Terminal.Core.Protocol
{
    /// <summary>The host's answer to a result upload: <c>{"accepted": true}</c> (docs/host-protocol.md, "Result upload").</summary>
    public sealed class UploadAcknowledgement
    {
        /// <summary>Gets or sets whether the host recorded the result. Required.</summary>
        public bool Accepted { get; set; }

        /// <summary>Encodes the acknowledgement as a whole body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">The body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            writer.WriteStartObject();
            writer.WriteBoolean("accepted", Accepted);
            writer.WriteEndObject();
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding an upload acknowledgement and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The acknowledgement.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static UploadAcknowledgement Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "upload acknowledgement");
            UploadAcknowledgement acknowledgement = new UploadAcknowledgement();
            int seen = 0;
            string name;
            reader.ReadStartObject("upload acknowledgement");
            while (reader.ReadMemberName(out name))
            {
                if (name == "accepted")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    acknowledgement.Accepted = reader.ReadBoolean(name);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if (seen == 0)
            {
                throw reader.Missing("accepted");
            }

            reader.ReadEndOfDocument();
            return acknowledgement;
        }
    }
}
