using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// The answer to <c>GET /v1/notifications?after={cursor}</c>: payment notices for QR orders and the
    /// cursor to ask from next time (docs/host-protocol.md, "Notifications").
    /// </summary>
    /// <remarks>Required members: <c>cursor</c> and <c>notifications</c> (an array, possibly empty).</remarks>
    public sealed class NotificationBatch
    {
        private static readonly PaymentNotification[] NoNotifications = new PaymentNotification[0];

        /// <summary>Creates an empty batch.</summary>
        public NotificationBatch()
        {
            Notifications = NoNotifications;
        }

        /// <summary>Gets or sets the cursor to send as <c>after</c> on the next poll, 1..32 printable ASCII characters.</summary>
        public string Cursor { get; set; }

        /// <summary>Gets or sets the notices, oldest first; never null (empty when there are none), at most <see cref="ProtocolLimits.MaximumNotifications"/>.</summary>
        public PaymentNotification[] Notifications { get; set; }

        /// <summary>Encodes the batch as a whole body.</summary>
        /// <param name="buffer">The destination.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="capacity">The most bytes the body may take.</param>
        /// <returns>The body's length in bytes.</returns>
        /// <exception cref="ArgumentException">A member is invalid, or the body does not fit.</exception>
        public int Encode(byte[] buffer, int offset, int capacity)
        {
            ProtocolText.ThrowIfInvalid(ProtocolText.IdentifierProblem("cursor", Cursor, ProtocolLimits.MaximumIdentifierLength, false, false));
            if (Notifications == null || Notifications.Length > ProtocolLimits.MaximumNotifications)
            {
                throw new ArgumentException("'notifications' must hold 0.." + ProtocolLimits.MaximumNotifications.ToString() + " items");
            }

            JsonWriter writer = new JsonWriter();
            writer.Reset(buffer, offset, capacity);
            writer.WriteStartObject();
            writer.WriteString("cursor", Cursor);
            writer.WritePropertyName("notifications");
            writer.WriteStartArray();
            for (int i = 0; i < Notifications.Length; i++)
            {
                if (Notifications[i] == null)
                {
                    throw new ArgumentException("notification " + i.ToString() + " is null");
                }

                Notifications[i].Encode(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            return ProtocolText.Finish(writer);
        }

        /// <summary>Decodes a body holding a notification batch and nothing else.</summary>
        /// <param name="buffer">The buffer holding the body.</param>
        /// <param name="offset">Where the body starts.</param>
        /// <param name="count">The body's length in bytes.</param>
        /// <returns>The batch.</returns>
        /// <exception cref="ProtocolException">The body does not decode; the message names the member.</exception>
        public static NotificationBatch Decode(byte[] buffer, int offset, int count)
        {
            JsonReader reader = ProtocolText.OpenBody(buffer, offset, count, "notifications");
            NotificationBatch batch = new NotificationBatch();
            int seen = 0;
            string name;
            reader.ReadStartObject("notifications");
            while (reader.ReadMemberName(out name))
            {
                if (name == "cursor")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    batch.Cursor = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                    ProtocolText.RefuseIfInvalid(
                        reader,
                        ProtocolText.IdentifierProblem(name, batch.Cursor, ProtocolLimits.MaximumIdentifierLength, false, false),
                        name);
                }
                else if (name == "notifications")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    batch.Notifications = ReadList(reader);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if ((seen & 1) == 0)
            {
                throw reader.Missing("cursor");
            }

            if ((seen & 2) == 0)
            {
                throw reader.Missing("notifications");
            }

            reader.ReadEndOfDocument();
            return batch;
        }

        private static PaymentNotification[] ReadList(JsonReader reader)
        {
            reader.ReadStartArray("notifications");
            PaymentNotification[] items = new PaymentNotification[4];
            int count = 0;
            while (!reader.ReadEndOfArray())
            {
                if (count == ProtocolLimits.MaximumNotifications)
                {
                    throw reader.Problem(
                        ProtocolError.Oversized,
                        "notifications",
                        "more than " + ProtocolLimits.MaximumNotifications.ToString() + " notifications");
                }

                if (count == items.Length)
                {
                    PaymentNotification[] larger = new PaymentNotification[items.Length * 2];
                    Array.Copy(items, 0, larger, 0, count);
                    items = larger;
                }

                items[count++] = PaymentNotification.Read(reader);
            }

            if (count == 0)
            {
                return NoNotifications;
            }

            PaymentNotification[] exact = new PaymentNotification[count];
            Array.Copy(items, 0, exact, 0, count);
            return exact;
        }
    }
}
