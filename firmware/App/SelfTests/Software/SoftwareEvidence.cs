using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Platform;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>Small readings several software self-tests share: the firmware image, the version, the queue depth.</summary>
    public static class SoftwareEvidence
    {
        /// <summary>Gets the board's firmware image service.</summary>
        /// <param name="context">The self-test context.</param>
        /// <returns>The image; <c>null</c> when the board has no platform wiring or no image service.</returns>
        public static IFirmwareImage FirmwareOf(SelfTestContext context)
        {
            if (context.Board == null || context.Board.Platform == null)
            {
                return null;
            }

            return context.Board.Platform.Firmware;
        }

        /// <summary>Gets the version the terminal runs: the image's own when the board has one, else the settings' (what the host is told).</summary>
        /// <param name="context">The self-test context.</param>
        /// <returns>The version text as found; empty when neither is known.</returns>
        public static string OwnVersion(SelfTestContext context)
        {
            IFirmwareImage image = FirmwareOf(context);
            if (image != null && image.Version != null && image.Version.Length > 0)
            {
                return image.Version;
            }

            if (context.Settings != null && context.Settings.FirmwareVersion != null)
            {
                return context.Settings.FirmwareVersion;
            }

            return string.Empty;
        }

        /// <summary>Counts the items waiting in the journal's queues (display, printer, host) together.</summary>
        /// <param name="journal">The journal; may be <c>null</c>.</param>
        /// <returns>The count; -1 when there is no journal.</returns>
        public static int QueueDepth(TransactionJournal journal)
        {
            if (journal == null)
            {
                return -1;
            }

            return journal.PendingCount(Destinations.Display) + journal.PendingCount(Destinations.Printer) + journal.PendingCount(Destinations.Host);
        }
    
        /// <summary>Names why the host did not answer, for a summary (<c>Enum.ToString()</c> gives numbers on the device).</summary>
        /// <param name="reply">A reply without an answer.</param>
        /// <returns><c>timeout</c>, <c>no network</c>, ...</returns>
        public static string NoAnswerText(HostReply reply)
        {
            switch (reply.NoAnswerReason)
            {
                case NoAnswerReason.Timeout:
                    return "timeout";
                case NoAnswerReason.ConnectionFailed:
                    return "connection failed";
                case NoAnswerReason.NoNetwork:
                    return "no network";
                case NoAnswerReason.Undecodable:
                    return "undecodable answer";
                case NoAnswerReason.Oversized:
                    return "oversized answer";
                default:
                    return "no answer";
            }
        }

        /// <summary>Makes text fit a summary or measurement: printable ASCII (others as <c>?</c>), at most 40 characters.</summary>
        /// <param name="text">The text; may be <c>null</c>.</param>
        /// <returns>The printable text; empty for <c>null</c>.</returns>
        public static string Printable(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            int length = text.Length < 40 ? text.Length : 40;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                chars[i] = c >= ' ' && c <= '~' ? c : '?';
            }

            return new string(chars);
        }
    }
}
