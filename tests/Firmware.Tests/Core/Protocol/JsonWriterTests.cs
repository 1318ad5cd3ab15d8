using System;
using System.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Protocol;

namespace Terminal.Tests.Core.Protocol
{
    [TestClass]
    public sealed class JsonWriterTests
    {
        [TestMethod]
        public void Members_and_elements_are_separated_by_commas_without_whitespace()
        {
            string json = Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("a", "x");
                w.WriteNumber("b", -12);
                w.WriteBoolean("c", true);
                w.WriteNull("d");
                w.WritePropertyName("e");
                w.WriteStartArray();
                w.WriteNumber(1);
                w.WriteNumber(2);
                w.WriteStartObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            });

            Assert.AreEqual("{\"a\":\"x\",\"b\":-12,\"c\":true,\"d\":null,\"e\":[1,2,{}]}", json);
        }

        [TestMethod]
        public void Quotes_backslashes_and_control_characters_are_escaped()
        {
            string json = Write(w => w.WriteString("q\"\\/\b\f\n\r\t\u0001\u001f"));

            Assert.AreEqual("\"q\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\"", json);
        }

        [TestMethod]
        public void Non_ascii_text_is_written_as_utf8()
        {
            byte[] bytes = WriteBytes(w => w.WriteString("é中😀"));

            CollectionAssert.AreEqual(Encoding.UTF8.GetBytes("\"é中😀\""), bytes);
        }

        [TestMethod]
        [DataRow(0L)]
        [DataRow(-1L)]
        [DataRow(long.MaxValue)]
        [DataRow(long.MinValue)]
        [DataRow(1795392000000L)]
        public void Integers_are_written_in_decimal_over_the_whole_range(long value)
        {
            Assert.AreEqual(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Write(w => w.WriteNumber(value)));
        }

        [TestMethod]
        public void Any_text_survives_writing_and_reading_back()
        {
            Gen.String.Where(s => !HasLoneSurrogate(s)).SampleSeeded(text =>
            {
                byte[] bytes = WriteBytes(w => w.WriteString(text), 1 << 16);
                JsonReader reader = new JsonReader(bytes, 0, bytes.Length, 8, 1 << 16);
                return reader.Read() == JsonTokenType.String && reader.StringValue == text && reader.Read() == JsonTokenType.EndOfDocument;
            }, iter: 10_000, seed: "0N0XIzNsQ0O3");
        }

        [TestMethod]
        public void A_lone_surrogate_is_a_programming_error()
        {
            Assert.ThrowsException<ArgumentException>(() => Write(w => w.WriteString("a\ud83d")));
            Assert.ThrowsException<ArgumentException>(() => Write(w => w.WriteString("\ude00b")));
        }

        [TestMethod]
        public void Writing_past_the_capacity_is_refused_and_never_overruns_the_buffer()
        {
            byte[] buffer = new byte[12];
            var writer = new JsonWriter();
            writer.Reset(buffer, 2, 8);

            Assert.ThrowsException<ArgumentException>(() => writer.WriteString("0123456789"));
            Assert.AreEqual(0, buffer[10]);
            Assert.AreEqual(0, buffer[11]);
        }

        [TestMethod]
        public void Misplaced_names_and_values_are_programming_errors()
        {
            var writer = new JsonWriter();
            writer.Reset(new byte[64], 0, 64);
            writer.WriteStartObject();

            Assert.ThrowsException<InvalidOperationException>(() => writer.WriteNumber(1));
            Assert.ThrowsException<InvalidOperationException>(() => writer.WriteEndArray());
            writer.WriteEndObject();
            Assert.ThrowsException<InvalidOperationException>(() => writer.WriteStartObject());
            Assert.IsTrue(writer.IsComplete);
        }

        internal static string Write(Action<JsonWriter> write) => Encoding.UTF8.GetString(WriteBytes(write));

        private static byte[] WriteBytes(Action<JsonWriter> write, int capacity = 4096)
        {
            byte[] buffer = new byte[capacity];
            var writer = new JsonWriter();
            writer.Reset(buffer, 0, capacity);
            write(writer);
            return buffer.AsSpan(0, writer.Length).ToArray();
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]))
                {
                    if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                    {
                        return true;
                    }

                    i++;
                }
                else if (char.IsLowSurrogate(text[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
