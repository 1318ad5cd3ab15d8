using System;
using System.Device.I2c;
using System.Threading;
using Terminal.Hal.Storage;

namespace Terminal.Hal.Esp32
{
    /// <summary>
    /// <see cref="IIdentityWitness"/> kept in a 24xx32-class I2C EEPROM (Microchip 24LC32A, Atmel/Microchip
    /// AT24C32 or a pin-compatible FRAM such as the MB85RC64) on the board's I2C bus: a chip of its own,
    /// outside the ESP32 flash and the <c>I:</c> LittleFS partition that nanoFramework formats silently when
    /// it fails to mount.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why an external chip: a managed nanoFramework application on ESP32 has no other non-volatile store
    /// outside <c>I:</c>. nanoFramework.Hardware.Esp32 1.6.37 exposes no NVS API (its types are
    /// <c>Configuration</c>, <c>HighResTimer</c>, <c>Logging</c>, <c>NativeMemory</c>, <c>Sleep</c>,
    /// <c>TouchPad</c>); the configuration block (Wi-Fi, certificates) is itself stored as files on
    /// <c>I:</c> (nf-interpreter targetHAL_ConfigStorageLittlefs.c, <c>I:\con_*.sys</c>); the ESP32 targets
    /// mount no second internal drive (targets/ESP32/ESP32_S3/target_FileSystem.cpp has none); RTC memory
    /// does not survive a power cut; eFuses are one-time and have no managed API. An SD card (drive
    /// <c>D:</c>) would survive too, but it is removable, FAT is not power-fail safe, and it is a second
    /// file system to trust. A few-cent EEPROM with a checksummed record is the smallest thing that works.
    /// </para>
    /// <para>
    /// Layout: two slots of 128 bytes from <c>baseAddress</c>, each
    /// <c>'T' 'W' | version 1 | length | sequence (4, little-endian) | record | CRC-32 (4, little-endian)</c>,
    /// the CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) covering everything before it.
    /// <see cref="Write"/> fills the slot that does not hold the newest valid record, with the next
    /// sequence number, so a power cut during a write leaves the previous record readable.
    /// </para>
    /// <para>
    /// Timing: the 24LC32A takes up to 5 ms to program a page (datasheet: write cycle time TWC = 5 ms max;
    /// older AT24C32 parts are slower, check the datasheet of the part fitted) and ignores its address
    /// meanwhile; completion is detected by acknowledge polling (24LC32A datasheet, "Acknowledge Polling"),
    /// bounded at <see cref="PageWriteTimeoutMilliseconds"/> per page. A FRAM acknowledges at once.
    /// A write of the largest record is four pages, about 20 ms on a 24LC32A, and a record is written rarely (at
    /// provisioning), so the 1,000,000-cycle endurance of the chip is no concern.
    /// </para>
    /// <para>
    /// Limits: the chip must be fitted (reference wiring in the board's pin map, address 0x50). If it does
    /// not answer, every call throws <see cref="StorageException"/> with <see cref="StorageError.NotMounted"/>
    /// rather than reporting "never written", which would look like a new terminal. Two slots that both
    /// hold data but fail their checks throw <see cref="StorageError.MediaFault"/> for the same reason.
    /// A replaced chip reads as "never written": the field procedure must re-provision the witness after
    /// a repair. Thread-safe.
    /// </para>
    /// </remarks>
    public sealed class Esp32IdentityWitness : IIdentityWitness
    {
        /// <summary>The size of the EEPROM in bytes (24xx32: 32 kbit).</summary>
        public const int EepromSizeBytes = 4096;

        /// <summary>The EEPROM page size in bytes: one write never crosses a page (24LC32A datasheet, page write).</summary>
        public const int PageSizeBytes = 32;

        /// <summary>The bytes of EEPROM the witness uses from its base address: two slots.</summary>
        public const int RegionSizeBytes = 2 * SlotSizeBytes;

        /// <summary>The longest time a page write is waited for, in milliseconds: ten times the 24LC32A's 5 ms.</summary>
        public const int PageWriteTimeoutMilliseconds = 50;

        private const int SlotSizeBytes = 128;
        private const int HeaderSizeBytes = 8;
        private const int ChecksumSizeBytes = 4;
        // 8-byte header + 112 + 4-byte CRC = 124 bytes: one 128-byte slot, four pages. Terminal.Core's
        // TerminalIdentity.Encode makes records of at most 80 bytes.
        private const int MaximumRecordBytes = 112;
        private const byte MagicFirst = 0x54;  // 'T'
        private const byte MagicSecond = 0x57; // 'W'
        private const byte FormatVersion = 1;

        private readonly I2cDevice _eeprom;
        private readonly int _baseAddress;
        private readonly object _sync = new object();

        /// <summary>Creates the witness over an EEPROM the caller has opened and keeps disposing.</summary>
        /// <param name="eeprom">The EEPROM on its I2C bus; the caller owns it and disposes it after this witness.</param>
        /// <param name="baseAddress">Where in the EEPROM the two slots start: a multiple of
        /// <see cref="PageSizeBytes"/>, with <see cref="RegionSizeBytes"/> bytes room before <see cref="EepromSizeBytes"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="eeprom"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseAddress"/> is misaligned or out of the chip.</exception>
        public Esp32IdentityWitness(I2cDevice eeprom, int baseAddress)
        {
            if (eeprom == null)
            {
                throw new ArgumentNullException("eeprom");
            }

            if (baseAddress < 0 || baseAddress % PageSizeBytes != 0 || baseAddress > EepromSizeBytes - RegionSizeBytes)
            {
                throw new ArgumentOutOfRangeException("baseAddress", "The witness region must be page-aligned and inside the EEPROM.");
            }

            _eeprom = eeprom;
            _baseAddress = baseAddress;
        }

        /// <inheritdoc/>
        public int CapacityBytes
        {
            get { return MaximumRecordBytes; }
        }

        /// <inheritdoc/>
        /// <exception cref="StorageException"><see cref="StorageError.NotMounted"/> when the EEPROM does not answer,
        /// <see cref="StorageError.MediaFault"/> when both slots hold data and neither passes its checks.</exception>
        public bool TryRead(out byte[] record)
        {
            lock (_sync)
            {
                byte[] slotA = ReadSlot(0);
                byte[] slotB = ReadSlot(1);
                int chosen = ChooseNewestValidSlot(slotA, slotB);

                if (chosen < 0)
                {
                    record = null;

                    if (IsBlank(slotA) && IsBlank(slotB))
                    {
                        return false;
                    }

                    throw new StorageException(StorageError.MediaFault, "Both copies of the identity witness are corrupt.");
                }

                byte[] slot = chosen == 0 ? slotA : slotB;
                record = new byte[slot[3]];
                Array.Copy(slot, HeaderSizeBytes, record, 0, record.Length);
                return true;
            }
        }

        /// <inheritdoc/>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException"><paramref name="record"/> is longer than <see cref="CapacityBytes"/>.</exception>
        /// <exception cref="StorageException"><see cref="StorageError.NotMounted"/> when the EEPROM does not answer,
        /// <see cref="StorageError.MediaFault"/> when the written copy does not read back.</exception>
        public void Write(byte[] record)
        {
            if (record == null)
            {
                throw new ArgumentNullException("record");
            }

            if (record.Length > MaximumRecordBytes)
            {
                throw new ArgumentException("The identity record holds at most 112 bytes.", "record");
            }

            lock (_sync)
            {
                byte[] slotA = ReadSlot(0);
                byte[] slotB = ReadSlot(1);
                int newest = ChooseNewestValidSlot(slotA, slotB);
                uint sequence = 1;
                int target = 0;

                if (newest >= 0)
                {
                    sequence = ReadUInt32(newest == 0 ? slotA : slotB, 4) + 1;
                    target = 1 - newest;
                }

                byte[] image = Encode(record, sequence);
                int slotAddress = _baseAddress + (target * SlotSizeBytes);

                for (int offset = 0; offset < image.Length; offset += PageSizeBytes)
                {
                    int count = image.Length - offset < PageSizeBytes ? image.Length - offset : PageSizeBytes;
                    WritePage(slotAddress + offset, image, offset, count);
                }

                byte[] readBack = ReadSlot(target);

                for (int index = 0; index < image.Length; index++)
                {
                    if (readBack[index] != image[index])
                    {
                        throw new StorageException(StorageError.MediaFault, "The identity witness did not read back as written.");
                    }
                }
            }
        }

        private static byte[] Encode(byte[] record, uint sequence)
        {
            byte[] image = new byte[HeaderSizeBytes + record.Length + ChecksumSizeBytes];
            image[0] = MagicFirst;
            image[1] = MagicSecond;
            image[2] = FormatVersion;
            image[3] = (byte)record.Length;
            WriteUInt32(image, 4, sequence);
            Array.Copy(record, 0, image, HeaderSizeBytes, record.Length);
            WriteUInt32(image, HeaderSizeBytes + record.Length, ComputeCrc32(image, 0, HeaderSizeBytes + record.Length));
            return image;
        }

        private static int ChooseNewestValidSlot(byte[] slotA, byte[] slotB)
        {
            bool validA = IsValid(slotA);
            bool validB = IsValid(slotB);

            if (validA && validB)
            {
                // Serial-number comparison, so the choice survives the sequence wrapping at 2^32.
                int difference = (int)(ReadUInt32(slotA, 4) - ReadUInt32(slotB, 4));
                return difference >= 0 ? 0 : 1;
            }

            if (validA)
            {
                return 0;
            }

            return validB ? 1 : -1;
        }

        private static bool IsValid(byte[] slot)
        {
            if (slot[0] != MagicFirst || slot[1] != MagicSecond || slot[2] != FormatVersion || slot[3] > MaximumRecordBytes)
            {
                return false;
            }

            int covered = HeaderSizeBytes + slot[3];
            return ReadUInt32(slot, covered) == ComputeCrc32(slot, 0, covered);
        }

        private static bool IsBlank(byte[] slot)
        {
            // A new 24xx EEPROM reads 0xFF; a zeroed one reads 0x00. Either way the header says "never written".
            bool allErased = true;
            bool allZero = true;

            for (int index = 0; index < HeaderSizeBytes; index++)
            {
                allErased &= slot[index] == 0xFF;
                allZero &= slot[index] == 0x00;
            }

            return allErased || allZero;
        }

        private byte[] ReadSlot(int slotIndex)
        {
            int address = _baseAddress + (slotIndex * SlotSizeBytes);
            byte[] addressBytes = new byte[] { (byte)(address >> 8), (byte)address };
            byte[] slot = new byte[SlotSizeBytes];

            // Random read: set the address pointer, repeated start, then a sequential read of the slot.
            I2cTransferResult result = _eeprom.WriteRead(addressBytes, slot);

            if (result.Status != I2cTransferStatus.FullTransfer)
            {
                throw NotAnswering();
            }

            return slot;
        }

        private void WritePage(int address, byte[] source, int offset, int count)
        {
            byte[] frame = new byte[2 + count];
            frame[0] = (byte)(address >> 8);
            frame[1] = (byte)address;
            Array.Copy(source, offset, frame, 2, count);

            I2cTransferResult result = _eeprom.Write(frame);

            if (result.Status != I2cTransferStatus.FullTransfer)
            {
                throw NotAnswering();
            }

            // Acknowledge polling: the chip NACKs its address until the internal write cycle ends. The
            // poll sends only the two address bytes, which set the address pointer and start no write.
            byte[] poll = new byte[] { frame[0], frame[1] };

            for (int waitedMilliseconds = 0; waitedMilliseconds < PageWriteTimeoutMilliseconds; waitedMilliseconds++)
            {
                Thread.Sleep(1);

                if (_eeprom.Write(poll).Status == I2cTransferStatus.FullTransfer)
                {
                    return;
                }
            }

            throw new StorageException(StorageError.MediaFault, "The identity witness EEPROM did not finish a page write in 50 ms.");
        }

        private static StorageException NotAnswering()
        {
            return new StorageException(StorageError.NotMounted, "The identity witness EEPROM does not answer on I2C.");
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)buffer[offset]
                | ((uint)buffer[offset + 1] << 8)
                | ((uint)buffer[offset + 2] << 16)
                | ((uint)buffer[offset + 3] << 24);
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        private static uint ComputeCrc32(byte[] buffer, int offset, int count)
        {
            // Bitwise CRC-32 (IEEE 802.3): at most 76 bytes, rarely, so no table is worth its RAM.
            uint crc = 0xFFFFFFFF;

            for (int index = offset; index < offset + count; index++)
            {
                crc ^= buffer[index];

                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }
    }
}
