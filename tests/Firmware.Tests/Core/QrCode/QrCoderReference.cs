using System;
using System.Collections;
using System.Text;
using QRCoder;
using Terminal.Core.QrCode;

namespace Terminal.Tests.Core.QrCode
{
    /// <summary>
    /// The QRCoder package (1.8.1) as the reference encoder, and a module-for-module comparison with ours.
    /// QRCoder's ModuleMatrix includes a 4-module quiet zone on every side; the comparison checks that the
    /// zone is light and then compares the symbol inside it.
    /// </summary>
    internal static class QrCoderReference
    {
        public const int QuietZoneModules = 4;

        public static QRCodeGenerator.ECCLevel ToReference(QrErrorCorrectionLevel level)
        {
            switch (level)
            {
                case QrErrorCorrectionLevel.Low: return QRCodeGenerator.ECCLevel.L;
                case QrErrorCorrectionLevel.Medium: return QRCodeGenerator.ECCLevel.M;
                case QrErrorCorrectionLevel.Quartile: return QRCodeGenerator.ECCLevel.Q;
                default: return QRCodeGenerator.ECCLevel.H;
            }
        }

        /// <summary>
        /// QRCoder's symbol for a text written the way ours writes it. Numeric and alphanumeric text: QRCoder's
        /// own choice, the same whole-text rule as ours. Byte-mode text: forceUtf8, because without it QRCoder
        /// 1.8.1 treats text whose characters all lie below U+0100 differently from us in two ways: it splits
        /// it into numeric, alphanumeric and byte segments (Annex J.2, OptimizedLatin1DataSegment) and writes
        /// the bytes as ISO-8859-1 (é is E9, where we write UTF-8 C3 A9). forceUtf8 gives one UTF-8 byte
        /// segment, like ours; text with any character above U+00FF is handled that way by QRCoder anyway.
        /// No ECI header either way (EciMode.Default), as ours.
        /// </summary>
        public static QRCodeData Text(string text, QrErrorCorrectionLevel level)
        {
            bool forceUtf8 = QrEncoder.ChooseMode(text) == QrEncodingMode.Byte;
            return QRCodeGenerator.GenerateQrCode(text, ToReference(level), forceUtf8, false, QRCodeGenerator.EciMode.Default, -1);
        }

        /// <summary>
        /// Whether QRCoder writes <paramref name="text"/> as the single segment we write. For text of the
        /// alphanumeric set with a long digit run, QRCoder's segment optimiser (Annex J.2) opens a numeric segment:
        /// a leading run of "306417285C9-B" saves bits from 7 digits on, a run in the middle from 13 (versions 1-9;
        /// more in larger versions). Those symbols carry other data bits and cannot be compared module for module;
        /// ours, one alphanumeric segment, is valid and a few bits longer (README: mixed-mode segmentation is not done).
        /// Runs of 6 digits or fewer never pay for a segment switch at any version, so below that the comparison holds.
        /// </summary>
        public static bool SegmentsLikeOurs(string text)
        {
            if (QrEncoder.ChooseMode(text) != QrEncodingMode.Alphanumeric)
            {
                return true;
            }

            int run = 0;
            foreach (char character in text)
            {
                run = character >= '0' && character <= '9' ? run + 1 : 0;
                if (run > 6)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>QRCoder's default call: no forced UTF-8, no ECI, automatic version.</summary>
        public static QRCodeData TextDefault(string text, QrErrorCorrectionLevel level)
        {
            return QRCodeGenerator.GenerateQrCode(text, ToReference(level), false, false, QRCodeGenerator.EciMode.Default, -1);
        }

        /// <summary>QRCoder's byte-array call: byte mode, no ECI.</summary>
        public static QRCodeData Bytes(byte[] data, QrErrorCorrectionLevel level)
        {
            return QRCodeGenerator.GenerateQrCode(data, ToReference(level));
        }

        /// <summary>Returns null when the symbols are identical, otherwise what differs first.</summary>
        public static string? Difference(QrMatrix ours, QRCodeData reference)
        {
            int referenceSize = reference.ModuleMatrix.Count - (2 * QuietZoneModules);
            if (reference.Version != ours.Version || referenceSize != ours.Size)
            {
                return "version " + ours.Version + " (size " + ours.Size + ") but QRCoder chose version " + reference.Version + " (size " + referenceSize + ")";
            }

            int full = reference.ModuleMatrix.Count;
            for (int y = 0; y < full; y++)
            {
                BitArray row = reference.ModuleMatrix[y];
                for (int x = 0; x < full; x++)
                {
                    bool inside = x >= QuietZoneModules && y >= QuietZoneModules && x < full - QuietZoneModules && y < full - QuietZoneModules;
                    bool theirs = row[x];
                    bool mine = inside && ours.IsDark(x - QuietZoneModules, y - QuietZoneModules);
                    if (theirs != mine)
                    {
                        return "module (" + (x - QuietZoneModules) + ", " + (y - QuietZoneModules) + ") differs: ours "
                            + (mine ? "dark" : "light") + " with mask " + ours.MaskPattern + ", QRCoder mask " + MaskOf(reference);
                    }
                }
            }

            return null;
        }

        /// <summary>Reads the mask pattern reference back out of QRCoder's format information (copy 1).</summary>
        public static int MaskOf(QRCodeData reference)
        {
            int q = QuietZoneModules;
            int bits = 0;
            for (int index = 0; index < 15; index++)
            {
                int x;
                int y;
                if (index < 6) { x = 8; y = index; }
                else if (index < 8) { x = 8; y = index + 1; }
                else if (index == 8) { x = 7; y = 8; }
                else { x = 14 - index; y = 8; }

                if (reference.ModuleMatrix[y + q][x + q])
                {
                    bits |= 1 << index;
                }
            }

            return ((bits ^ QrFormatInformation.FormatMask) >> 10) & 7;
        }

        public static string Describe(string text)
        {
            var builder = new StringBuilder();
            builder.Append('"');
            foreach (char c in text)
            {
                if (c >= 0x20 && c < 0x7F) builder.Append(c);
                else builder.Append("\\u").Append(((int)c).ToString("X4"));
            }

            return builder.Append("\" (").Append(text.Length).Append(" chars)").ToString();
        }
    }
}
