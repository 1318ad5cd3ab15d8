namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// One decoded frame, as <see cref="Pn532FrameCodec.Decode"/> fills it in place: the decoder allocates
    /// nothing, so the driver keeps one instance and reuses it for every frame. The data stays in the caller's
    /// buffer; this object only says where it is.
    /// </summary>
    public sealed class Pn532Frame
    {
        /// <summary>Gets why the last decode failed; <see cref="Pn532FrameError.None"/> when it succeeded.</summary>
        public Pn532FrameError Error { get; internal set; }

        /// <summary>Gets the frame type; meaningful only when <see cref="Error"/> is <see cref="Pn532FrameError.None"/>.</summary>
        public Pn532FrameKind Kind { get; internal set; }

        /// <summary>Gets the frame identifier (TFI) of an information frame: D4h host to PN532, D5h PN532 to host.</summary>
        public byte FrameIdentifier { get; internal set; }

        /// <summary>Gets whether the frame used the extended length format (§6.2.1.2).</summary>
        public bool IsExtended { get; internal set; }

        /// <summary>Gets the index in the decoded buffer of the command code (PD0), the first byte after TFI.</summary>
        public int DataOffset { get; internal set; }

        /// <summary>Gets how many bytes follow TFI: the command code and its parameters (LEN - 1).</summary>
        public int DataLength { get; internal set; }

        /// <summary>Gets how many bytes of the buffer the frame took, preamble and postamble included.</summary>
        public int FrameLength { get; internal set; }

        /// <summary>
        /// Gets, after <see cref="Pn532FrameError.Truncated"/>, how many bytes from the decode offset the whole frame
        /// needs, when the header was complete enough to tell; 0 otherwise.
        /// </summary>
        public int RequiredLength { get; internal set; }

        /// <summary>Forgets the last result.</summary>
        internal void Reset()
        {
            Error = Pn532FrameError.None;
            Kind = Pn532FrameKind.Information;
            FrameIdentifier = 0;
            IsExtended = false;
            DataOffset = 0;
            DataLength = 0;
            FrameLength = 0;
            RequiredLength = 0;
        }
    }
}
