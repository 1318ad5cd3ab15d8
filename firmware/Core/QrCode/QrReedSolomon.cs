using System;

namespace Terminal.Core.QrCode
{
    /// <summary>
    /// Reed-Solomon error correction codewords as ISO/IEC 18004:2015 7.5.2 defines them: arithmetic in
    /// GF(2^8) with the field polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D), generator polynomial
    /// (x - a^0)(x - a^1)...(x - a^(n-1)) with a = 2, and the codewords the remainder of the data polynomial
    /// times x^n divided by the generator.
    /// </summary>
    public static class QrReedSolomon
    {
        /// <summary>The field polynomial x^8 + x^4 + x^3 + x^2 + 1 (7.5.2).</summary>
        public const int FieldPolynomial = 0x11D;

        // a^i for i = 0..509, so that Exp[Log[a] + Log[b]] needs no modulo (both logs are below 255).
        private static readonly byte[] Exp = BuildExp();

        // Log[a^i] = i for a != 0; Log[0] is unused.
        private static readonly byte[] Log = BuildLog(Exp);

        /// <summary>Multiplies two field elements.</summary>
        /// <param name="left">0 to 255.</param>
        /// <param name="right">0 to 255.</param>
        /// <returns>The product in GF(256).</returns>
        public static int Multiply(int left, int right)
        {
            if (left == 0 || right == 0)
            {
                return 0;
            }

            return Exp[Log[left] + Log[right]];
        }

        /// <summary>
        /// Computes the generator polynomial of a given degree: its coefficients after the leading 1, from
        /// x^(degree-1) down to x^0.
        /// </summary>
        /// <param name="degree">The number of error correction codewords, 1 to 30.</param>
        /// <param name="coefficients">Receives <paramref name="degree"/> coefficients from index 0.</param>
        /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The degree is out of range or the array too short.</exception>
        public static void ComputeGenerator(int degree, byte[] coefficients)
        {
            if (coefficients == null)
            {
                throw new ArgumentNullException(nameof(coefficients));
            }

            if (degree < 1 || degree > 254 || coefficients.Length < degree)
            {
                throw new ArgumentOutOfRangeException(nameof(degree));
            }

            // Work on the coefficients with an implicit leading 1: polynomial x^k + c[0] x^(k-1) + ... + c[k-1].
            // Multiplying by (x + a^i) shifts every term up one degree and adds a^i times the old polynomial.
            for (int index = 0; index < degree; index++)
            {
                coefficients[index] = 0;
            }

            int root = 1;
            for (int k = 0; k < degree; k++)
            {
                // Before this step the polynomial has degree k: coefficients c[0..k-1] are live.
                for (int index = k; index >= 1; index--)
                {
                    coefficients[index] = (byte)(coefficients[index] ^ Multiply(coefficients[index - 1], root));
                }

                // The x^(k+1-1) term gains root times the implicit leading 1.
                coefficients[0] = (byte)(coefficients[0] ^ root);
                root = Multiply(root, 2);
            }
        }

        /// <summary>
        /// Computes the error correction codewords of one block: the remainder of the data polynomial
        /// (first byte = highest power) times x^degree, divided by the generator.
        /// </summary>
        /// <param name="data">The block's data codewords.</param>
        /// <param name="offset">Index of the first data codeword.</param>
        /// <param name="count">Number of data codewords.</param>
        /// <param name="generator">The generator from <see cref="ComputeGenerator"/>.</param>
        /// <param name="degree">The generator's degree: the number of codewords to produce.</param>
        /// <param name="remainder">Receives <paramref name="degree"/> codewords.</param>
        /// <param name="remainderOffset">Where the first codeword goes.</param>
        /// <exception cref="ArgumentNullException">An array is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A range runs past an array's end.</exception>
        public static void ComputeRemainder(byte[] data, int offset, int count, byte[] generator, int degree, byte[] remainder, int remainderOffset)
        {
            if (data == null || generator == null || remainder == null)
            {
                throw new ArgumentNullException(data == null ? nameof(data) : generator == null ? nameof(generator) : nameof(remainder));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count || degree < 1 || degree > generator.Length
                || remainderOffset < 0 || remainderOffset > remainder.Length - degree)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            int last = remainderOffset + degree - 1;
            for (int index = remainderOffset; index <= last; index++)
            {
                remainder[index] = 0;
            }

            // Polynomial long division as a shift register: each data byte enters at the top; the byte that
            // falls out, XOR the data byte, is the factor by which the generator is subtracted.
            int end = offset + count;
            for (int position = offset; position < end; position++)
            {
                int factor = data[position] ^ remainder[remainderOffset];
                for (int index = remainderOffset; index < last; index++)
                {
                    remainder[index] = remainder[index + 1];
                }

                remainder[last] = 0;
                if (factor != 0)
                {
                    int factorLog = Log[factor];
                    for (int index = 0; index < degree; index++)
                    {
                        int coefficient = generator[index];
                        if (coefficient != 0)
                        {
                            remainder[remainderOffset + index] = (byte)(remainder[remainderOffset + index] ^ Exp[Log[coefficient] + factorLog]);
                        }
                    }
                }
            }
        }

        private static byte[] BuildExp()
        {
            byte[] exp = new byte[510];
            int value = 1;
            for (int index = 0; index < 255; index++)
            {
                exp[index] = (byte)value;
                exp[index + 255] = (byte)value;
                value <<= 1;
                if (value > 0xFF)
                {
                    value ^= FieldPolynomial;
                }
            }

            return exp;
        }

        private static byte[] BuildLog(byte[] exp)
        {
            byte[] log = new byte[256];
            for (int index = 0; index < 255; index++)
            {
                log[exp[index]] = (byte)index;
            }

            return log;
        }
    }
}
