namespace Terminal.App.SelfTests
{
    /// <summary>One measured value a self-test reports with its verdict (<c>paper=near-end</c>, <c>rtt_p95=180 ms</c>).</summary>
    public sealed class Measurement
    {
        /// <summary>Creates a measurement.</summary>
        /// <param name="name">What was measured, lower-case ASCII with underscores (<c>free_heap</c>).</param>
        /// <param name="value">The value as text, printable ASCII.</param>
        /// <param name="unit">The unit (<c>ms</c>, <c>bytes</c>, <c>dBm</c>, <c>%</c>); empty when the value has none.</param>
        public Measurement(string name, string value, string unit)
        {
            Name = name;
            Value = value;
            Unit = unit == null ? string.Empty : unit;
        }

        /// <summary>Gets what was measured.</summary>
        public string Name { get; }

        /// <summary>Gets the value as text.</summary>
        public string Value { get; }

        /// <summary>Gets the unit; empty when none.</summary>
        public string Unit { get; }

        /// <summary>Formats it as <c>name=value unit</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return Unit.Length == 0 ? Name + "=" + Value : Name + "=" + Value + " " + Unit;
        }
    }
}
