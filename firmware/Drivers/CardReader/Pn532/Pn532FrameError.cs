namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>Why <see cref="Pn532FrameCodec.Decode"/> rejected a byte sequence. Every rejection has one.</summary>
    public enum Pn532FrameError
    {
        /// <summary>The frame is well formed.</summary>
        None = 0,

        /// <summary>No start code <c>00 FF</c> after the preamble zeros: the bytes are not a frame (garbage, or a non-zero byte before the start code).</summary>
        NoStartCode = 1,

        /// <summary>The bytes end before the frame does; <see cref="Pn532Frame.RequiredLength"/> says how many are needed when the header was readable.</summary>
        Truncated = 2,

        /// <summary>LEN + LCS (or LENM + LENL + LCS for an extended frame) is not 0 modulo 256 (§6.2.1.1, §6.2.1.2).</summary>
        LengthChecksum = 3,

        /// <summary>TFI + PD0 + ... + PDn + DCS is not 0 modulo 256 (§6.2.1.1).</summary>
        DataChecksum = 4,

        /// <summary>The postamble after DCS is not <c>00</c>.</summary>
        BadPostamble = 5,

        /// <summary>An information frame with LEN = 0: it has no TFI.</summary>
        EmptyInformationFrame = 6,

        /// <summary>An extended frame longer than the 265 bytes (TFI included) the PN532 firmware handles (§6.2.1.2).</summary>
        LengthTooLong = 7,

        /// <summary>The frame identifier is not the one expected (D5h from the PN532, D4h from the host).</summary>
        UnexpectedFrameIdentifier = 8,

        /// <summary>An information frame with a TFI but no command code.</summary>
        MissingCommandCode = 9,
    }
}
