namespace Terminal.Drivers.CardReader.Pn532
{
    /// <summary>
    /// The PN532 command codes this driver sends, named as in NXP UM0701-02 §7 (command table p. 65). The
    /// response code is the command code plus one.
    /// </summary>
    public enum Pn532Command
    {
        /// <summary>Diagnose (§7.2.1, p. 69): self-tests selected by NumTst (<see cref="Pn532DiagnoseTest"/>).</summary>
        Diagnose = 0x00,

        /// <summary>GetFirmwareVersion (§7.2.2, p. 73): answers IC (32h for a PN532), Ver, Rev and Support.</summary>
        GetFirmwareVersion = 0x02,

        /// <summary>SAMConfiguration (§7.2.10, p. 89): the first command after power-up; mode 01h "normal" leaves the low-VBat state.</summary>
        SAMConfiguration = 0x14,

        /// <summary>RFConfiguration (§7.3.1, p. 101): item 05h MaxRetries bounds how long InListPassiveTarget looks for a card.</summary>
        RFConfiguration = 0x32,

        /// <summary>InDataExchange (§7.3.8, p. 127): sends bytes to an activated target (an ISO/IEC 14443-4 APDU) and returns its answer.</summary>
        InDataExchange = 0x40,

        /// <summary>InListPassiveTarget (§7.3.5, p. 115): detects and activates passive targets; BrTy 00h is 106 kbps type A.</summary>
        InListPassiveTarget = 0x4A,

        /// <summary>InRelease (§7.3.11, p. 140): releases a target (DESELECT for ISO/IEC 14443-4), Tg 00h releases all.</summary>
        InRelease = 0x52,
    }
}
