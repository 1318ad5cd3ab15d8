using System;
using System.Collections;
using System.Text;
using Terminal.Core.Checksums;
using Terminal.Core.Journal;
using Terminal.Hal.Storage;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// Keeps the last result of every cause id on flash, so the idle screen, the menu and the console show the
    /// last verdicts after a reboot (the seeds' "the last results are kept across reboots"). One small file,
    /// replaced whole: the new content is written to <c>selftest.new</c>, then swapped in by delete and rename;
    /// a cut at any point leaves either the old or the new results, never a mix.
    /// </summary>
    /// <remarks>Text is kept as printable ASCII (the Chinese remedy as UTF-8); long summaries are cut. Not thread-safe.</remarks>
    public sealed class SelfTestResultStore
    {
        /// <summary>The results file.</summary>
        public const string FileName = "selftest.dat";

        private const string NewFileName = "selftest.new";
        private const int Magic = 0x53545231; // "STR1"
        private const int MaximumSummaryLength = 160;
        private const int MaximumBytes = 16384;

        private static readonly int[] MeasurementLimits = new int[] { 16, 4, 0 };

        private readonly IFileStorage _storage;
        private readonly ArrayList _results = new ArrayList();

        /// <summary>Creates the store; nothing is read until <see cref="Load"/>.</summary>
        /// <param name="storage">The drive.</param>
        public SelfTestResultStore(IFileStorage storage)
        {
            if (storage == null)
            {
                throw new ArgumentNullException("storage");
            }

            _storage = storage;
        }

        /// <summary>Gets the number of causes with a kept result.</summary>
        public int Count
        {
            get { return _results.Count; }
        }

        /// <summary>Gets whether the last <see cref="Load"/> found a damaged file (and so started empty).</summary>
        public bool LoadFoundDamage { get; private set; }

        /// <summary>Gets a kept result, in the order they were last saved.</summary>
        /// <param name="index">0 .. <see cref="Count"/> - 1.</param>
        /// <returns>The result.</returns>
        public SelfTestResult Get(int index)
        {
            return (SelfTestResult)_results[index];
        }

        /// <summary>Finds the kept result of a cause.</summary>
        /// <param name="causeId">The cause id.</param>
        /// <returns>The result; <c>null</c> when the cause was never tested.</returns>
        public SelfTestResult Find(string causeId)
        {
            int index = IndexOf(causeId);
            return index < 0 ? null : (SelfTestResult)_results[index];
        }

        /// <summary>Gets every kept result, for the idle screen's summary.</summary>
        /// <returns>A new array.</returns>
        public SelfTestResult[] ToArray()
        {
            SelfTestResult[] results = new SelfTestResult[_results.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = (SelfTestResult)_results[i];
            }

            return results;
        }

        /// <summary>Reads the kept results, finishing a swap a power cut interrupted. A damaged file is set aside as empty.</summary>
        /// <exception cref="StorageException">The drive failed.</exception>
        public void Load()
        {
            _results.Clear();
            LoadFoundDamage = false;
            if (_storage.Exists(NewFileName))
            {
                if (_storage.Exists(FileName) || !IsIntact(ReadAll(NewFileName)))
                {
                    // The new file may be torn: the old one was not yet deleted, or (on the very first save)
                    // there was no old one and the cut came before the new one was complete.
                    _storage.Delete(NewFileName);
                }
                else
                {
                    _storage.Rename(NewFileName, FileName);
                }
            }

            if (!_storage.Exists(FileName))
            {
                return;
            }

            byte[] content = ReadAll(FileName);
            try
            {
                Decode(content);
            }
            catch (JournalFormatException)
            {
                _results.Clear();
                LoadFoundDamage = true;
            }
        }

        /// <summary>Replaces the kept result of each cause in <paramref name="results"/> and writes the file.</summary>
        /// <param name="results">The new results; <c>null</c> entries are ignored.</param>
        /// <exception cref="StorageException">The drive failed; the previous results stay on flash.</exception>
        public void Save(SelfTestResult[] results)
        {
            for (int i = 0; i < results.Length; i++)
            {
                if (results[i] == null)
                {
                    continue;
                }

                int index = IndexOf(results[i].CauseId);
                if (index >= 0)
                {
                    _results[index] = results[i];
                }
                else
                {
                    _results.Add(results[i]);
                }
            }

            byte[] buffer = new byte[MaximumBytes];
            int length = EncodeToFit(buffer);
            _storage.Delete(NewFileName);
            IStorageFile file = _storage.OpenAppend(NewFileName);
            try
            {
                file.Append(buffer, 0, length);
            }
            finally
            {
                file.Close();
            }

            _storage.Delete(FileName);
            _storage.Rename(NewFileName, FileName);
        }

        private int IndexOf(string causeId)
        {
            for (int i = 0; i < _results.Count; i++)
            {
                if (((SelfTestResult)_results[i]).CauseId == causeId)
                {
                    return i;
                }
            }

            return -1;
        }

        // Results with many long measurements may not fit the file's bound: keep fewer measurements rather than
        // fail the save (a run must never be lost for its detail). Without measurements a result takes at most
        // about 660 bytes, so 24 causes always fit.
        private int EncodeToFit(byte[] buffer)
        {
            for (int i = 0; i < MeasurementLimits.Length; i++)
            {
                try
                {
                    return Encode(buffer, MeasurementLimits[i]);
                }
                catch (ArgumentException)
                {
                    // Too long for the buffer: try again with fewer measurements.
                }
            }

            throw new StorageException(StorageError.Full, "self-test results do not fit " + MaximumBytes.ToString() + " bytes");
        }

        // Whether a file decodes whole (its CRC covers every byte). Called by Load while no result is kept.
        private bool IsIntact(byte[] content)
        {
            try
            {
                Decode(content);
                return true;
            }
            catch (JournalFormatException)
            {
                return false;
            }
            finally
            {
                _results.Clear();
            }
        }

        private int Encode(byte[] buffer, int maximumMeasurements)
        {
            PayloadWriter writer = new PayloadWriter();
            writer.Reset(buffer, 0, buffer.Length - 4);
            writer.WriteUInt32((uint)Magic);
            writer.WriteByte(_results.Count);
            for (int i = 0; i < _results.Count; i++)
            {
                SelfTestResult result = (SelfTestResult)_results[i];
                writer.WriteAscii(Ascii(result.CauseId, 16), 16);
                writer.WriteByte((int)result.Verdict);
                writer.WriteInt64(result.TimestampUtcMilliseconds);
                writer.WriteInt64(result.DurationMilliseconds);
                writer.WriteAscii(Ascii(result.Summary, MaximumSummaryLength), MaximumSummaryLength);
                WriteUtf8(writer, result.Remedy == null ? string.Empty : result.Remedy.Chinese);
                writer.WriteAscii(Ascii(result.Remedy == null ? string.Empty : result.Remedy.English, 200), 200);
                int measurements = result.MeasurementCount < maximumMeasurements ? result.MeasurementCount : maximumMeasurements;
                writer.WriteByte(measurements);
                for (int m = 0; m < measurements; m++)
                {
                    Measurement measurement = result.GetMeasurement(m);
                    writer.WriteAscii(Ascii(measurement.Name, 32), 32);
                    writer.WriteAscii(Ascii(measurement.Value, 64), 64);
                    writer.WriteAscii(Ascii(measurement.Unit, 16), 16);
                }
            }

            int length = writer.Length;
            uint crc = Crc32.Compute(buffer, 0, length);
            buffer[length] = (byte)crc;
            buffer[length + 1] = (byte)(crc >> 8);
            buffer[length + 2] = (byte)(crc >> 16);
            buffer[length + 3] = (byte)(crc >> 24);
            return length + 4;
        }

        private void Decode(byte[] content)
        {
            if (content.Length < 9)
            {
                throw new JournalFormatException("self-test results file too short");
            }

            int length = content.Length - 4;
            uint stored = (uint)(content[length] | (content[length + 1] << 8) | (content[length + 2] << 16) | (content[length + 3] << 24));
            if (Crc32.Compute(content, 0, length) != stored)
            {
                throw new JournalFormatException("self-test results file checksum");
            }

            PayloadReader reader = new PayloadReader(content, 0, length);
            if (reader.ReadUInt32() != (uint)Magic)
            {
                throw new JournalFormatException("self-test results file magic");
            }

            int count = reader.ReadByte();
            for (int i = 0; i < count; i++)
            {
                string causeId = reader.ReadAscii(16, "cause id");
                CheckVerdict verdict = (CheckVerdict)reader.ReadByteInRange((int)CheckVerdict.Pass, (int)CheckVerdict.Operator, "verdict");
                long timestamp = reader.ReadInt64();
                long duration = reader.ReadInt64();
                string summary = reader.ReadAscii(MaximumSummaryLength, "summary");
                string chinese = ReadUtf8(reader);
                string english = reader.ReadAscii(200, "remedy");
                SelfTestResult result = new SelfTestResult(causeId, verdict, summary, new Remedy(chinese, english));
                result.TimestampUtcMilliseconds = timestamp;
                result.DurationMilliseconds = duration;
                int measurements = reader.ReadByte();
                for (int m = 0; m < measurements; m++)
                {
                    string name = reader.ReadAscii(32, "measurement");
                    string value = reader.ReadAscii(64, "value");
                    string unit = reader.ReadAscii(16, "unit");
                    result.Measure(name, value, unit);
                }

                _results.Add(result);
            }

            reader.ExpectEnd("self-test results");
        }

        private static void WriteUtf8(PayloadWriter writer, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            int length = bytes.Length < 255 ? bytes.Length : 0;
            writer.WriteByte(length);
            writer.WriteBytes(bytes, 0, length);
        }

        private static string ReadUtf8(PayloadReader reader)
        {
            int length = reader.ReadByte();
            if (length == 0)
            {
                return string.Empty;
            }

            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)reader.ReadByte();
            }

            // nanoFramework.CoreLibrary UTF8Encoding.GetChars(byte[]) (its UTF8EncodingTests.GetChars1).
            return new string(Encoding.UTF8.GetChars(bytes));
        }

        // Printable ASCII, cut to the field's limit: a summary with a stray character must not stop the save.
        private static string Ascii(string text, int maximumLength)
        {
            if (text == null)
            {
                return string.Empty;
            }

            int length = text.Length < maximumLength ? text.Length : maximumLength;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                chars[i] = c >= ' ' && c <= '~' ? c : '?';
            }

            return new string(chars);
        }

        private byte[] ReadAll(string name)
        {
            IStorageFile file = _storage.OpenRead(name);
            try
            {
                int total = (int)file.Length;
                if (total > MaximumBytes)
                {
                    total = MaximumBytes;
                }

                byte[] content = new byte[total];
                int read = 0;
                while (read < total)
                {
                    int got = file.Read(content, read, total - read);
                    if (got <= 0)
                    {
                        break;
                    }

                    read += got;
                }

                if (read == total)
                {
                    return content;
                }

                byte[] shorter = new byte[read];
                Array.Copy(content, 0, shorter, 0, read);
                return shorter;
            }
            finally
            {
                file.Close();
            }
        }
    }
}
