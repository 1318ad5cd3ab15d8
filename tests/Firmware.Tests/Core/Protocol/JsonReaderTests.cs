using System;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Terminal.Core.Protocol;

namespace Terminal.Tests.Core.Protocol
{
    [TestClass]
    public sealed class JsonReaderTests
    {
        [TestMethod]
        public void Tokens_of_a_document_come_in_order_and_end_with_the_end_of_document()
        {
            JsonReader reader = Reader("""  { "a" : [ 1, -2, true, false, null, "x" ], "b": {} } """);

            JsonTokenType[] expected =
            {
                JsonTokenType.StartObject, JsonTokenType.PropertyName, JsonTokenType.StartArray, JsonTokenType.Number,
                JsonTokenType.Number, JsonTokenType.True, JsonTokenType.False, JsonTokenType.Null, JsonTokenType.String,
                JsonTokenType.EndArray, JsonTokenType.PropertyName, JsonTokenType.StartObject, JsonTokenType.EndObject,
                JsonTokenType.EndObject, JsonTokenType.EndOfDocument,
            };
            foreach (JsonTokenType type in expected)
            {
                Assert.AreEqual(type, reader.Read());
            }

            Assert.AreEqual(JsonTokenType.EndOfDocument, reader.Read());
        }

        [TestMethod]
        [DataRow("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t")]
        [DataRow("\"\\u0041\\u00e9\\u4E2D\"", "Aé中")]
        [DataRow("\"\\ud83d\\ude00\"", "😀")]
        [DataRow("\"é中😀\"", "é中😀")]
        [DataRow("\"\"", "")]
        public void Strings_decode_every_escape_and_utf8_length(string json, string expected)
        {
            JsonReader reader = Reader(json);

            Assert.AreEqual(JsonTokenType.String, reader.Read());
            Assert.AreEqual(expected, reader.StringValue);
        }

        [TestMethod]
        [DataRow("0", 0L)]
        [DataRow("-0", 0L)]
        [DataRow("9223372036854775807", long.MaxValue)]
        [DataRow("-9223372036854775808", long.MinValue)]
        [DataRow("1795392000000", 1795392000000L)]
        public void Integers_parse_to_the_whole_long_range(string json, long expected)
        {
            JsonReader reader = Reader(json);

            Assert.AreEqual(JsonTokenType.Number, reader.Read());
            Assert.AreEqual(expected, reader.NumberValue);
        }

        [TestMethod]
        [DataRow("9223372036854775808")]
        [DataRow("-9223372036854775809")]
        [DataRow("123456789012345678901234567890")]
        public void Integers_past_the_long_range_are_oversized(string json)
        {
            AssertRefused(json, ProtocolError.Oversized);
        }

        [TestMethod]
        [DataRow("1.5")]
        [DataRow("1e3")]
        [DataRow("-2E-1")]
        public void Numbers_with_a_fraction_or_exponent_are_unexpected(string json)
        {
            AssertRefused(json, ProtocolError.UnexpectedValue);
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("   ")]
        [DataRow("{")]
        [DataRow("{\"a\"")]
        [DataRow("{\"a\":")]
        [DataRow("{\"a\":1")]
        [DataRow("{\"a\":1,")]
        [DataRow("[1,2")]
        [DataRow("\"abc")]
        [DataRow("\"a\\")]
        [DataRow("\"\\u12")]
        [DataRow("\"\\ud83d")]
        [DataRow("\"\\ud83d\\")]
        [DataRow("tru")]
        [DataRow("-")]
        public void Text_cut_short_is_truncated(string json)
        {
            AssertRefused(json, ProtocolError.Truncated);
        }

        [TestMethod]
        public void A_utf8_sequence_cut_short_is_truncated()
        {
            byte[] bytes = { (byte)'"', 0xE4, 0xB8 };

            AssertRefused(bytes, ProtocolError.Truncated);
        }

        [TestMethod]
        [DataRow("{} x")]
        [DataRow("{}{}")]
        [DataRow("1 2")]
        [DataRow("{,}")]
        [DataRow("{\"a\" 1}")]
        [DataRow("{\"a\":1,}")]
        [DataRow("[1,]")]
        [DataRow("[,1]")]
        [DataRow("{1:2}")]
        [DataRow("{'a':1}")]
        [DataRow("[01]")]
        [DataRow("[+1]")]
        [DataRow("[truex]")]
        [DataRow("[nul]")]
        [DataRow("\"\\x\"")]
        [DataRow("\"\\u12G4\"")]
        [DataRow("\"\\ude00\"")]
        [DataRow("\"\\ud83d\\u0041\"")]
        [DataRow("\"\\ud83dx\"")]
        [DataRow("\"tab\there\"")]
        [DataRow("[1}")]
        [DataRow("{]")]
        public void Invalid_json_is_malformed(string json)
        {
            AssertRefused(json, ProtocolError.Malformed);
        }

        [TestMethod]
        [DataRow(new byte[] { 0x22, 0xC0, 0x80, 0x22 })] // overlong NUL
        [DataRow(new byte[] { 0x22, 0xE0, 0x80, 0x80, 0x22 })] // overlong 3-byte
        [DataRow(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })] // an encoded surrogate
        [DataRow(new byte[] { 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22 })] // past U+10FFFF
        [DataRow(new byte[] { 0x22, 0x80, 0x22 })] // a lone continuation byte
        [DataRow(new byte[] { 0x22, 0xE4, 0x41, 0x41, 0x22 })] // a lead byte without continuations
        [DataRow(new byte[] { 0x22, 0xFF, 0x22 })]
        public void Invalid_utf8_is_malformed(byte[] bytes)
        {
            AssertRefused(bytes, ProtocolError.Malformed);
        }

        [TestMethod]
        public void Nesting_deeper_than_the_limit_is_oversized_without_recursing()
        {
            string bomb = new string('[', 100_000) + new string(']', 100_000);

            AssertRefused(bomb, ProtocolError.Oversized);
            AssertRefused(new string('[', 9) + new string(']', 9), ProtocolError.Oversized);
            Assert.AreEqual(JsonTokenType.StartArray, Reader(new string('[', 8) + new string(']', 8)).Read());
        }

        [TestMethod]
        public void A_string_longer_than_the_limit_is_oversized()
        {
            string json = "\"" + new string('a', 1025) + "\"";

            AssertRefused(json, ProtocolError.Oversized);
            Assert.AreEqual(1024, ReadString("\"" + new string('a', 1024) + "\"").Length);
        }

        [TestMethod]
        public void Skipping_a_value_passes_over_everything_nested_in_it()
        {
            JsonReader reader = Reader("""{"skip":{"a":[1,{"b":"c"}],"d":null},"keep":7}""");
            reader.ReadStartObject("root");

            Assert.IsTrue(reader.ReadMemberName(out string? name));
            Assert.AreEqual("skip", name);
            reader.SkipValue();
            Assert.IsTrue(reader.ReadMemberName(out name));
            Assert.AreEqual("keep", name);
            Assert.AreEqual(7L, reader.ReadInteger("keep"));
            Assert.IsFalse(reader.ReadMemberName(out _));
            reader.ReadEndOfDocument();
        }

        [TestMethod]
        public void A_wrong_type_is_unexpected_and_names_the_member_and_context()
        {
            JsonReader reader = Reader("""{"amountMinor":"12"}""");
            reader.Context = "authorization";
            reader.ReadStartObject("root");
            reader.ReadMemberName(out _);

            ProtocolException e = Assert.ThrowsException<ProtocolException>(() => reader.ReadInteger("amountMinor"));

            Assert.AreEqual(ProtocolError.UnexpectedValue, e.Error);
            Assert.AreEqual("amountMinor", e.Member);
            StringAssert.Contains(e.Message, "authorization");
            StringAssert.Contains(e.Message, "'amountMinor'");
        }

        [TestMethod]
        public void Syntax_errors_say_at_which_byte()
        {
            ProtocolException e = Assert.ThrowsException<ProtocolException>(() => ReadAll("{\"a\":1 x}"));

            StringAssert.Contains(e.Message, "at byte 7");
        }

        [TestMethod]
        public void A_reader_over_a_range_reads_only_that_range()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("xx{\"a\":1}yy");
            JsonReader reader = new JsonReader(bytes, 2, 7);

            reader.ReadStartObject("root");
            reader.ReadMemberName(out _);
            Assert.AreEqual(1L, reader.ReadInteger("a"));
            Assert.IsFalse(reader.ReadMemberName(out _));
            reader.ReadEndOfDocument();
        }

        [TestMethod]
        public void A_range_outside_the_buffer_is_a_programming_error()
        {
            Assert.ThrowsException<ArgumentException>(() => new JsonReader(new byte[4], 2, 3));
            Assert.ThrowsException<ArgumentException>(() => new JsonReader(null!, 0, 0));
        }

        internal static JsonReader Reader(string json)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            return new JsonReader(bytes, 0, bytes.Length);
        }

        private static string ReadString(string json)
        {
            JsonReader reader = Reader(json);
            reader.Read();
            return reader.StringValue;
        }

        private static void ReadAll(string json)
        {
            ReadAll(Encoding.UTF8.GetBytes(json));
        }

        private static void ReadAll(byte[] bytes)
        {
            JsonReader reader = new JsonReader(bytes, 0, bytes.Length);
            while (reader.Read() != JsonTokenType.EndOfDocument)
            {
            }
        }

        private static void AssertRefused(string json, ProtocolError error)
        {
            AssertRefused(Encoding.UTF8.GetBytes(json), error);
        }

        private static void AssertRefused(byte[] bytes, ProtocolError error)
        {
            ProtocolException e = Assert.ThrowsException<ProtocolException>(() => ReadAll(bytes));
            Assert.AreEqual(error, e.Error, e.Message);
        }
    }
}
