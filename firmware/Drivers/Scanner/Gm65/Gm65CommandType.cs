namespace Terminal.Drivers.Scanner.Gm65
{
    /// <summary>
    /// The "Types" byte of a GM65 serial command frame (Grow GM65 user manual, chapter 8 "Serial Port Instruction":
    /// 8.2 Read Zone Bit, 8.3 Write Zone Bit, 8.4 Save zone bit to EEPROM).
    /// </summary>
    public enum Gm65CommandType
    {
        /// <summary>0x07: read 1 to 256 consecutive zone bits; the data byte is the count (0x00 = 256).</summary>
        ReadZoneBit = 0x07,

        /// <summary>0x08: write consecutive zone bits (in RAM: lost at power-off until saved).</summary>
        WriteZoneBit = 0x08,

        /// <summary>0x09: save every zone bit to the module's internal flash (address 0x0000, data 0x00).</summary>
        SaveZoneBits = 0x09,
    }
}
