using System;

namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// Encodes and decodes the frames of the PN532 host protocol (NXP UM0701-02 "PN532 User Manual" rev. 02,
    /// §6.2.1), apart from any bus. Pure functions over caller-supplied buffers: nothing is allocated, nothing
    /// throws on bad input bytes (a bad frame is a <see cref="Pn532FrameError"/>), only misuse of the API
    /// (a null buffer, a range outside it) throws.
    /// </summary>
    /// <remarks>
    /// <code>
    /// normal information frame (§6.2.1.1):   00 | 00 FF | LEN | LCS | TFI | PD0 ... PDn | DCS | 00
    ///     LEN counts TFI and PD0..PDn (1..255); LEN + LCS = 0 (mod 256); TFI + PD0 + ... + PDn + DCS = 0 (mod 256)
    /// extended information frame (§6.2.1.2): 00 | 00 FF | FF FF | LENM LENL | LCS | TFI | PD0 ... PDn | DCS | 00
    ///     LENM x 256 + LENL counts TFI and data, at most 265; LENM + LENL + LCS = 0 (mod 256)
    /// ACK (§6.2.1.3):   00 00 FF 00 FF 00        NACK (§6.2.1.4):   00 00 FF FF 00 00
    /// error frame (§6.2.1.5): 00 00 FF 01 FF 7F 81 00  (a one-byte frame whose only byte is 7Fh)
    /// </code>
    /// The preamble "can be composed with an undetermined number of bytes" (§6.2.1.6): the decoder accepts any
    /// number of 00h bytes, none included, before the start code, and nothing else.
    /// </remarks>
    public static class Pn532FrameCodec
    {
        /// <summary>TFI of a frame from the host controller to the PN532.</summary>
        public const byte HostToPn532 = 0xD4;

        /// <summary>TFI of a frame from the PN532 to the host controller.</summary>
        public const byte Pn532ToHost = 0xD5;

        /// <summary>The byte an error frame carries in place of TFI (§6.2.1.5).</summary>
        public const byte ApplicationErrorCode = 0x7F;

        /// <summary>The most data bytes (command code and parameters, TFI excluded) a frame carries: 264 (§6.2.1.2).</summary>
        public const int MaximumDataLength = 264;

        /// <summary>The most data bytes a normal (not extended) frame carries: LEN 255 minus TFI.</summary>
        public const int MaximumNormalDataLength = 254;

        /// <summary>Length of an ACK or NACK frame.</summary>
        public const int AcknowledgeLength = 6;

        /// <summary>Length of the longest frame <see cref="EncodeInformationFrame"/> writes: an extended frame with 264 data bytes.</summary>
        public const int MaximumFrameLength = MaximumDataLength + 11;

        private const int MaximumExtendedLength = MaximumDataLength + 1;

        /// <summary>Gets the length of the information frame that carries <paramref name="dataLength"/> data bytes.</summary>
        /// <param name="dataLength">Command code plus parameters, 1 to <see cref="MaximumDataLength"/>.</param>
        /// <returns>The frame length in bytes, preamble and postamble included.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="dataLength"/> is outside 1 to <see cref="MaximumDataLength"/>.</exception>
        public static int InformationFrameLength(int dataLength)
        {
            if (dataLength < 1 || dataLength > MaximumDataLength)
            {
                throw new ArgumentOutOfRangeException("dataLength");
            }

            // Normal: preamble, start code (2), LEN, LCS, TFI, data, DCS, postamble = data + 8.
            // Extended: FF FF in place of LEN LCS, then LENM, LENL and LCS = data + 11.
            return dataLength <= MaximumNormalDataLength ? dataLength + 8 : dataLength + 11;
        }

        /// <summary>
        /// Writes an information frame: a normal frame when TFI and data fit LEN (at most 254 data bytes), an
        /// extended frame otherwise (§6.2.1.2 lets the host use either; the PN532 answers in the suitable one).
        /// </summary>
        /// <param name="frameIdentifier">TFI: <see cref="HostToPn532"/> for commands (an emulator writes <see cref="Pn532ToHost"/>).</param>
        /// <param name="data">The command code followed by its parameters.</param>
        /// <param name="offset">Index of the command code in <paramref name="data"/>.</param>
        /// <param name="count">Number of data bytes, 1 to <see cref="MaximumDataLength"/>.</param>
        /// <param name="output">Receives the frame.</param>
        /// <param name="outputOffset">Index in <paramref name="output"/> of the preamble byte.</param>
        /// <returns>The number of bytes written: <see cref="InformationFrameLength"/> of <paramref name="count"/>.</returns>
        /// <exception cref="ArgumentNullException">A buffer is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A range lies outside its buffer or <paramref name="count"/> is outside 1 to 264.</exception>
        public static int EncodeInformationFrame(byte frameIdentifier, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (output == null)
            {
                throw new ArgumentNullException("output");
            }

            int frameLength = InformationFrameLength(count);
            if (offset < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (outputOffset < 0 || outputOffset > output.Length - frameLength)
            {
                throw new ArgumentOutOfRangeException("outputOffset");
            }

            int position = outputOffset;
            output[position++] = 0x00;
            output[position++] = 0x00;
            output[position++] = 0xFF;
            int length = count + 1;
            if (count <= MaximumNormalDataLength)
            {
                output[position++] = (byte)length;
                output[position++] = (byte)(0x100 - length);
            }
            else
            {
                byte lengthHigh = (byte)(length >> 8);
                byte lengthLow = (byte)(length & 0xFF);
                output[position++] = 0xFF;
                output[position++] = 0xFF;
                output[position++] = lengthHigh;
                output[position++] = lengthLow;
                output[position++] = (byte)(0x100 - ((lengthHigh + lengthLow) & 0xFF));
            }

            int sum = frameIdentifier;
            output[position++] = frameIdentifier;
            for (int i = 0; i < count; i++)
            {
                byte value = data[offset + i];
                sum += value;
                output[position++] = value;
            }

            output[position++] = (byte)(0x100 - (sum & 0xFF));
            output[position++] = 0x00;
            return position - outputOffset;
        }

        /// <summary>Writes the ACK frame <c>00 00 FF 00 FF 00</c>. From the host it aborts the command the PN532 is running (§6.2.1.3).</summary>
        /// <param name="output">Receives the frame.</param>
        /// <param name="outputOffset">Index of the first byte; six bytes must fit.</param>
        /// <returns>6, the number of bytes written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="output"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Six bytes do not fit from <paramref name="outputOffset"/>.</exception>
        public static int EncodeAcknowledge(byte[] output, int outputOffset)
        {
            return WriteShortFrame(output, outputOffset, 0x00, 0xFF);
        }

        /// <summary>Writes the NACK frame <c>00 00 FF FF 00 00</c>, which asks the PN532 to send its last response again (§6.2.1.4).</summary>
        /// <param name="output">Receives the frame.</param>
        /// <param name="outputOffset">Index of the first byte; six bytes must fit.</param>
        /// <returns>6, the number of bytes written.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="output"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Six bytes do not fit from <paramref name="outputOffset"/>.</exception>
        public static int EncodeNegativeAcknowledge(byte[] output, int outputOffset)
        {
            return WriteShortFrame(output, outputOffset, 0xFF, 0x00);
        }

        /// <summary>
        /// Decodes the first frame in a byte range. Never throws on the bytes: every bad frame gets a reason in
        /// <see cref="Pn532Frame.Error"/>, which is also returned.
        /// </summary>
        /// <param name="buffer">The received bytes.</param>
        /// <param name="offset">Index of the first byte (the preamble, or the start code when there is none).</param>
        /// <param name="count">Number of bytes received.</param>
        /// <param name="expectedFrameIdentifier">The TFI an information frame must carry: <see cref="Pn532ToHost"/> for responses.</param>
        /// <param name="frame">Receives the result; reused, so the decoder allocates nothing.</param>
        /// <returns><see cref="Pn532FrameError.None"/> for a well-formed frame of any kind; otherwise why it was rejected.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> or <paramref name="frame"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="buffer"/>.</exception>
        public static Pn532FrameError Decode(byte[] buffer, int offset, int count, byte expectedFrameIdentifier, Pn532Frame frame)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            frame.Reset();
            int end = offset + count;

            // §6.2.1.6: any number of 00h preamble bytes, then the start code 00 FF.
            int start = offset;
            while (true)
            {
                if (start + 1 >= end)
                {
                    return Reject(frame, start < end && buffer[start] != 0x00 ? Pn532FrameError.NoStartCode : Pn532FrameError.Truncated);
                }

                if (buffer[start] != 0x00)
                {
                    return Reject(frame, Pn532FrameError.NoStartCode);
                }

                if (buffer[start + 1] == 0xFF)
                {
                    break;
                }

                if (buffer[start + 1] != 0x00)
                {
                    return Reject(frame, Pn532FrameError.NoStartCode);
                }

                start++;
            }

            int position = start + 2;
            if (position + 2 > end)
            {
                return Reject(frame, Pn532FrameError.Truncated);
            }

            byte length = buffer[position];
            byte lengthChecksum = buffer[position + 1];
            if ((length == 0x00 && lengthChecksum == 0xFF) || (length == 0xFF && lengthChecksum == 0x00))
            {
                // ACK and NACK are fixed patterns that deliberately fail the LCS rule: recognise them first.
                int postamble = position + 2;
                if (postamble >= end)
                {
                    frame.RequiredLength = postamble + 1 - offset;
                    return Reject(frame, Pn532FrameError.Truncated);
                }

                if (buffer[postamble] != 0x00)
                {
                    return Reject(frame, Pn532FrameError.BadPostamble);
                }

                frame.Kind = length == 0x00 ? Pn532FrameKind.Acknowledge : Pn532FrameKind.NegativeAcknowledge;
                frame.FrameLength = postamble + 1 - offset;
                return Pn532FrameError.None;
            }

            int dataLength;
            int dataStart;
            if (length == 0xFF && lengthChecksum == 0xFF)
            {
                if (position + 5 > end)
                {
                    return Reject(frame, Pn532FrameError.Truncated);
                }

                byte lengthHigh = buffer[position + 2];
                byte lengthLow = buffer[position + 3];
                if (((lengthHigh + lengthLow + buffer[position + 4]) & 0xFF) != 0)
                {
                    return Reject(frame, Pn532FrameError.LengthChecksum);
                }

                dataLength = (lengthHigh << 8) | lengthLow;
                if (dataLength > MaximumExtendedLength)
                {
                    return Reject(frame, Pn532FrameError.LengthTooLong);
                }

                frame.IsExtended = true;
                dataStart = position + 5;
            }
            else
            {
                if (((length + lengthChecksum) & 0xFF) != 0)
                {
                    return Reject(frame, Pn532FrameError.LengthChecksum);
                }

                dataLength = length;
                dataStart = position + 2;
            }

            if (dataLength == 0)
            {
                return Reject(frame, Pn532FrameError.EmptyInformationFrame);
            }

            // TFI and data, then DCS and the postamble.
            int frameEnd = dataStart + dataLength + 2;
            if (frameEnd > end)
            {
                frame.RequiredLength = frameEnd - offset;
                return Reject(frame, Pn532FrameError.Truncated);
            }

            int sum = 0;
            for (int i = dataStart; i <= dataStart + dataLength; i++)
            {
                sum += buffer[i];
            }

            if ((sum & 0xFF) != 0)
            {
                return Reject(frame, Pn532FrameError.DataChecksum);
            }

            if (buffer[frameEnd - 1] != 0x00)
            {
                return Reject(frame, Pn532FrameError.BadPostamble);
            }

            frame.FrameLength = frameEnd - offset;
            byte identifier = buffer[dataStart];
            if (dataLength == 1 && identifier == ApplicationErrorCode && !frame.IsExtended)
            {
                frame.Kind = Pn532FrameKind.ApplicationError;
                return Pn532FrameError.None;
            }

            if (identifier != expectedFrameIdentifier)
            {
                return Reject(frame, Pn532FrameError.UnexpectedFrameIdentifier);
            }

            if (dataLength == 1)
            {
                return Reject(frame, Pn532FrameError.MissingCommandCode);
            }

            frame.Kind = Pn532FrameKind.Information;
            frame.FrameIdentifier = identifier;
            frame.DataOffset = dataStart + 1;
            frame.DataLength = dataLength - 1;
            return Pn532FrameError.None;
        }

        private static Pn532FrameError Reject(Pn532Frame frame, Pn532FrameError error)
        {
            frame.Error = error;
            return error;
        }

        private static int WriteShortFrame(byte[] output, int outputOffset, byte length, byte lengthChecksum)
        {
            if (output == null)
            {
                throw new ArgumentNullException("output");
            }

            if (outputOffset < 0 || outputOffset > output.Length - AcknowledgeLength)
            {
                throw new ArgumentOutOfRangeException("outputOffset");
            }

            output[outputOffset] = 0x00;
            output[outputOffset + 1] = 0x00;
            output[outputOffset + 2] = 0xFF;
            output[outputOffset + 3] = length;
            output[outputOffset + 4] = lengthChecksum;
            output[outputOffset + 5] = 0x00;
            return AcknowledgeLength;
        }
    }
}
