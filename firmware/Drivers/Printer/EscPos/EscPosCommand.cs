namespace Terminal.Drivers.Printer.EscPos
{
    /// <summary>
    /// The ESC/POS bytes this driver sends, named as in the Epson ESC/POS Command Reference (and the
    /// command manuals of the 58 mm Chinese printers that follow it). Only these are used; a printer
    /// ignores nothing the driver relies on.
    /// </summary>
    public static class EscPosCommand
    {
        /// <summary>LF, "print and line feed": prints the line buffer and advances one line.</summary>
        public const byte LineFeed = 0x0A;

        /// <summary>ESC: prefix of the ESC commands.</summary>
        public const byte Escape = 0x1B;

        /// <summary>GS: prefix of the GS commands.</summary>
        public const byte GroupSeparator = 0x1D;

        /// <summary>FS: prefix of the FS (Kanji / Chinese character) commands.</summary>
        public const byte FileSeparator = 0x1C;

        /// <summary>DLE: prefix of the real-time commands, which the printer executes on receipt, even offline.</summary>
        public const byte DataLinkEscape = 0x10;

        /// <summary>EOT: second byte of <c>DLE EOT n</c>, "transmit real-time status".</summary>
        public const byte EndOfTransmission = 0x04;

        /// <summary>'@' of <c>ESC @</c>, "initialize printer": clears the print buffer and resets every mode to its power-on value.</summary>
        public const byte InitializePrinter = 0x40;

        /// <summary>'a' of <c>ESC a n</c>, "select justification": n = 0 left, 1 centred, 2 right.</summary>
        public const byte SelectJustification = 0x61;

        /// <summary>'E' of <c>ESC E n</c>, "turn emphasized mode on/off": bit 0 of n.</summary>
        public const byte SelectEmphasized = 0x45;

        /// <summary>'d' of <c>ESC d n</c>, "print and feed n lines".</summary>
        public const byte PrintAndFeedLines = 0x64;

        /// <summary>'!' of <c>GS ! n</c>, "select character size": bits 4-7 width magnification - 1, bits 0-3 height magnification - 1.</summary>
        public const byte SelectCharacterSize = 0x21;

        /// <summary>'V' of <c>GS V m</c>, "select cut mode and cut paper".</summary>
        public const byte CutPaper = 0x56;

        /// <summary>m of <c>GS V m</c> for a partial cut (function A): one point left uncut, so the receipt does not fall.</summary>
        public const byte PartialCut = 0x01;

        /// <summary>'&amp;' of <c>FS &amp;</c>, "select Kanji character mode": bytes 0x81-0xFE start a double-byte (GB18030/GBK) character on Chinese printers.</summary>
        public const byte SelectKanjiMode = 0x26;

        /// <summary>'.' of <c>FS .</c>, "cancel Kanji character mode".</summary>
        public const byte CancelKanjiMode = 0x2E;

        /// <summary>Highest line count <c>ESC d n</c> takes in one command.</summary>
        public const int MaximumFeedLines = 255;
    }
}
