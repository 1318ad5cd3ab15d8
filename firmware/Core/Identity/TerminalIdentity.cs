using System;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;

namespace Terminal.Core.Identity
{
    /// <summary>
    /// Who this terminal is: its terminal id, its merchant id, and a provisioning number that makes
    /// two provisionings of the same ids distinguishable. Kept twice: in a marker file on the
    /// journal's drive and in the identity witness outside it, so that a drive formatted silently
    /// (nanoFramework formats <c>I:</c> when it fails to mount) is noticed instead of trusted.
    /// </summary>
    public sealed class TerminalIdentity
    {
        private const int Version = 1;
        /// <summary>The longest terminal or merchant id, in ASCII characters.</summary>
        public const int MaximumIdLength = 32;

        /// <summary>Creates an identity.</summary>
        /// <param name="terminalId">The terminal id, 1..32 printable ASCII characters.</param>
        /// <param name="merchantId">The merchant id, 1..32 printable ASCII characters.</param>
        /// <param name="provisioningNumber">A number chosen at provisioning (e.g. its time), so a re-provisioning differs.</param>
        public TerminalIdentity(string terminalId, string merchantId, uint provisioningNumber)
        {
            if (!IsValidId(terminalId) || !IsValidId(merchantId))
            {
                throw new ArgumentException("terminal and merchant ids must be 1 to 32 printable ASCII characters");
            }

            TerminalId = terminalId;
            MerchantId = merchantId;
            ProvisioningNumber = provisioningNumber;
        }

        /// <summary>Gets the terminal id.</summary>
        public string TerminalId { get; }

        /// <summary>Gets the merchant id.</summary>
        public string MerchantId { get; }

        /// <summary>Gets the provisioning number.</summary>
        public uint ProvisioningNumber { get; }

        /// <summary>
        /// Gets the journal's key namespace: terminal id, a dot, provisioning number
        /// ("T0001234.1795392000"). Idempotency keys start with it, so keys issued before a
        /// re-provisioning (after a format wiped the journal and its sequence) are never reused.
        /// </summary>
        public string KeyNamespace
        {
            get { return TerminalId + "." + ProvisioningNumber.ToString(); }
        }

        /// <summary>Tells whether two identities are the same provisioning of the same terminal.</summary>
        /// <param name="other">The other identity; may be <c>null</c>.</param>
        /// <returns><c>true</c> when every field matches.</returns>
        public bool SameAs(TerminalIdentity other)
        {
            return other != null && other.TerminalId == TerminalId && other.MerchantId == MerchantId && other.ProvisioningNumber == ProvisioningNumber;
        }

        /// <summary>Encodes the identity as a small record with its own CRC-32 (at most 80 bytes).</summary>
        /// <returns>The record.</returns>
        public byte[] Encode()
        {
            byte[] buffer = new byte[2 + 4 + (2 * (1 + MaximumIdLength)) + 4];
            PayloadWriter writer = new PayloadWriter();
            writer.Reset(buffer, 0, buffer.Length - 4);
            writer.WriteByte(Version);
            writer.WriteUInt32(ProvisioningNumber);
            writer.WriteAscii(TerminalId, MaximumIdLength);
            writer.WriteAscii(MerchantId, MaximumIdLength);
            int length = writer.Length;
            FrameFormat.WriteUInt32(buffer, length, Crc32.Compute(buffer, 0, length));
            byte[] record = new byte[length + 4];
            Array.Copy(buffer, record, record.Length);
            return record;
        }

        /// <summary>Decodes a record written by <see cref="Encode"/>.</summary>
        /// <param name="record">The record; may be <c>null</c>.</param>
        /// <param name="identity">The identity; <c>null</c> when the record is missing or damaged.</param>
        /// <returns><c>true</c> when the record is intact.</returns>
        public static bool TryDecode(byte[] record, out TerminalIdentity identity)
        {
            identity = null;
            if (record == null || record.Length < 9)
            {
                return false;
            }

            int length = record.Length - 4;
            if (FrameFormat.ReadUInt32(record, length) != Crc32.Compute(record, 0, length))
            {
                return false;
            }

            try
            {
                PayloadReader reader = new PayloadReader(record, 0, length);
                if (reader.ReadByte() != Version)
                {
                    return false;
                }

                uint provisioning = reader.ReadUInt32();
                string terminalId = reader.ReadAscii(MaximumIdLength, "terminal id");
                string merchantId = reader.ReadAscii(MaximumIdLength, "merchant id");
                reader.ExpectEnd("identity");
                if (!IsValidId(terminalId) || !IsValidId(merchantId))
                {
                    return false;
                }

                identity = new TerminalIdentity(terminalId, merchantId, provisioning);
                return true;
            }
            catch (JournalFormatException)
            {
                return false;
            }
        }

        private static bool IsValidId(string id)
        {
            if (id == null || id.Length == 0 || id.Length > MaximumIdLength)
            {
                return false;
            }

            for (int i = 0; i < id.Length; i++)
            {
                if (id[i] < '!' || id[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
