namespace Terminal.Core.Security
{
    /// <summary>Comparisons whose running time does not depend on where two secrets differ.</summary>
    public static class ConstantTime
    {
        /// <summary>
        /// Compares two byte arrays in time that depends only on their lengths: every byte is looked at, with no
        /// early exit on the first difference, so the time of a refused sign-in says nothing about the hash.
        /// </summary>
        /// <param name="left">One array; <c>null</c> equals nothing.</param>
        /// <param name="right">The other.</param>
        /// <returns><c>true</c> when both are non-null, of equal length, and equal byte for byte.</returns>
        public static bool AreEqual(byte[] left, byte[] right)
        {
            if (left == null || right == null)
            {
                return false;
            }

            int difference = left.Length ^ right.Length;
            int length = left.Length < right.Length ? left.Length : right.Length;
            for (int i = 0; i < length; i++)
            {
                difference |= left[i] ^ right[i];
            }

            return difference == 0;
        }
    }
}
