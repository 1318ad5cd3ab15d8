using System;

namespace Terminal.Core.Protocol
{
    /// <summary>
    /// One payment notice in a <see cref="NotificationBatch"/> (docs/host-protocol.md, "Notifications").
    /// The host may deliver a notice more than once: the terminal deduplicates by <see cref="Id"/>.
    /// </summary>
    /// <remarks>Required members: <c>id</c>, <c>paymentKey</c>, <c>status</c>; <c>hostReference</c> may be null or absent.</remarks>
    public sealed class PaymentNotification
    {
        /// <summary>Gets or sets the notice's id, 1..32 printable ASCII characters.</summary>
        public string Id { get; set; }

        /// <summary>Gets or sets the payment's key, 1..<see cref="ProtocolLimits.MaximumKeyLength"/> printable ASCII.</summary>
        public string PaymentKey { get; set; }

        /// <summary>Gets or sets the payment's status.</summary>
        public PaymentStatus Status { get; set; }

        /// <summary>Gets or sets the host's reference; <c>null</c> when none was given.</summary>
        public string HostReference { get; set; }

        /// <summary>Writes the notification object.</summary>
        /// <param name="writer">The writer.</param>
        /// <exception cref="ArgumentException">A member is invalid, or the buffer is too small.</exception>
        public void Encode(JsonWriter writer)
        {
            string member;
            ProtocolText.ThrowIfInvalid(FindProblem(out member));
            writer.WriteStartObject();
            writer.WriteString("id", Id);
            writer.WriteString("paymentKey", PaymentKey);
            writer.WriteString("status", ProtocolNames.StatusText(Status));
            writer.WriteString("hostReference", HostReference);
            writer.WriteEndObject();
        }

        /// <summary>Reads one notification object from a reader.</summary>
        /// <param name="reader">The reader, before the object's '{'.</param>
        /// <returns>The notification.</returns>
        /// <exception cref="ProtocolException">The object does not decode.</exception>
        public static PaymentNotification Read(JsonReader reader)
        {
            PaymentNotification notification = new PaymentNotification();
            int seen = 0;
            string name;
            reader.ReadStartObject("notifications");
            while (reader.ReadMemberName(out name))
            {
                if (name == "id")
                {
                    seen = reader.MarkSeen(seen, 1, name);
                    notification.Id = reader.ReadString(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else if (name == "paymentKey")
                {
                    seen = reader.MarkSeen(seen, 2, name);
                    notification.PaymentKey = reader.ReadString(name, ProtocolLimits.MaximumKeyLength);
                }
                else if (name == "status")
                {
                    seen = reader.MarkSeen(seen, 4, name);
                    notification.Status = ProtocolText.ReadStatus(reader, name);
                }
                else if (name == "hostReference")
                {
                    seen = reader.MarkSeen(seen, 8, name);
                    notification.HostReference = reader.ReadStringOrNull(name, ProtocolLimits.MaximumIdentifierLength);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            if ((seen & 1) == 0)
            {
                throw reader.Missing("id");
            }

            if ((seen & 2) == 0)
            {
                throw reader.Missing("paymentKey");
            }

            if ((seen & 4) == 0)
            {
                throw reader.Missing("status");
            }

            string member;
            string problem = notification.FindProblem(out member);
            ProtocolText.RefuseIfInvalid(reader, problem, member);
            return notification;
        }

        private string FindProblem(out string member)
        {
            member = "id";
            string problem = ProtocolText.IdentifierProblem(member, Id, ProtocolLimits.MaximumIdentifierLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            member = "paymentKey";
            problem = ProtocolText.IdentifierProblem(member, PaymentKey, ProtocolLimits.MaximumKeyLength, false, false);
            if (problem != null)
            {
                return problem;
            }

            member = "status";
            if (!ProtocolText.IsDefined(Status))
            {
                return "'status' is not a defined status";
            }

            member = "hostReference";
            return ProtocolText.IdentifierProblem(member, HostReference, ProtocolLimits.MaximumIdentifierLength, true, true);
        }
    }
}
