using System.Globalization;
using System.IO;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// Writes the benchmark's figures, one <c>name value</c> line each, in the invariant culture, so
    /// scripts can parse them. Nothing else goes to this writer.
    /// </summary>
    internal sealed class BenchOutput
    {
        private readonly TextWriter _writer;

        /// <summary>Creates an output over a writer (standard output).</summary>
        /// <param name="writer">Where the lines go.</param>
        public BenchOutput(TextWriter writer)
        {
            _writer = writer;
        }

        /// <summary>Writes an integer figure.</summary>
        /// <param name="name">The figure's name, e.g. <c>journal.commits</c>.</param>
        /// <param name="value">The value.</param>
        public void Write(string name, long value)
        {
            _writer.WriteLine(name + " " + value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Writes a fractional figure with a fixed number of decimals.</summary>
        /// <param name="name">The figure's name.</param>
        /// <param name="value">The value.</param>
        /// <param name="decimals">Digits after the decimal point.</param>
        public void Write(string name, double value, int decimals)
        {
            _writer.WriteLine(name + " " + value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }

        /// <summary>Writes a yes/no figure as <c>true</c> or <c>false</c>.</summary>
        /// <param name="name">The figure's name.</param>
        /// <param name="value">The value.</param>
        public void Write(string name, bool value)
        {
            _writer.WriteLine(name + " " + (value ? "true" : "false"));
        }
    }
}
