using System;
using System.Collections.Generic;

namespace Terminal.Hal.Simulated.CardReader
{
    /// <summary>The PN532 emulator's frame parsing and command set (NXP UM0701-02 §6.2.1 and §7).</summary>
    public sealed partial class SimulatedPn532
    {
        private static readonly byte[] AcknowledgeFrame = { 0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00 };
        private static readonly byte[] ErrorFrame = { 0x00, 0x00, 0xFF, 0x01, 0xFF, 0x7F, 0x81, 0x00 };

        /// <summary>Codes a response as the PN532 sends it: TFI D5h, normal frame up to 254 data bytes, extended above (§6.2.1.2).</summary>
        /// <param name="data">Response code and parameters.</param>
        /// <returns>The frame.</returns>
        public static byte[] InformationFrame(byte[] data)
        {
            ArgumentNullException.ThrowIfNull(data);
            var frame = new List<byte> { 0x00, 0x00, 0xFF };
            int length = data.Length + 1;
            if (length <= 0xFF)
            {
                frame.Add((byte)length);
                frame.Add((byte)(0x100 - length));
            }
            else
            {
                byte high = (byte)(length >> 8);
                byte low = (byte)length;
                frame.AddRange(new byte[] { 0xFF, 0xFF, high, low, (byte)(0x100 - ((high + low) & 0xFF)) });
            }

            int sum = 0xD5;
            frame.Add(0xD5);
            foreach (byte value in data)
            {
                sum += value;
                frame.Add(value);
            }

            frame.Add((byte)(0x100 - (sum & 0xFF)));
            frame.Add(0x00);
            return frame.ToArray();
        }

        private void ReceiveFrame(byte[] bytes)
        {
            int start = 0;
            while (start + 1 < bytes.Length && bytes[start] == 0x00 && bytes[start + 1] == 0x00)
            {
                start++;
            }

            if (start + 4 >= bytes.Length || bytes[start] != 0x00 || bytes[start + 1] != 0xFF)
            {
                return;
            }

            byte length = bytes[start + 2];
            byte lengthChecksum = bytes[start + 3];
            if (length == 0x00 && lengthChecksum == 0xFF)
            {
                // §6.2.1.3: an ACK from the host aborts the running command.
                AbortsReceived++;
                pending = null;
                pendingWaitsForCard = false;
                scheduledResponse = null;
                scheduledWaitsForCard = false;
                return;
            }

            if (length == 0xFF && lengthChecksum == 0x00)
            {
                // §6.2.1.4: a NACK asks for the last response again.
                NegativeAcknowledgesReceived++;
                if (lastResponse != null && !Silent)
                {
                    Queue(lastResponse, true, 0);
                }

                return;
            }

            int dataStart;
            int dataLength;
            if (length == 0xFF && lengthChecksum == 0xFF)
            {
                if (start + 7 >= bytes.Length || ((bytes[start + 4] + bytes[start + 5] + bytes[start + 6]) & 0xFF) != 0)
                {
                    return;
                }

                dataLength = (bytes[start + 4] << 8) | bytes[start + 5];
                dataStart = start + 7;
            }
            else
            {
                if (((length + lengthChecksum) & 0xFF) != 0)
                {
                    return;
                }

                dataLength = length;
                dataStart = start + 4;
            }

            if (dataLength < 2 || dataStart + dataLength + 1 > bytes.Length || bytes[dataStart] != 0xD4)
            {
                return;
            }

            int sum = 0;
            for (int i = dataStart; i <= dataStart + dataLength; i++)
            {
                sum += bytes[i];
            }

            if ((sum & 0xFF) != 0)
            {
                // A frame the chip cannot read is not acknowledged.
                return;
            }

            byte command = bytes[dataStart + 1];
            byte[] parameters = bytes.AsSpan(dataStart + 2, dataLength - 2).ToArray();
            commands.Add(command);
            pending = null;
            pendingWaitsForCard = false;
            if (Silent)
            {
                return;
            }

            byte[]? response;
            long processing;
            bool waitsForCard = false;
            if (ErrorFrameForNextCommands > 0)
            {
                ErrorFrameForNextCommands--;
                response = ErrorFrame;
                processing = 1;
            }
            else
            {
                response = Execute(command, parameters, out processing, out waitsForCard);
            }

            Queue(AcknowledgeFrame, false, 1);
            scheduledResponse = response;
            scheduledProcessingMilliseconds = processing;
            scheduledWaitsForCard = waitsForCard;
        }

        private byte[]? Execute(byte command, byte[] parameters, out long processing, out bool waitsForCard)
        {
            processing = 1;
            waitsForCard = false;
            switch (command)
            {
                case 0x00:
                    return Diagnose(parameters, out processing);
                case 0x02:
                    return InformationFrame(new byte[] { 0x03, IntegratedCircuit, 0x01, 0x06, 0x07 });
                case 0x14:
                    if (parameters.Length < 1 || parameters[0] < 0x01 || parameters[0] > 0x04)
                    {
                        return ErrorFrame;
                    }

                    samConfigured = true;
                    return InformationFrame(new byte[] { 0x15 });
                case 0x32:
                    if (parameters.Length == 4 && parameters[0] == 0x05)
                    {
                        passiveActivationRetries = parameters[3];
                    }

                    return InformationFrame(new byte[] { 0x33 });
                case 0x4A:
                    return ListPassiveTarget(parameters, out processing, out waitsForCard);
                case 0x40:
                    return DataExchange(parameters, out processing);
                case 0x52:
                    targetActive = false;
                    return InformationFrame(new byte[] { 0x53, 0x00 });
                default:
                    return ErrorFrame;
            }
        }

        private byte[] Diagnose(byte[] parameters, out long processing)
        {
            processing = 1;
            if (parameters.Length < 1)
            {
                return ErrorFrame;
            }

            switch (parameters[0])
            {
                case 0x00:
                    // Communication line test: NumTst and InParam echoed (§7.2.1).
                    byte[] echo = new byte[parameters.Length + 1];
                    echo[0] = 0x01;
                    Array.Copy(parameters, 0, echo, 1, parameters.Length);
                    if (CommunicationLineTestCorrupts && echo.Length > 2)
                    {
                        echo[echo.Length - 1] ^= 0x10;
                    }

                    return InformationFrame(echo);
                case 0x01:
                    processing = MemoryTestMilliseconds;
                    return InformationFrame(new byte[] { 0x01, RomTestFails ? (byte)0xFF : (byte)0x00 });
                case 0x02:
                    processing = MemoryTestMilliseconds;
                    return InformationFrame(new byte[] { 0x01, RamTestFails ? (byte)0xFF : (byte)0x00 });
                default:
                    return ErrorFrame;
            }
        }

        private byte[] ListPassiveTarget(byte[] parameters, out long processing, out bool waitsForCard)
        {
            waitsForCard = false;
            processing = 5;
            if (!samConfigured || parameters.Length < 2 || parameters[0] < 1 || parameters[0] > 2 || parameters[1] != 0x00)
            {
                return ErrorFrame;
            }

            if (card != null)
            {
                return InformationFrame(ListTarget());
            }

            if (passiveActivationRetries == 0xFF)
            {
                waitsForCard = true;
                return Array.Empty<byte>();
            }

            // Each poll of the field takes a few milliseconds; MxRtyPassiveActivation more after the first.
            processing = (passiveActivationRetries + 1) * 5L;
            return InformationFrame(new byte[] { 0x4B, 0x00 });
        }

        private byte[] ListTarget()
        {
            // NbTg 1, Tg 1, SENS_RES 0004, SEL_RES, NFCID1 of 4 bytes (random UID 08h...), ATS when ISO/IEC 14443-4.
            targetActive = true;
            var data = new List<byte> { 0x4B, 0x01, 0x01, 0x00, 0x04, card!.Sak, 0x04, 0x08, 0x3A, 0x5C, 0x7E };
            if ((card.Sak & 0x20) != 0)
            {
                data.AddRange(new byte[] { 0x05, 0x78, 0x80, 0x70, 0x02 });
            }

            return data.ToArray();
        }

        private byte[] DataExchange(byte[] parameters, out long processing)
        {
            processing = CardAnswerMilliseconds;
            if (!samConfigured || parameters.Length < 2)
            {
                return ErrorFrame;
            }

            if (RemoveCardAfterApdus == 0)
            {
                RemoveCardAfterApdus = -1;
                RemoveCard();
            }

            if (card == null || !targetActive || parameters[0] != 0x01)
            {
                // Status 01h: the target did not answer in time (§7.1 error codes).
                return InformationFrame(new byte[] { 0x41, 0x01 });
            }

            if (RemoveCardAfterApdus > 0)
            {
                RemoveCardAfterApdus--;
            }

            byte[] answer = card.Respond(parameters.AsSpan(1).ToArray());
            byte[] data = new byte[answer.Length + 2];
            data[0] = 0x41;
            data[1] = 0x00;
            Array.Copy(answer, 0, data, 2, answer.Length);
            return InformationFrame(data);
        }
    }
}
