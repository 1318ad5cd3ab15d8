using Terminal.Hal.Platform;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-INTEGRITY: hashes the deployed application image now and compares it with the digest the build recorded.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>No image service on the board: SKIP (nothing to check with).</item>
    /// <item>No digest recorded at build: WARN, the image cannot be checked (a build without its digest is a
    /// release fault, but the terminal still works).</item>
    /// <item>A digest recorded but the image unreadable: FAIL. A board that promises a hash and cannot read its
    /// own image has a flash or partition fault, or the image was replaced by one it cannot parse; either way
    /// the code that runs is unverified, and re-flashing is the remedy the catalogue gives.</item>
    /// <item>The digests differ: FAIL (corrupted or tampered image).</item>
    /// </list>
    /// </remarks>
    public sealed class SwIntegritySelfTest : SelfTest
    {
        private static readonly Remedy RecordDigestAtBuild = new Remedy("请联系维修。", "Call service: this build recorded no image digest.");

        /// <summary>Creates the test.</summary>
        public SwIntegritySelfTest()
            : base("SW-INTEGRITY")
        {
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            IFirmwareImage image = SoftwareEvidence.FirmwareOf(context);
            if (image == null)
            {
                return Verdict(CheckVerdict.Skip, "The board offers no firmware image to hash.");
            }

            string recorded = image.RecordedDigestHex == null ? string.Empty : image.RecordedDigestHex;
            if (recorded.Length == 0)
            {
                return Verdict(CheckVerdict.Warn, "The build recorded no image digest: the image cannot be checked.", RecordDigestAtBuild)
                    .Measure("recorded", "none", string.Empty);
            }

            string computed;
            if (!image.TryComputeDigestHex(out computed) || computed == null || computed.Length == 0)
            {
                return Verdict(CheckVerdict.Fail, "The application image could not be read to hash it.")
                    .Measure("recorded", Short(recorded), string.Empty)
                    .Measure("computed", "unreadable", string.Empty);
            }

            if (!SameDigest(recorded, computed))
            {
                return Verdict(CheckVerdict.Fail, "The application image does not match its build digest: corrupted or altered.")
                    .Measure("recorded", Short(recorded), string.Empty)
                    .Measure("computed", Short(computed), string.Empty);
            }

            return Verdict(CheckVerdict.Pass, "The application image matches its build digest.")
                .Measure("digest", Short(computed), string.Empty);
        }

        // Hex digits compare without regard to case; anything else must match exactly.
        private static bool SameDigest(string left, string right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (Lower(left[i]) != Lower(right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Lower(char c)
        {
            return c >= 'A' && c <= 'F' ? (char)(c + ('a' - 'A')) : c;
        }

        // The first 16 hex digits: enough to tell images apart on a 240-pixel screen and a receipt.
        private static string Short(string digest)
        {
            return SoftwareEvidence.Printable(digest.Length > 16 ? digest.Substring(0, 16) : digest);
        }
    }
}
